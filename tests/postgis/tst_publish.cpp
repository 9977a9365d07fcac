#include "../app/planmapprocess.h"
#include "pgtestserver.h"
#include "testdata.h"
#include "testregistry.h"

#include "data/gdalhandles.h"
#include "data/vectordataset.h"
#include "geometry/wkb.h"
#include "postgis/datasetpublisher.h"
#include "postgis/pgsql.h"

#include <QImage>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace gis::postgis;

namespace {

// The bundled GeoPackage's layers (data, not its QGIS styles) and whether each is spatial.
struct SourceLayer
{
    QString name;
    bool spatial = false;
};

std::vector<SourceLayer> sourceLayers(const QString &path)
{
    std::vector<SourceLayer> layers;
    const gis::GdalDatasetPointer dataset = gis::openVectorReadOnly(path);
    for (OGRLayer *layer : dataset->GetLayers()) {
        const QString name = QString::fromUtf8(layer->GetName());
        if (name != QLatin1String("layer_styles"))
            layers.push_back({name, layer->GetGeomType() != wkbNone});
    }
    return layers;
}

int spatialCount(const std::vector<SourceLayer> &layers)
{
    return static_cast<int>(std::count_if(layers.begin(), layers.end(),
                                          [](const SourceLayer &l) { return l.spatial; }));
}

testing::PlanmapRun publish(const QString &target, const QString &schema,
                            const QStringList &more = {})
{
    return testing::runPlanmap(QStringList{QStringLiteral("publish"), QStringLiteral("--to"),
                                           target, QStringLiteral("--schema"), schema} +
                               more);
}

QString literal(const QString &text)
{
    return quoteLiteral(text);
}

// psql's answer, or a text no comparison accepts when psql failed (a test fails, not crashes).
QString ask(const testing::PgTestServer &server, const QString &sql)
{
    return server.psql(sql).value_or(QStringLiteral("<psql failed>"));
}

// How many tables the schema has, as the server itself says.
int tableCount(const testing::PgTestServer &server, const QString &schema)
{
    return server
        .psql(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = %1")
                  .arg(literal(schema)))
        .value_or(QStringLiteral("-1"))
        .toInt();
}

// A copy of the bundled GeoPackage with one more layer that PostGIS refuses.
// A "Point" layer holding a line: GeoPackage stores it (with a warning), a typed geometry
// column rejects it when the rows arrive. GDAL lists it after the other spatial layers.
bool addLineInPointLayer(GDALDataset &dataset, const QString &name)
{
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    OGRLayer *layer = dataset.CreateLayer(name.toUtf8().constData(), &wgs84, wkbPoint, nullptr);
    if (!layer)
        return false;
    gis::OgrFeaturePointer feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    OGRLineString line;
    line.addPoint(125.0, 43.0);
    line.addPoint(126.0, 44.0);
    feature->SetGeometry(&line);
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const OGRErr written = layer->CreateFeature(feature.get());
    CPLPopErrorHandler();
    return written == OGRERR_NONE;
}

// A table whose two column names differ only after PostgreSQL's 63 bytes: SQLite keeps both,
// PostgreSQL cuts both to one name and refuses the second. GDAL lists it last of all.
bool addTableWithClashingColumns(GDALDataset &dataset, const QString &name)
{
    OGRLayer *layer = dataset.CreateLayer(name.toUtf8().constData(), nullptr, wkbNone, nullptr);
    if (!layer)
        return false;
    const QByteArray stem(63, 'c');
    for (const QByteArray &column : {QByteArray(stem + "_one"), QByteArray(stem + "_two")}) {
        OGRFieldDefn field(column.constData(), OFTString);
        if (layer->CreateField(&field) != OGRERR_NONE)
            return false;
    }
    gis::OgrFeaturePointer feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    feature->SetField(0, "a");
    return layer->CreateFeature(feature.get()) == OGRERR_NONE;
}

QString geoPackageWithBrokenLayer(const QTemporaryDir &dir, const QString &name, bool spatial)
{
    const QString path = dir.filePath(QStringLiteral("broken.gpkg"));
    if (!QFile::copy(testing::bundledGeoPackage(), path))
        return {};
    gis::GdalDatasetPointer dataset(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    if (!dataset)
        return {};
    const bool added =
        spatial ? addLineInPointLayer(*dataset, name) : addTableWithClashingColumns(*dataset, name);
    return added ? path : QString();
}

} // namespace

// `planmap publish` against a real server: the bundled dataset read back from PostGIS equals
// the GeoPackage; styles, indexes and versions are there; odd schema names are one name; a
// failure anywhere leaves nothing; `info` and `export` read the published tables.
class tst_publish : public QObject
{
    Q_OBJECT
private:
    const QString schema = QStringLiteral("publish_full");
    bool published = false;

    void ensurePublished(const testing::PgTestServer &server)
    {
        if (published)
            return;
        // A fresh cluster has neither; a second run of the test by hand has both.
        server.psql(
            QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(quoteIdentifier(schema)));
        if (server.psql(QStringLiteral("SELECT to_regclass('layer_styles') IS NOT NULL")) ==
            QStringLiteral("t"))
            server.psql(QStringLiteral("DELETE FROM layer_styles WHERE f_table_schema = %1")
                            .arg(literal(schema)));
        const testing::PlanmapRun run = publish(server.datasetName(), schema);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Progress names each table on stderr.
        for (const SourceLayer &layer : sourceLayers(testing::bundledGeoPackage()))
            QVERIFY2(run.err.contains(layer.name), qPrintable(run.err));
        published = true;
    }

private slots:
    void readBackEqualsTheGeoPackage()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        ensurePublished(server);
        QVERIFY(published);
        QString error;
        const auto source = gis::VectorDataset::open(testing::bundledGeoPackage(), &error);
        const auto target = gis::VectorDataset::open(server.datasetName(), &error);
        QVERIFY2(source && target, qPrintable(error));
        const std::vector<SourceLayer> layers = sourceLayers(testing::bundledGeoPackage());
        QVERIFY(spatialCount(layers) >= 2);
        QVERIFY(std::any_of(layers.begin(), layers.end(),
                            [](const SourceLayer &l) { return l.name == u"statistics"; }));
        for (const SourceLayer &layer : layers) {
            const auto expected = source->readLayer(layer.name, &error);
            QVERIFY2(expected, qPrintable(error));
            const auto actual = target->readLayer(schema + u'.' + layer.name, &error);
            QVERIFY2(actual, qPrintable(error));
            QCOMPARE(actual->features.size(), expected->features.size());
            QCOMPARE(actual->crs.authId(), expected->crs.authId());
            std::map<qint64, const gis::Feature *> byId;
            for (const gis::Feature &feature : actual->features)
                byId[feature.id] = &feature;
            for (const gis::Feature &want : expected->features) {
                const auto found = byId.find(want.id);
                QVERIFY2(found != byId.end(), qPrintable(layer.name));
                const gis::Feature &got = *found->second;
                if (layer.spatial)
                    QVERIFY2(
                        gis::toWkb(got.geometry) == gis::toWkb(want.geometry),
                        qPrintable(QStringLiteral("%1 feature %2").arg(layer.name).arg(want.id)));
                for (int f = 0; f < expected->fields.size(); ++f) {
                    const QString field = expected->fields[f].name;
                    QCOMPARE(actual->fields[actual->fieldIndex(field)].type,
                             expected->fields[f].type);
                    QVERIFY2(actual->value(got, field) == want.attributes.value(f),
                             qPrintable(QStringLiteral("%1 feature %2 field %3: %4 vs %5")
                                            .arg(layer.name)
                                            .arg(want.id)
                                            .arg(field, actual->value(got, field).toString(),
                                                 want.attributes.value(f).toString())));
                }
            }
        }
    }

    void tablesHaveIndexesVersionsAndStyles()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        ensurePublished(server);
        QVERIFY(published);
        const std::vector<SourceLayer> layers = sourceLayers(testing::bundledGeoPackage());
        for (const SourceLayer &layer : layers) {
            if (!layer.spatial)
                continue;
            const QString where = QStringLiteral("schemaname = %1 AND tablename = %2")
                                      .arg(literal(schema), literal(layer.name));
            QCOMPARE(ask(server, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE %1 AND "
                                                "indexdef ILIKE '%USING gist (geom)%'")
                                     .arg(where)),
                     QStringLiteral("1"));
            const QString table = qualifiedName(schema, layer.name);
            QCOMPARE(ask(server, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgrelid "
                                                "= %1::regclass AND tgname = 'planmap_version'")
                                     .arg(literal(table))),
                     QStringLiteral("1"));
            QCOMPARE(ask(server, QStringLiteral("SELECT count(*) FROM %1 WHERE planmap_version "
                                                "<> 1")
                                     .arg(table)),
                     QStringLiteral("0"));
            // The key continues after the copied FIDs.
            QVERIFY(server.psql(
                QStringLiteral("BEGIN; INSERT INTO %1 DEFAULT VALUES; ROLLBACK").arg(table)));
        }
        // QGIS's layer_styles: one default style per spatial table, with its QML.
        QCOMPARE(ask(server, QStringLiteral("SELECT count(DISTINCT f_table_name) FROM "
                                            "layer_styles WHERE f_table_schema = %1 AND "
                                            "useasdefault AND f_table_catalog = "
                                            "current_database() AND f_geometry_column = 'geom' "
                                            "AND length(styleqml::text) > 100")
                                 .arg(literal(schema))),
                 QString::number(spatialCount(layers)));
        QCOMPARE(ask(server, QStringLiteral("SELECT count(*) FROM layer_styles WHERE "
                                            "f_table_schema = %1 AND styleqml::text NOT LIKE "
                                            "'%renderer-v2%'")
                                 .arg(literal(schema))),
                 QStringLiteral("0"));
    }

    void statisticsRowsAreEqual()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        ensurePublished(server);
        QVERIFY(published);
        const gis::GdalDatasetPointer source =
            gis::openVectorReadOnly(testing::bundledGeoPackage());
        OGRLayer *statistics = source->GetLayerByName("statistics");
        QVERIFY(statistics);
        QCOMPARE(ask(server, QStringLiteral("SELECT count(*) FROM %1")
                                 .arg(qualifiedName(schema, QStringLiteral("statistics")))),
                 QString::number(statistics->GetFeatureCount()));
        // Every column of every row, as text, through the server's own eyes (psql), against
        // GDAL's reading of the GeoPackage; rows in FID order, values joined by a separator.
        const QString separator = QStringLiteral("\x1f");
        std::map<GIntBig, gis::OgrFeaturePointer> rows;
        statistics->ResetReading();
        while (OGRFeature *row = statistics->GetNextFeature())
            rows[row->GetFID()] = gis::OgrFeaturePointer(row);
        OGRFeatureDefn *fields = statistics->GetLayerDefn();
        QVERIFY(fields->GetFieldCount() > 3);
        for (int f = 0; f < fields->GetFieldCount(); ++f) {
            const QString column = QString::fromUtf8(fields->GetFieldDefn(f)->GetNameRef());
            QStringList expected;
            for (const auto &[fid, row] : rows)
                expected.push_back(QString::number(fid) + u'=' +
                                   (row->IsFieldSetAndNotNull(f)
                                        ? QString::fromUtf8(row->GetFieldAsString(f))
                                        : QString()));
            const auto actual = server.psql(
                QStringLiteral("SELECT string_agg(fid || '=' || coalesce(%1::text, ''), E'\\x1f' "
                               "ORDER BY fid) FROM %2")
                    .arg(quoteIdentifier(column),
                         qualifiedName(schema, QStringLiteral("statistics"))));
            QVERIFY(actual);
            QCOMPARE(*actual, expected.join(separator).trimmed());
        }
    }

    void hostileSchemaNameIsHarmless()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        const QString hostile = QStringLiteral("publish\"; DROP TABLE publish_sentinel; --");
        QVERIFY(server.psql(QStringLiteral("CREATE TABLE IF NOT EXISTS publish_sentinel (id int); "
                                           "DROP SCHEMA IF EXISTS %1 CASCADE")
                                .arg(quoteIdentifier(hostile))));
        const testing::PlanmapRun run = publish(server.datasetName(), hostile);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(ask(server, QStringLiteral("SELECT to_regclass('public.publish_sentinel') IS "
                                            "NOT NULL")),
                 QStringLiteral("t"));
        QCOMPARE(tableCount(server, hostile),
                 int(sourceLayers(testing::bundledGeoPackage()).size()));
        QCOMPARE(ask(server, QStringLiteral("SELECT count(*) > 0 FROM layer_styles WHERE "
                                            "f_table_schema = %1")
                                 .arg(literal(hostile))),
                 QStringLiteral("t"));
    }

    void existingTablesAreRefusedUnlessOverwritten()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        const QString refused = QStringLiteral("publish_refused");
        const std::vector<SourceLayer> layers = sourceLayers(testing::bundledGeoPackage());
        const QString taken = layers.back().name;
        QVERIFY(server.psql(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE; CREATE SCHEMA %1; "
                                           "CREATE TABLE %2 (colleague text); INSERT INTO %2 "
                                           "VALUES ('kept')")
                                .arg(quoteIdentifier(refused), qualifiedName(refused, taken))));
        const QString withPassword =
            server.datasetName() + QStringLiteral(" password=planmap-test-password");
        testing::PlanmapRun run = publish(withPassword, refused);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(taken) && run.err.contains(u"--overwrite") &&
                     run.err.contains(server.conninfo()),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"planmap-test-password"), qPrintable(run.err));
        QCOMPARE(tableCount(server, refused), 1);
        QCOMPARE(ask(server,
                     QStringLiteral("SELECT colleague FROM %1").arg(qualifiedName(refused, taken))),
                 QStringLiteral("kept"));

        run = publish(withPassword, refused, {QStringLiteral("--overwrite")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"planmap-test-password"), qPrintable(run.out));
        QCOMPARE(tableCount(server, refused), int(layers.size()));
        QCOMPARE(ask(server, QStringLiteral("SELECT count(*) FROM information_schema.columns "
                                            "WHERE table_schema = %1 AND column_name = "
                                            "'colleague'")
                                 .arg(literal(refused))),
                 QStringLiteral("0"));
        // Publishing again over itself replaces the styles rather than doubling them.
        run = publish(withPassword, refused, {QStringLiteral("--overwrite")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(ask(server, QStringLiteral("SELECT count(*) FROM layer_styles WHERE "
                                            "f_table_schema = %1")
                                 .arg(literal(refused))),
                 QString::number(spatialCount(layers)));
    }

    // DDL stays in the transaction: a failure at the last table (or at the last spatial one,
    // when its rows arrive) undoes the tables, the schema and the styles made before it.
    void failurePartWayLeavesNothing_data()
    {
        QTest::addColumn<bool>("spatial");
        QTest::newRow("rows of the last spatial layer") << true;
        QTest::newRow("columns of the last table") << false;
    }
    void failurePartWayLeavesNothing()
    {
        QFETCH(bool, spatial);
        PLANMAP_REQUIRE_PG_SERVER(server);
        QTemporaryDir dir;
        const QString brokenLayer = QStringLiteral("zzz_publish_broken");
        const QString source = geoPackageWithBrokenLayer(dir, brokenLayer, spatial);
        QVERIFY(!source.isEmpty());
        const QString broken = QStringLiteral("publish_broken");
        QVERIFY(server.psql(
            QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(quoteIdentifier(broken))));
        DatasetPublisher publisher(source, server.datasetName(), broken);
        QStringList reported;
        int total = 0;
        publisher.setProgress([&](const QString &table, int, int count) {
            reported.push_back(table);
            total = count;
        });
        QString error;
        QVERIFY(!publisher.publish(&error));
        QVERIFY2(error.contains(server.conninfo()) && error.contains(brokenLayer),
                 qPrintable(error));
        // The server's own reason, not the aborted transaction's echo.
        QVERIFY2(!error.contains(u"current transaction is aborted"), qPrintable(error));
        QCOMPARE(reported.back(), brokenLayer);
        QCOMPARE(reported.size(), spatial ? total - 1 : total);
        QVERIFY(reported.size() > 5);
        QCOMPARE(ask(server, QStringLiteral("SELECT to_regnamespace(%1) IS NULL")
                                 .arg(literal(quoteIdentifier(broken)))),
                 QStringLiteral("t"));
        QCOMPARE(tableCount(server, broken), 0);
        QCOMPARE(ask(server, QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n "
                                            "ON n.oid = c.relnamespace WHERE n.nspname = %1")
                                 .arg(literal(broken))),
                 QStringLiteral("0"));
        if (ask(server, QStringLiteral("SELECT to_regclass('layer_styles') IS NOT NULL")) ==
            QStringLiteral("t"))
            QCOMPARE(ask(server, QStringLiteral("SELECT count(*) FROM layer_styles WHERE "
                                                "f_table_schema = %1")
                                     .arg(literal(broken))),
                     QStringLiteral("0"));
    }

    void infoListsThePublishedTables()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        ensurePublished(server);
        QVERIFY(published);
        const testing::PlanmapRun run = testing::runPlanmap(
            {QStringLiteral("info"),
             server.datasetName() + QStringLiteral(" password=planmap-test-password schemas=") +
                 schema});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"planmap-test-password"), qPrintable(run.out));
        QString error;
        const auto source = gis::VectorDataset::open(testing::bundledGeoPackage(), &error);
        for (const SourceLayer &layer : sourceLayers(testing::bundledGeoPackage())) {
            if (!layer.spatial)
                continue;
            const auto features = source->readLayer(layer.name, &error);
            QVERIFY(features);
            const QString listed = layer.name + QStringLiteral("\n  geometry: ");
            QVERIFY2(run.out.contains(listed), qPrintable(run.out));
            const QString entry = run.out.mid(run.out.indexOf(listed)).section(u'\n', 0, 6);
            QVERIFY2(entry.contains(QStringLiteral("features: %1").arg(features->features.size())),
                     qPrintable(entry));
            QVERIFY2(entry.contains(features->crs.authId()), qPrintable(entry));
            QVERIFY2(entry.contains(u"extent: "), qPrintable(entry));
        }
    }

    void exportRendersAPublishedTable()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        ensurePublished(server);
        QVERIFY(published);
        const std::vector<SourceLayer> layers = sourceLayers(testing::bundledGeoPackage());
        const auto spatial = std::find_if(layers.begin(), layers.end(),
                                          [](const SourceLayer &l) { return l.spatial; });
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("published.png"));
        const testing::PlanmapRun run = testing::runPlanmap(
            {QStringLiteral("export"), QStringLiteral("--map-only"), QStringLiteral("--layer"),
             server.datasetName(), QStringLiteral("--layer-name"), schema + u'.' + spatial->name,
             QStringLiteral("--width"), QStringLiteral("400"), QStringLiteral("--height"),
             QStringLiteral("300"), QStringLiteral("--out"), png});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(400, 300));
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                drawn += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
        QVERIFY2(drawn > 400 * 300 / 100, qPrintable(QString::number(drawn)));
    }

    // A published schema opens as a dataset project wherever the command line takes one.
    void statsReadsThePublishedSchema()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        ensurePublished(server);
        QVERIFY(published);
        const testing::PlanmapRun run =
            testing::runPlanmap({QStringLiteral("stats"), QStringLiteral("--project"),
                                 server.datasetName() + QStringLiteral(" schemas=") + schema,
                                 QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Each county's derived figures (its area, its perimeter) from the published table.
        QVERIFY2(run.out.contains(u"\ncounties,"), qPrintable(run.out.left(2000)));
        QVERIFY2(run.out.contains(u"area_km2"), qPrintable(run.out.left(2000)));
    }

    void unreachableServerIsNamedWithoutPassword()
    {
        // A port nothing listens on (1 is privileged and unused on a test machine).
        const QString unreachable = QStringLiteral(
            "PG:host=127.0.0.1 port=1 dbname=planmap_test user=planmap password=s3cret-word "
            "connect_timeout=5");
        const QList<QStringList> commands = {
            {QStringLiteral("publish"), QStringLiteral("--to"), unreachable},
            {QStringLiteral("info"), unreachable},
            {QStringLiteral("export"), QStringLiteral("--map-only"), QStringLiteral("--layer"),
             unreachable, QStringLiteral("--layer-name"), QStringLiteral("x"),
             QStringLiteral("--width"), QStringLiteral("10"), QStringLiteral("--height"),
             QStringLiteral("10"), QStringLiteral("--out"), QStringLiteral("/tmp/never.png")},
        };
        for (const QStringList &command : commands) {
            const testing::PlanmapRun run = testing::runPlanmap(command);
            QVERIFY2(run.status == QProcess::NormalExit && run.exitCode != 0,
                     qPrintable(command.front()));
            QVERIFY2(run.err.contains(u"port=1"), qPrintable(run.err));
            QVERIFY2(!run.err.contains(u"s3cret") && !run.out.contains(u"s3cret"),
                     qPrintable(run.err));
        }
    }
};

PLANMAP_TEST(tst_publish)
#include "tst_publish.moc"
