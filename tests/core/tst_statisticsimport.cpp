#include "testdata.h"
#include "testregistry.h"

#include "data/vectordataset.h"
#include "statistics/statisticsexport.h"
#include "statistics/statisticsimport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gdal.h>
#include <ogr_api.h>

namespace {

gis::FeatureCollection threeCounties()
{
    gis::FeatureCollection counties;
    counties.fields = {{QStringLiteral("adcode"), QMetaType::QString},
                       {QStringLiteral("name_en"), QMetaType::QString}};
    for (const char *key : {"220101", "220102", "220103"}) {
        gis::Feature county;
        county.id = qint64(counties.features.size());
        county.attributes = {QString::fromLatin1(key), QString::fromLatin1(key).prepend(u'#')};
        counties.features.push_back(county);
    }
    return counties;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

core::StatisticsImportResult importCounties(const QString &path, const QStringList &columns = {})
{
    core::StatisticsImportOptions options;
    options.path = path;
    options.keyColumn = QStringLiteral("adcode");
    options.indicatorColumns = columns;
    options.unit = QStringLiteral("billion_yuan");
    options.period = QStringLiteral("2021");
    return core::StatisticsImporter::import(options, threeCounties(),
                                            core::StatisticsJoin(QStringLiteral("counties")));
}

// A spreadsheet whose figures are numbers, not text, written by GDAL's own driver.
bool writeSpreadsheet(const QString &path, const char *driverName)
{
    GDALDriverH driver = GDALGetDriverByName(driverName);
    GDALDatasetH dataset =
        driver ? GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr)
               : nullptr;
    if (!dataset)
        return false;
    OGRLayerH sheet = GDALDatasetCreateLayer(dataset, "gdp", nullptr, wkbNone, nullptr);
    OGRFieldDefnH key = OGR_Fld_Create("adcode", OFTString);
    OGRFieldDefnH gdp = OGR_Fld_Create("gdp", OFTReal);
    bool written = OGR_L_CreateField(sheet, key, TRUE) == OGRERR_NONE &&
                   OGR_L_CreateField(sheet, gdp, TRUE) == OGRERR_NONE;
    OGR_Fld_Destroy(key);
    OGR_Fld_Destroy(gdp);
    const std::pair<const char *, double> rows[] = {{"220101", 1.5}, {"220102", 2.25}};
    for (const auto &[code, value] : rows) {
        OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(sheet));
        OGR_F_SetFieldString(feature, 0, code);
        OGR_F_SetFieldDouble(feature, 1, value);
        written = written && OGR_L_CreateFeature(sheet, feature) == OGRERR_NONE;
        OGR_F_Destroy(feature);
    }
    GDALClose(dataset);
    return written;
}

} // namespace

class tst_statisticsimport : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(mDir.isValid()); }

    void wideTableBecomesLongForm()
    {
        const auto result = importCounties(
            writeFile(mDir, QStringLiteral("gdp.csv"),
                      "adcode,gdp,investment\n220101,12.5,3\n220102,7,1.25\n220103,1,2\n"));
        QVERIFY2(result.report.error.isEmpty(), qPrintable(result.report.error));
        QVERIFY(!result.report.hasProblems());
        QCOMPARE(result.report.rowsRead, 3);
        QCOMPARE(result.table.size(), 6);
        const core::Indicator *gdp =
            result.table.find(QStringLiteral("counties"), QStringLiteral("220101"),
                              QStringLiteral("gdp"), QStringLiteral("2021"));
        QVERIFY(gdp);
        QCOMPARE(gdp->value, 12.5);
        QCOMPARE(gdp->unit, QStringLiteral("billion_yuan"));
        QCOMPARE(gdp->sourceFile, QStringLiteral("gdp.csv"));
    }

    void readsSpreadsheets_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("file");
        QTest::newRow("Excel") << "XLSX"
                               << "gdp.xlsx";
        QTest::newRow("OpenDocument") << "ODS"
                                      << "gdp.ods";
        QTest::newRow("GeoPackage attribute table") << "GPKG"
                                                    << "gdp.gpkg";
    }
    void readsSpreadsheets()
    {
        QFETCH(QString, driver);
        QFETCH(QString, file);
        const QString path = mDir.filePath(file);
        QVERIFY(writeSpreadsheet(path, driver.toLatin1().constData()));
        const auto result = importCounties(path, {QStringLiteral("gdp")});
        QVERIFY2(result.report.error.isEmpty(), qPrintable(result.report.error));
        QCOMPARE(result.report.figuresImported, 2);
        QCOMPARE(result.report.featuresWithoutRow, QStringList{QStringLiteral("220103")});
        QCOMPARE(result.table
                     .find(QStringLiteral("counties"), QStringLiteral("220102"),
                           QStringLiteral("gdp"), QStringLiteral("2021"))
                     ->value,
                 2.25);
    }

    void reportsEveryRowItCouldNotTakeAsItStood()
    {
        const auto result = importCounties(writeFile(
            mDir, QStringLiteral("mixed.csv"),
            "adcode,gdp,investment\n220101,12.5,3\n220102,n/a,1\n999999,4,5\n220101,6,7\n"));
        const core::StatisticsImportReport &report = result.report;
        QVERIFY(report.error.isEmpty());
        QCOMPARE(report.rowsRead, 4);
        QCOMPARE(report.unmatchedKeys, QStringList{QStringLiteral("row 3: 999999")});
        QCOMPARE(report.featuresWithoutRow, QStringList{QStringLiteral("220103")});
        QCOMPARE(report.nonNumericValues, QStringList{QStringLiteral("row 2, column gdp: “n/a”")});
        QCOMPARE(report.duplicatedKeys,
                 QStringList{QStringLiteral("row 4: 220101 (first in row 1)")});
        // 220101 ×2, 220102 investment, 999999 ×2: the unmatched row is kept, not dropped.
        QCOMPARE(report.figuresImported, 5);
        QCOMPARE(result.table.size(), 5);
        QCOMPARE(result.table
                     .find(QStringLiteral("counties"), QStringLiteral("220101"),
                           QStringLiteral("gdp"), QStringLiteral("2021"))
                     ->value,
                 12.5);
        const QString text = report.messages().join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("999999")) && text.contains(QStringLiteral("n/a")),
                 qPrintable(text));
    }

    // An unclosed quote swallows the rest of the file into one cell: the report shows it.
    void reportsWhatAnUnclosedQuoteSwallowed()
    {
        const auto result = importCounties(
            writeFile(mDir, QStringLiteral("quote.csv"), "adcode,gdp\n220101,\"12\n220102,7\n"));
        QVERIFY(result.report.error.isEmpty());
        QVERIFY(result.report.hasProblems());
        QCOMPARE(result.report.nonNumericValues.size(), 1);
        QVERIFY(
            result.report.nonNumericValues.first().startsWith(QStringLiteral("row 1, column gdp")));
        QVERIFY(result.report.featuresWithoutRow.contains(QStringLiteral("220102")));
    }

    void namesTheFileAndColumnWhenTheKeyIsMissing()
    {
        const QString path = writeFile(mDir, QStringLiteral("nokey.csv"), "code,gdp\n220101,1\n");
        const auto result = importCounties(path);
        QVERIFY(result.report.error.contains(path));
        QVERIFY(result.report.error.contains(QStringLiteral("adcode")));
        QVERIFY(result.table.isEmpty());
        QVERIFY(importCounties(writeFile(mDir, QStringLiteral("k.csv"), "adcode,gdp\n220101,1\n"),
                               {QStringLiteral("population")})
                    .report.error.contains(QStringLiteral("population")));
    }

    void namesAFileThatIsNoTable()
    {
        const QString path = writeFile(mDir, QStringLiteral("broken.xlsx"),
                                       QByteArray("PK\x03\x04 this is no spreadsheet", 30));
        const auto result = importCounties(path);
        QVERIFY2(result.report.error.contains(path), qPrintable(result.report.error));
        QVERIFY(result.table.isEmpty());
        const QString missing = mDir.filePath(QStringLiteral("missing.csv"));
        QVERIFY(importCounties(missing).report.error.contains(missing));
    }

    void refusesTextThatIsNotUtf8()
    {
        // "adcode,名称" and a GBK-encoded name, as Excel in a Chinese locale saves CSV.
        const QString path = writeFile(mDir, QStringLiteral("gbk.csv"),
                                       "adcode,gdp,name\n220101,1,\xc4\xcf\xb9\xd8\n");
        const auto result = importCounties(path, {QStringLiteral("gdp")});
        QVERIFY2(result.report.error.contains(path) &&
                     result.report.error.contains(QStringLiteral("UTF-8")),
                 qPrintable(result.report.error));
    }

    void exportsTheJoinedTableAtomicallyAndGdalReadsItBack()
    {
        core::Indicator figure;
        figure.layerId = QStringLiteral("counties");
        figure.featureKey = QStringLiteral("220381");
        figure.name = QStringLiteral("projects_started");
        figure.value = 102;
        figure.unit = QStringLiteral("count");
        figure.period = QStringLiteral("2020");
        figure.sourceFile = QStringLiteral("000_1f9a58c0691e99ed.txt");
        figure.quote = QStringLiteral("102 projects of more than 30 million yuan, \"this year\"");
        core::JoinedFeature feature{
            0, QStringLiteral("220381"), QStringLiteral("Gongzhuling"), {figure}};
        figure.name = QStringLiteral("area_km2");
        figure.value = 4058.25;
        figure.derived = true;
        feature.indicators.push_back(figure);
        const auto rows = core::StatisticsExport::rows(QStringLiteral("counties"), {feature});
        const QString path = mDir.filePath(QStringLiteral("joined.csv"));
        QString error;
        QVERIFY2(core::StatisticsExport::writeCsv(path, rows, &error), qPrintable(error));
        const auto dataset = gis::VectorDataset::open(path, &error);
        QVERIFY2(dataset, qPrintable(error));
        const auto table = dataset->readLayer(dataset->layerNames().first(), &error);
        QVERIFY(table);
        QCOMPARE(table->features.size(), std::size_t(2));
        QCOMPARE(table->value(table->features[0], QStringLiteral("quote")).toString(), rows[0][10]);
        QCOMPARE(table->value(table->features[1], QStringLiteral("value")).toString(),
                 QStringLiteral("4058.25"));
        QVERIFY(!core::StatisticsExport::writeCsv(mDir.filePath(QStringLiteral("no/such/dir.csv")),
                                                  rows, &error));
        QVERIFY(error.contains(QStringLiteral("dir.csv")));
    }

private:
    QTemporaryDir mDir;
};

PLANMAP_TEST(tst_statisticsimport)
#include "tst_statisticsimport.moc"
