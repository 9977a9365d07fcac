#include "pgtestserver.h"
#include "testregistry.h"

#include "canvas/remotefeatureloader.h"
#include "crs/coordinatetransform.h"
#include "data/gdalhandles.h"
#include "data/vectordataset.h"
#include "editing/layerediting.h"
#include "layer/extentfeaturesource.h"
#include "project/layerfileloader.h"
#include "project/planproject.h"
#include "render/maprenderer.h"

#include <QSet>
#include <QTemporaryDir>

#include <gdal_utils.h>

// A PostGIS layer drawn from bounding-box requests (gis::ExtentFeatureSource) against a real
// server: each request reads only the features in the frame, through the GiST index, frames
// inside an area fetched before send nothing, and the drawing is the GeoPackage's.
class tst_remoterender : public QObject
{
    Q_OBJECT

    // A grid of `side`×`side` squares of 0.008° with 0.002° gaps from 120°E 40°N, a GiST index
    // and fresh statistics, made by the server itself.
    static QString makeGrid(const testing::PgTestServer &server, const QString &table, int side)
    {
        const bool made = bool(server.psql(
            QStringLiteral(
                "DROP TABLE IF EXISTS %1; "
                "CREATE TABLE %1 (fid serial PRIMARY KEY, name text, note text, value integer, "
                "geom geometry(MultiPolygon, 4326)); "
                "INSERT INTO %1 (name, note, value, geom) "
                "SELECT 'cell ' || i || ' ' || j, repeat('x', 200), i * 1000 + j, "
                "ST_Multi(ST_MakeEnvelope(120 + i * 0.01, 40 + j * 0.01, "
                "120.008 + i * 0.01, 40.008 + j * 0.01, 4326)) "
                "FROM generate_series(0, %2) i, generate_series(0, %2) j; "
                "CREATE INDEX %1_geom_idx ON %1 USING gist (geom); ANALYZE %1")
                .arg(table)
                .arg(side - 1)));
        return made ? table : QString();
    }

    static QString envelopeSql(const gis::Box &box)
    {
        return QStringLiteral("ST_MakeEnvelope(%1, %2, %3, %4, 4326)")
            .arg(box.min_corner().x(), 0, 'g', 17)
            .arg(box.min_corner().y(), 0, 'g', 17)
            .arg(box.max_corner().x(), 0, 'g', 17)
            .arg(box.max_corner().y(), 0, 'g', 17);
    }

    static gis::MapSettings frameSettings(const gis::LayerSnapshot &layer, const gis::Box &extent)
    {
        gis::MapSettings settings;
        settings.crs = gis::Crs::wgs84();
        settings.extent = extent;
        settings.outputSize = QSize(400, 300);
        settings.labelsEnabled = false;
        settings.layers = {layer};
        return settings;
    }

    static gis::RenderResult render(const gis::MapSettings &settings)
    {
        const std::atomic_bool cancel = false;
        return gis::MapRenderer(settings).renderImage(cancel);
    }

    static std::optional<int> gistScans(const testing::PgTestServer &server, const QString &table)
    {
        const auto scans = server.psql(
            QStringLiteral("SELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = '%1'")
                .arg(table + QStringLiteral("_geom_idx")));
        return scans ? std::optional<int>(scans->toInt()) : std::nullopt;
    }

private slots:
    void initTestCase()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        QVERIFY(!makeGrid(server, QStringLiteral("remote_grid"), 100).isEmpty());
    }

    void requestReadsOnlyTheFeaturesInTheFrame()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        QString error;
        auto source = gis::ExtentFeatureSource::open(server.datasetName(),
                                                     QStringLiteral("remote_grid"), &error, 0.0);
        QVERIFY2(source, qPrintable(error));
        const gis::Box frame(gis::Point(120.1234, 40.2345), gis::Point(120.2567, 40.3111));
        const auto fetched = source->features(frame, {QStringLiteral("name")}, nullptr, &error);
        QVERIFY2(fetched, qPrintable(error));
        const gis::FeatureCollection &features = *fetched->source();
        const auto expected = server.psql(
            QStringLiteral("SELECT string_agg(fid::text, ',' ORDER BY fid) FROM remote_grid "
                           "WHERE geom && %1")
                .arg(envelopeSql(frame)));
        QVERIFY(expected);
        QSet<qint64> expectedIds;
        for (const QString &id : expected->split(u','))
            expectedIds.insert(id.toLongLong());
        QSet<qint64> fetchedIds;
        for (const gis::Feature &feature : features.features)
            fetchedIds.insert(feature.id);
        QCOMPARE(fetchedIds, expectedIds);
        QVERIFY(expectedIds.size() > 50 && expectedIds.size() < 500); // a frame, not the table
        // Only the field asked for was read; the geometry of each feature came with it.
        QCOMPARE(features.geometries.size(), features.features.size());
        const int name = features.fieldIndex(QStringLiteral("name"));
        const int note = features.fieldIndex(QStringLiteral("note"));
        QVERIFY(name >= 0 && note >= 0);
        QVERIFY(features.features.front().attributes[name].toString().startsWith(u"cell "));
        QVERIFY(features.features.front().attributes[note].isNull());
    }

    void requestsAreServedByTheGistIndex()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        const auto before = gistScans(server, QStringLiteral("remote_grid"));
        QVERIFY(before);
        {
            QString error;
            auto source = gis::ExtentFeatureSource::open(
                server.datasetName(), QStringLiteral("remote_grid"), &error, 0.0);
            QVERIFY2(source, qPrintable(error));
            const gis::Box frame(gis::Point(120.5, 40.5), gis::Point(120.6, 40.6));
            QVERIFY2(source->features(frame, {}, nullptr, &error), qPrintable(error));
        } // the source's connections close, and their backends report their statistics
        QTRY_VERIFY_WITH_TIMEOUT(
            gistScans(server, QStringLiteral("remote_grid")).value_or(0) > *before, 20000);
        // The form of query a request sends is planned on that index.
        const auto plan = server.psql(QStringLiteral(
            "EXPLAIN SELECT \"fid\", \"geom\", \"name\" FROM \"public\".\"remote_grid\" "
            "WHERE \"geom\" && ST_MakeEnvelope(120.5, 40.5, 120.6, 40.6, 4326)"));
        QVERIFY(plan);
        QVERIFY2(plan->contains(QStringLiteral("remote_grid_geom_idx")), qPrintable(*plan));
    }

    void framesInsideTheFetchedAreaSendNoRequest()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        QString error;
        auto layer =
            core::openRemoteLayer(server.datasetName(), QStringLiteral("remote_grid"), &error);
        QVERIFY2(layer, qPrintable(error));
        QVERIFY(layer->isAwaitingFeatures());
        QVERIFY(layer->features().features.empty()); // nothing downloaded to show it
        const gis::ExtentFeatureSource &source = *layer->extentSource();
        const gis::Box view(gis::Point(120.2, 40.2), gis::Point(120.4, 40.35));
        gis::MapSettings settings = frameSettings(gis::snapshotOf(*layer), view);
        gis::RenderResult result = render(settings);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(source.requestCount(), 1);
        // Zoomed in, then panned by a tenth: still inside the frame and its margin.
        settings.extent = gis::Box(gis::Point(120.25, 40.24), gis::Point(120.33, 40.3));
        QVERIFY(render(settings).errors.isEmpty());
        settings.extent = gis::Box(gis::Point(120.22, 40.2), gis::Point(120.42, 40.35));
        QVERIFY(render(settings).errors.isEmpty());
        QCOMPARE(source.requestCount(), 1);
        // Far away: a new request.
        settings.extent = gis::Box(gis::Point(120.7, 40.7), gis::Point(120.9, 40.85));
        QVERIFY(render(settings).errors.isEmpty());
        QCOMPARE(source.requestCount(), 2);
    }

    void drawingEqualsTheGeoPackages()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        // The same table copied into a GeoPackage by GDAL (as ogr2ogr would).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("grid.gpkg"));
        {
            const gis::GdalDatasetPointer pg = gis::openVectorReadOnly(server.datasetName());
            QVERIFY(pg);
            QByteArrayList arguments{"-f", "GPKG", "remote_grid"};
            std::vector<char *> argv;
            for (QByteArray &argument : arguments)
                argv.push_back(argument.data());
            argv.push_back(nullptr);
            GDALVectorTranslateOptions *options =
                GDALVectorTranslateOptionsNew(argv.data(), nullptr);
            GDALDatasetH source = pg.get();
            GDALDatasetH copy = GDALVectorTranslate(path.toUtf8().constData(), nullptr, 1, &source,
                                                    options, nullptr);
            GDALVectorTranslateOptionsFree(options);
            QVERIFY(copy);
            GDALClose(copy);
        }
        QString error;
        const auto dataset = gis::VectorDataset::open(path, &error);
        QVERIFY2(dataset, qPrintable(error));
        auto local = dataset->readCompactLayer(QStringLiteral("remote_grid"), &error);
        QVERIFY2(local, qPrintable(error));
        QCOMPARE(local->features.size(), std::size_t(10000));
        gis::VectorLayer fromFile(QStringLiteral("file"),
                                  std::make_shared<const gis::FeatureCollection>(*local));
        auto remote =
            core::openRemoteLayer(server.datasetName(), QStringLiteral("remote_grid"), &error);
        QVERIFY2(remote, qPrintable(error));

        // In Web Mercator, so that the frame's box goes back to the layer's CRS first.
        const gis::Box lonLat(gis::Point(120.31, 40.42), gis::Point(120.47, 40.55));
        const gis::CoordinateTransform toMercator(gis::Crs::wgs84(), gis::Crs::webMercator());
        gis::MapSettings fileSettings =
            frameSettings(gis::snapshotOf(fromFile), toMercator.transformBox(lonLat));
        fileSettings.crs = gis::Crs::webMercator();
        gis::MapSettings remoteSettings = fileSettings;
        remoteSettings.layers = {gis::snapshotOf(*remote)};
        QVERIFY(remoteSettings.layers.front().extentSource);
        const QImage expected = render(fileSettings).image;
        const gis::RenderResult drawn = render(remoteSettings);
        QVERIFY2(drawn.errors.isEmpty(), qPrintable(drawn.errors.join(u'\n')));
        QCOMPARE(drawn.image.size(), expected.size());
        int differing = 0, ink = 0;
        for (int y = 0; y < expected.height(); ++y) {
            for (int x = 0; x < expected.width(); ++x) {
                const QColor a = expected.pixelColor(x, y), b = drawn.image.pixelColor(x, y);
                if (a != Qt::white)
                    ++ink;
                if (std::abs(a.red() - b.red()) > 8 || std::abs(a.green() - b.green()) > 8 ||
                    std::abs(a.blue() - b.blue()) > 8)
                    ++differing;
            }
        }
        QVERIFY(ink > expected.width() * expected.height() / 2); // the grid fills the frame
        QVERIFY2(differing <= expected.width() * expected.height() / 1000,
                 qPrintable(QString::number(differing)));
    }

    void cancelStopsAFetch()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        QString error;
        auto source = gis::ExtentFeatureSource::open(server.datasetName(),
                                                     QStringLiteral("remote_grid"), &error);
        QVERIFY2(source, qPrintable(error));
        const gis::Box all(gis::Point(119, 39), gis::Point(122, 42));
        const std::atomic_bool cancel = true;
        QVERIFY(!source->features(all, {}, &cancel, &error));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QVERIFY(!source->readAll(&cancel, &error));
        // A cancelled answer is not kept: the next frame asks again and gets everything.
        const int before = source->requestCount();
        const auto whole = source->features(all, {}, nullptr, &error);
        QVERIFY2(whole, qPrintable(error));
        QCOMPARE(whole->source()->features.size(), std::size_t(10000));
        QCOMPARE(source->requestCount(), before + 1);
        // A render job cancelled while it fetches reports a cancellation, not an error.
        auto layer =
            core::openRemoteLayer(server.datasetName(), QStringLiteral("remote_grid"), &error);
        QVERIFY2(layer, qPrintable(error));
        const gis::RenderResult result =
            gis::MapRenderer(frameSettings(gis::snapshotOf(*layer), all)).renderImage(cancel);
        QVERIFY(result.cancelled);
        QVERIFY(result.errors.isEmpty());
    }

    void fullFeaturesArriveAfterTheFirstFrame()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        QString error;
        auto layer =
            core::openRemoteLayer(server.datasetName(), QStringLiteral("remote_grid"), &error);
        QVERIFY2(layer, qPrintable(error));
        core::ProjectData data;
        data.crs = gis::Crs::wgs84();
        core::PlanProject project(std::move(data));
        const QString id = project.addLayer(layer, {});
        // Editing waits for the full table: a session on the schema alone would edit nothing.
        core::LayerEditing editing(&project);
        QString editError;
        QVERIFY(!editing.start(id, &editError));
        QVERIFY2(editError.contains(QStringLiteral("still being read")), qPrintable(editError));
        auto *loader = new app::RemoteFeatureLoader(&project);
        loader->loadAwaited();
        QTRY_VERIFY_WITH_TIMEOUT(!layer->isAwaitingFeatures(), 60000);
        QCOMPARE(layer->features().features.size(), std::size_t(10000));
        QCOMPARE(
            layer->features().value(layer->features().features.front(), QStringLiteral("note")),
            QVariant(QString(200, u'x')));
        // Frames still come from the server until an edit replaces the features.
        QVERIFY(layer->extentSource());
        project.replaceLayerFeatures(
            id, std::make_shared<const gis::FeatureCollection>(layer->features()));
        QVERIFY(!layer->extentSource());
        QVERIFY(!gis::snapshotOf(*layer).extentSource);
    }

    void aServerThatGoesAwayGivesAnErrorNamingTheDataset()
    {
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/planmap-remote-XXXXXX"));
        const auto server = testing::PgTestServer::startPrivate(dir.path());
        QVERIFY(server);
        QVERIFY(!makeGrid(*server, QStringLiteral("remote_gone"), 20).isEmpty());
        QString error;
        auto layer =
            core::openRemoteLayer(server->datasetName(), QStringLiteral("remote_gone"), &error);
        QVERIFY2(layer, qPrintable(error));
        gis::MapSettings settings = frameSettings(
            gis::snapshotOf(*layer), gis::Box(gis::Point(120, 40), gis::Point(120.1, 40.1)));
        QVERIFY(render(settings).errors.isEmpty());
        const QString dataset = server->datasetName();
        QVERIFY(server->kill());
        settings.extent = gis::Box(gis::Point(120.15, 40.15), gis::Point(120.19, 40.19));
        const gis::RenderResult result = render(settings);
        // A password typed into the dataset name reaches GDAL but no message.
        QString openError;
        QVERIFY(!gis::ExtentFeatureSource::open(dataset + QStringLiteral(" password=hunter2"),
                                                QStringLiteral("remote_gone"), &openError));
        server->remove();
        QVERIFY2(openError.contains(dataset), qPrintable(openError));
        QVERIFY2(!openError.contains(QStringLiteral("hunter2")), qPrintable(openError));
        QCOMPARE(result.errors.size(), 1);
        const QString message = result.errors.front();
        QVERIFY2(message.contains(dataset), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("remote_gone")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("password"), Qt::CaseInsensitive),
                 qPrintable(message));
    }

    void cleanupTestCase()
    {
        if (const auto server = testing::PgTestServer::shared())
            server->psql(QStringLiteral("DROP TABLE IF EXISTS remote_grid"));
    }
};

PLANMAP_TEST(tst_remoterender)
#include "tst_remoterender.moc"
