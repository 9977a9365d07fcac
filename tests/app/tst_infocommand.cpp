#include "planmapprocess.h"
#include "rasterfixture.h"
#include "testdata.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using Run = testing::PlanmapRun;

Run planmap(const QStringList &arguments)
{
    return testing::runPlanmap(arguments);
}

} // namespace

class tst_infocommand : public QObject
{
    Q_OBJECT
private slots:
    void versionAndHelp()
    {
        const Run version = planmap({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("planmap ")));
        const Run help = planmap({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("info")));
    }
    void describesTheBundledDatasetAsJson()
    {
        const Run run = planmap({QStringLiteral("info"), qEnvironmentVariable("PLANMAP_DATA"),
                                 QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("driver")).toString(), QStringLiteral("GPKG"));
        QJsonObject counties;
        for (const QJsonValue &layer : root.value(QStringLiteral("layers")).toArray())
            if (layer.toObject().value(QStringLiteral("name")).toString() == u"counties")
                counties = layer.toObject();
        QCOMPARE(counties.value(QStringLiteral("feature_count")).toInt(), 60);
        QCOMPARE(counties.value(QStringLiteral("crs")).toString(), QStringLiteral("EPSG:4326"));
        QCOMPARE(counties.value(QStringLiteral("invalid_geometries")).toInt(), 0);
        QCOMPARE(counties.value(QStringLiteral("geometry_type")).toString(),
                 QStringLiteral("Multi Polygon"));
        const QJsonArray extent = counties.value(QStringLiteral("extent")).toArray();
        QCOMPARE(extent.size(), 4);
        QVERIFY(extent[0].toDouble() > 121 && extent[2].toDouble() < 132); // Jilin: 121.6–131.3 E
    }
    void countsInvalidGeometriesOfAnyDataset()
    {
        // The upstream Changchun file is raw: most of its polygons touch themselves.
        const Run run =
            planmap({QStringLiteral("info"),
                     QStringLiteral(
                         PLANMAP_SOURCE_DIR
                         "/resources/data/upstream/jilin-counties/ji2_lin2_chang2_chun1.geojson")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("features: 10")));
        QRegularExpression invalid(QStringLiteral("invalid geometries: (\\d+)"));
        const auto match = invalid.match(run.out);
        QVERIFY(match.hasMatch());
        QVERIFY(match.captured(1).toInt() > 0);
    }
    void corruptFileGivesOneLineError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.gpkg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        const Run run = planmap({QStringLiteral("info"), path});
        QCOMPARE(run.status, QProcess::NormalExit);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
    }
    void projectedCoordinatesWithoutCrsAreReported()
    {
        // GeoJSON is longitude/latitude by definition; these are Web Mercator metres.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("metres.geojson"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
            "geometry":{"type":"Point","coordinates":[13954000.0,5443000.0]}}]})");
        file.close();
        const Run run = planmap({QStringLiteral("info"), QStringLiteral("--json"), path});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject layer = QJsonDocument::fromJson(run.out.toUtf8())
                                      .object()[QStringLiteral("layers")]
                                      .toArray()
                                      .first()
                                      .toObject();
        QVERIFY2(layer[QStringLiteral("crs_problem")].toString().contains(
                     QStringLiteral("not longitudes")),
                 qPrintable(run.out));
        // A proper file has no such entry.
        const Run good = planmap(
            {QStringLiteral("info"), QStringLiteral("--json"), testing::bundledGeoPackage()});
        QVERIFY(!good.out.contains(QStringLiteral("crs_problem")));
    }
    void describesARaster()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("grid.tif"));
        QVERIFY(testing::writeRgbGeoTiff(path, 4551, 500000, 4900000, 30, 40, 20,
                                         [](int, int) { return QColor(Qt::red); }));
        const Run run = planmap({QStringLiteral("info"), QStringLiteral("--json"), path});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject raster = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(raster[u"kind"].toString(), QStringLiteral("raster"));
        QCOMPARE(raster[u"width"].toInt(), 40);
        QCOMPARE(raster[u"height"].toInt(), 20);
        QCOMPARE(raster[u"bands"].toInt(), 3);
        QCOMPARE(raster[u"crs"].toString(), QStringLiteral("EPSG:4551"));
        QCOMPARE(raster[u"cell_size"].toArray().first().toDouble(), 30.0);
        QCOMPARE(raster[u"extent"].toArray()[3].toDouble(), 4900000.0);
        QVERIFY(!raster.contains(QStringLiteral("crs_problem")));
    }
    void missingFileGivesOneLineError()
    {
        const Run run = planmap({QStringLiteral("info"), QStringLiteral("/no/such/file.shp")});
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("/no/such/file.shp")));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
    }
};

PLANMAP_TEST(tst_infocommand)
#include "tst_infocommand.moc"
