#include "testdata.h"
#include "testregistry.h"

#include "data/datasetinspector.h"
#include "data/geopackagewriter.h"
#include "data/vectordataset.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

class tst_vectordataset : public QObject
{
    Q_OBJECT
private slots:
    void readsEveryBundledLayer_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<int>("minimumFeatures");
        QTest::addColumn<int>("kind");
        QTest::newRow("countries") << "countries" << 200 << int(gis::GeometryKind::Polygon);
        QTest::newRow("neighbours") << "neighbours" << 31 << int(gis::GeometryKind::Polygon);
        QTest::newRow("prefectures") << "prefectures" << 9 << int(gis::GeometryKind::Polygon);
        QTest::newRow("counties") << "counties" << 60 << int(gis::GeometryKind::Polygon);
        QTest::newRow("cities") << "cities" << 20 << int(gis::GeometryKind::Point);
        QTest::newRow("layout_areas") << "layout_areas" << 3 << int(gis::GeometryKind::Polygon);
        QTest::newRow("layout_lines") << "layout_lines" << 3 << int(gis::GeometryKind::Line);
        QTest::newRow("plates") << "plates" << 4 << int(gis::GeometryKind::Polygon);
        QTest::newRow("zones") << "zones" << 5 << int(gis::GeometryKind::Polygon);
        QTest::newRow("corridors") << "corridors" << 5 << int(gis::GeometryKind::Line);
        QTest::newRow("statistics") << "statistics" << 40 << int(gis::GeometryKind::None);
    }
    void readsEveryBundledLayer()
    {
        QFETCH(QString, layer);
        QFETCH(int, minimumFeatures);
        QFETCH(int, kind);
        QString error;
        auto dataset = gis::VectorDataset::open(testing::bundledGeoPackage(), &error);
        QVERIFY2(dataset, qPrintable(error));
        const auto features = dataset->readLayer(layer, &error);
        QVERIFY2(features, qPrintable(error));
        QVERIFY2(int(features->features.size()) >= minimumFeatures,
                 qPrintable(QString::number(features->features.size())));
        QCOMPARE(int(features->kind), kind);
        if (kind != int(gis::GeometryKind::None))
            QCOMPARE(features->crs.authId(), QStringLiteral("EPSG:4326"));
    }
    void missingFileIsNamed()
    {
        QString error;
        QVERIFY(!gis::VectorDataset::open(QStringLiteral("/nonexistent/plan.gpkg"), &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent/plan.gpkg")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("no such file")), qPrintable(error));
    }
    void corruptFileIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.gpkg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0garbage garbage garbage", 40).repeated(50));
        file.close();
        QString error;
        QVERIFY(!gis::VectorDataset::open(path, &error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY(!gis::inspectDataset(path, &error));
    }
    void missingLayerIsNamed()
    {
        QString error;
        auto dataset = gis::VectorDataset::open(testing::bundledGeoPackage(), &error);
        QVERIFY(dataset);
        QVERIFY(!dataset->readLayer(QStringLiteral("no_such_layer"), &error));
        QVERIFY2(error.contains(QStringLiteral("no_such_layer")), qPrintable(error));
    }
    void geoPackageRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roundtrip.gpkg"));
        gis::FeatureCollection zones;
        zones.name = QStringLiteral("zones");
        zones.kind = gis::GeometryKind::Polygon;
        zones.crs = gis::Crs::wgs84();
        zones.fields = {{QStringLiteral("name_zh"), QMetaType::QString},
                        {QStringLiteral("area"), QMetaType::Double}};
        gis::Polygon square;
        square.outer() = {{125, 43}, {126, 43}, {126, 44}, {125, 44}, {125, 43}};
        zones.features.push_back(
            {1, {QStringLiteral("长春新区"), 12.5}, gis::MultiPolygon{square}});
        QString error;
        gis::GeoPackageWriter writer(path);
        QVERIFY2(writer.open(&error) && writer.writeLayer(zones, &error) && writer.commit(&error),
                 qPrintable(error));
        auto dataset = gis::VectorDataset::open(path, &error);
        QVERIFY2(dataset, qPrintable(error));
        const auto back = dataset->readLayer(QStringLiteral("zones"), &error);
        QVERIFY(back);
        QCOMPARE(back->features.size(), std::size_t(1));
        QCOMPARE(back->value(back->features.front(), QStringLiteral("name_zh")).toString(),
                 QStringLiteral("长春新区"));
        QCOMPARE(back->value(back->features.front(), QStringLiteral("area")).toDouble(), 12.5);
        QCOMPARE(
            std::get<gis::MultiPolygon>(back->features.front().geometry).front().outer().size(),
            std::size_t(5));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("roundtrip.gpkg")});
    }
    void abandonedWriteLeavesTargetUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.gpkg"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous contents");
        existing.close();
        {
            QString error;
            gis::GeoPackageWriter writer(path);
            QVERIFY(writer.open(&error));
            // destroyed without commit(), as after an error
        }
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("previous contents"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("plan.gpkg")});
    }
    void unwritableTargetFailsWithMessage()
    {
        QString error;
        gis::GeoPackageWriter writer(QStringLiteral("/proc/planmap-cannot-write/plan.gpkg"));
        QVERIFY(!writer.open(&error));
        QVERIFY2(error.contains(QStringLiteral("/proc/planmap-cannot-write/plan.gpkg")),
                 qPrintable(error));
    }
};

PLANMAP_TEST(tst_vectordataset)
#include "tst_vectordataset.moc"
