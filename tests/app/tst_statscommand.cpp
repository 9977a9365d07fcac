#include "planmapprocess.h"
#include "testregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

using Run = testing::PlanmapRun;

QJsonObject findRow(const QJsonArray &rows, const QString &key, const QString &indicator)
{
    for (const QJsonValue &row : rows) {
        const QJsonObject object = row.toObject();
        if (object.value(QStringLiteral("feature_key")).toString() == key &&
            object.value(QStringLiteral("indicator")).toString() == indicator)
            return object;
    }
    return {};
}

} // namespace

class tst_statscommand : public QObject
{
    Q_OBJECT
private slots:
    void printsTheCountiesWithSeedFiguresAndAreaAsJson()
    {
        const Run run = testing::runPlanmap({QStringLiteral("stats"), QStringLiteral("--layer"),
                                             QStringLiteral("counties"), QStringLiteral("--format"),
                                             QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        const QJsonObject projects =
            findRow(rows, QStringLiteral("220381"), QStringLiteral("projects_started"));
        QCOMPARE(projects.value(QStringLiteral("value")).toDouble(), 102.0);
        QCOMPARE(projects.value(QStringLiteral("unit")).toString(), QStringLiteral("count"));
        QCOMPARE(projects.value(QStringLiteral("period")).toString(), QStringLiteral("2020"));
        QCOMPARE(projects.value(QStringLiteral("layer")).toString(), QStringLiteral("counties"));
        QCOMPARE(projects.value(QStringLiteral("source")).toString(),
                 QStringLiteral("000_1f9a58c0691e99ed.txt"));
        QVERIFY(!projects.value(QStringLiteral("name")).toString().isEmpty());
        const QJsonObject area =
            findRow(rows, QStringLiteral("220381"), QStringLiteral("area_km2"));
        QVERIFY(area.value(QStringLiteral("derived")).toBool());
        const double km2 = area.value(QStringLiteral("value")).toDouble();
        QVERIFY2(km2 > 3900 && km2 < 4200, qPrintable(QString::number(km2)));
        // Every one of the 60 counties has its area.
        int areas = 0;
        for (const QJsonValue &row : rows)
            areas += row.toObject().value(QStringLiteral("indicator")).toString() == u"area_km2";
        QCOMPARE(areas, 60);
    }

    void printsEveryLayerAsCsv()
    {
        const Run run = testing::runPlanmap({QStringLiteral("stats")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("layer,feature_key,name,indicator,value,unit,period,"
                                               "derived,source,qualifier,quote"));
        QVERIFY(run.out.contains(
            QStringLiteral("plates,automobile_town,长春国际汽车城,auto_industry_output_value,342.7,"
                           "billion_yuan,2020-Q1..Q3,false,002_43f3953580f3cd6d.txt")));
        QVERIFY(run.out.contains(QStringLiteral("prefectures,2201,长春市,import_export_value,90.76,"
                                                "billion_yuan,2018-01..10,false")));
        QVERIFY(run.out.contains(QStringLiteral(",area_km2,")));
    }

    void readsAProjectDataset()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("zones.geojson"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature",
            "properties":{"key":"cell","name_zh":"格"},
            "geometry":{"type":"Polygon","coordinates":[[[125,44],[125.1,44],[125.1,44.1],[125,44.1],[125,44]]]}}]})");
        file.close();
        const Run run =
            testing::runPlanmap({QStringLiteral("stats"), QStringLiteral("--project"), path,
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        const double km2 = findRow(rows, QStringLiteral("cell"), QStringLiteral("area_km2"))
                               .value(QStringLiteral("value"))
                               .toDouble();
        QVERIFY2(km2 > 88 && km2 < 90, qPrintable(QString::number(km2)));
    }

    // The spatial joins and key fields a project file keeps are in the figures; one it cannot
    // use is named on stderr.
    void printsTheSpatialJoinsOfAProjectFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("joins.planmap"));
        const auto layer = [](const char *id) {
            return QJsonObject{
                {QStringLiteral("id"), QLatin1String(id)},
                {QStringLiteral("source"),
                 QJsonObject{{QStringLiteral("dataset"), QStringLiteral("bundled:planmap.gpkg")},
                             {QStringLiteral("layer"), QLatin1String(id)}}}};
        };
        const auto join = [](const char *name, const char *zones) {
            return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                               {QStringLiteral("zoneLayer"), QLatin1String(zones)},
                               {QStringLiteral("pointLayer"), QStringLiteral("cities")}};
        };
        const QJsonObject project{
            {QStringLiteral("format"), QStringLiteral("planmap-project")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("crs"), QStringLiteral("EPSG:4326")},
            {QStringLiteral("layers"), QJsonArray{layer("prefectures"), layer("cities")}},
            {QStringLiteral("keyFields"),
             QJsonObject{{QStringLiteral("prefectures"), QStringLiteral("name_en")}}},
            {QStringLiteral("spatialJoins"),
             QJsonArray{join("cities", "prefectures"), join("around", "cities")}}};
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(project).toJson());
        file.close();
        const Run run = testing::runPlanmap(
            {QStringLiteral("stats"), QStringLiteral("--project"), path, QStringLiteral("--layer"),
             QStringLiteral("prefectures"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        const double inChangchun =
            findRow(rows, QStringLiteral("Changchun"), QStringLiteral("cities_count"))
                .value(QStringLiteral("value"))
                .toDouble();
        QVERIFY2(inChangchun >= 2, qPrintable(run.out.left(400)));
        QVERIFY2(run.err.contains(QStringLiteral("“around”")), qPrintable(run.err));
    }

    void refusesUnknownLayersAndFormats()
    {
        const Run layer = testing::runPlanmap(
            {QStringLiteral("stats"), QStringLiteral("--layer"), QStringLiteral("nowhere")});
        QCOMPARE(layer.exitCode, 1);
        QVERIFY(layer.err.contains(QStringLiteral("nowhere")));
        QVERIFY(layer.err.contains(QStringLiteral("counties")));
        const Run format = testing::runPlanmap(
            {QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(format.exitCode, 2);
        QVERIFY(format.err.contains(QStringLiteral("xml")));
    }
};

PLANMAP_TEST(tst_statscommand)
#include "tst_statscommand.moc"
