#include "connectionsfixture.h"
#include "testregistry.h"

#include "layer/extentfeaturesource.h"
#include "postgis/pgcatalog.h"
#include "postgis/pgconnectionstore.h"
#include "project/layerfileloader.h"
#include "project/projectfile.h"

#include "crs/crs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace gis::postgis;

// Named connections (kept in the user's settings, never with a password), the catalogue the
// layer browser lists, loading chosen tables, and projects that name a connection.
class tst_pgconnections : public QObject
{
    Q_OBJECT
private slots:
    void conninfoQuotesValuesAndHoldsNoPassword()
    {
        PgConnectionInfo::Parameters parameters;
        parameters.host = QStringLiteral("db.example");
        parameters.port = 6543;
        parameters.database = QStringLiteral("plan 'db'");
        parameters.user = QStringLiteral("planner");
        parameters.sslMode = QStringLiteral("require");
        const PgConnectionInfo connection(QStringLiteral("Office"), parameters);
        QVERIFY(connection.isValid());
        QCOMPARE(connection.conninfo(), QStringLiteral("host=db.example port=6543 dbname='plan "
                                                       "\\'db\\'' user=planner sslmode=require"));
        QCOMPARE(connection.datasetName(), QStringLiteral("PG:") + connection.conninfo());
        QCOMPARE(connection.displayTarget(), QStringLiteral("db.example:6543/plan 'db'"));

        PgConnectionInfo::Parameters service;
        service.service = QStringLiteral("office");
        service.sslMode = QStringLiteral("no such mode");
        const PgConnectionInfo byService(QStringLiteral("By service"), service);
        QCOMPARE(byService.datasetName(), QStringLiteral("PG:service=office"));
        QVERIFY(!PgConnectionInfo(QString(), service).isValid());
    }

    void storeAddsReplacesAndRemoves()
    {
        testing::ConnectionsFixture fixture;
        PgConnectionStore store;
        QVERIFY(store.connections().isEmpty());
        PgConnectionInfo::Parameters parameters;
        parameters.database = QStringLiteral("a");
        store.add(PgConnectionInfo(QStringLiteral("one"), parameters));
        store.add(PgConnectionInfo(QStringLiteral("two/with slash"), parameters));
        parameters.database = QStringLiteral("b");
        store.add(PgConnectionInfo(QStringLiteral("one"), parameters));
        QCOMPARE(store.connections().size(), 2);
        QCOMPARE(store.find(QStringLiteral("one"))->database(), QStringLiteral("b"));
        QCOMPARE(PgConnectionStore().datasetName(QStringLiteral("one")),
                 QStringLiteral("PG:dbname=b"));
        QVERIFY(store.remove(QStringLiteral("one")));
        QVERIFY(!store.remove(QStringLiteral("one")));
        QVERIFY(!store.find(QStringLiteral("one")));
        QCOMPARE(store.find(QStringLiteral("two/with slash"))->database(), QStringLiteral("a"));
        // A name this machine does not store is a pg_service.conf entry.
        QCOMPARE(store.datasetName(QStringLiteral("one")), QStringLiteral("PG:service=one"));
        QCOMPARE(store.datasetName(QStringLiteral("my office")),
                 QStringLiteral("PG:service='my office'"));
    }

    void catalogListsHostileNamesAndTheyLoad()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        const QString schema = QStringLiteral("connections\"; DROP TABLE x; --");
        const QString table = QStringLiteral("zo'ne; \"parks\"");
        QVERIFY(server.psql(QStringLiteral("CREATE SCHEMA %1; CREATE TABLE %2 (id serial PRIMARY "
                                           "KEY, name text, geom geometry(MultiPolygon, 4490)); "
                                           "INSERT INTO %2 (name, geom) VALUES ('a', "
                                           "ST_Multi(ST_MakeEnvelope(125, 43, 126, 44, 4490))), "
                                           "('b', ST_Multi(ST_MakeEnvelope(126, 43, 127, 44, "
                                           "4490)))")
                                .arg(quoteIdentifier(schema), qualifiedName(schema, table))));
        QString error;
        const auto tables = PgCatalog::spatialTables(server.datasetName(), &error);
        QVERIFY2(tables, qPrintable(error));
        const auto found = std::find_if(tables->begin(), tables->end(), [&](const auto &entry) {
            return entry.schema == schema && entry.table == table;
        });
        QVERIFY(found != tables->end());
        QCOMPARE(found->layerName, schema + u'.' + table);
        QCOMPARE(found->geometryType, QStringLiteral("Multi Polygon"));
        QCOMPARE(found->crs, QStringLiteral("EPSG:4490"));
        // Tables of the current schema go by their bare name, as GDAL calls them.
        QVERIFY(server.psql(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS public.connections_points (id serial PRIMARY KEY, geom "
            "geometry(Point, 4326))")));
        const auto again = PgCatalog::spatialTables(server.datasetName(), &error);
        QVERIFY(std::any_of(again->begin(), again->end(), [](const auto &entry) {
            return entry.schema == u"public" && entry.layerName == u"connections_points" &&
                   entry.geometryType == u"Point";
        }));

        const core::LoadedLayers loaded = core::loadDatasetLayers(
            {server.datasetName(), {found->layerName}, QStringLiteral("office")},
            gis::Crs::webMercator());
        QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u'\n')));
        QCOMPARE(loaded.vectorLayers.size(), std::size_t(1));
        const auto &layer = *loaded.vectorLayers.front();
        // A PostGIS layer is drawn from requests; its full read (the background one) finds both.
        QVERIFY(layer.extentSource());
        QString readError;
        const auto all = layer.extentSource()->readAll(nullptr, &readError);
        QVERIFY2(all, qPrintable(readError));
        QCOMPARE(all->features.size(), std::size_t(2));
        QCOMPARE(layer.source().layerName, found->layerName);
        QCOMPARE(layer.source().connection, QStringLiteral("office"));
        QCOMPARE(layer.source().dataset, server.datasetName());
    }

    // A PG: name typed with its password: the layers and messages keep it without.
    void adHocPasswordStaysOutOfSourcesAndMessages()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        QVERIFY(server.psql(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS public.connections_adhoc (id serial PRIMARY KEY, geom "
            "geometry(Point, 4326)); INSERT INTO public.connections_adhoc (geom) VALUES "
            "(ST_SetSRID(ST_MakePoint(125.3, 43.9), 4326))")));
        const QString withPassword =
            server.datasetName() + QStringLiteral(" password=planmap-test-password");
        const core::LoadedLayers loaded = core::loadDatasetLayers(
            {withPassword,
             {QStringLiteral("connections_adhoc"), QStringLiteral("no_such_table")},
             {}},
            gis::Crs::webMercator());
        QCOMPARE(loaded.vectorLayers.size(), std::size_t(1));
        QCOMPARE(loaded.vectorLayers.front()->source().dataset, server.datasetName());
        QVERIFY(loaded.vectorLayers.front()->source().connection.isEmpty());
        QCOMPARE(loaded.errors.size(), 1);
        QVERIFY2(loaded.errors.front().contains(QStringLiteral("no_such_table")),
                 qPrintable(loaded.errors.front()));
        QVERIFY(!loaded.errors.front().contains(QStringLiteral("planmap-test-password")));
    }

    void unreachableDatabaseIsNamed()
    {
        QString error;
        const auto tables =
            PgCatalog::spatialTables(QStringLiteral("PG:host=127.0.0.1 port=1 dbname=nowhere "
                                                    "password=never-shown"),
                                     &error);
        QVERIFY(!tables);
        QVERIFY2(error.contains(QStringLiteral("port=1 dbname=nowhere")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("never-shown")));
    }

    // A project names the connection; a name this machine does not store is a pg_service.conf
    // entry, and a name nothing knows skips its layer with a message naming both.
    void projectConnectionsResolveOnThisMachine()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        testing::ConnectionsFixture fixture;
        QVERIFY(server.psql(QStringLiteral(
            "CREATE SCHEMA IF NOT EXISTS connections_svc; CREATE TABLE connections_svc.roads (id "
            "serial PRIMARY KEY, geom geometry(LineString, 4326)); INSERT INTO "
            "connections_svc.roads (geom) VALUES (ST_GeomFromText('LINESTRING(125 43, 126 44)', "
            "4326))")));
        QTemporaryDir dir;
        const QString serviceFile = dir.filePath(QStringLiteral("pg_service.conf"));
        QFile service(serviceFile);
        QVERIFY(service.open(QIODevice::WriteOnly));
        service.write(QStringLiteral("[connections_office]\nhost=127.0.0.1\nport=%1\ndbname="
                                     "planmap_test\nuser=planmap\n")
                          .arg(testing::ConnectionsFixture::port(server))
                          .toUtf8());
        service.close();
        qputenv("PGSERVICEFILE", serviceFile.toUtf8());

        const auto layerEntry = [](const QString &id, const QString &connection) {
            return QJsonObject{
                {QStringLiteral("kind"), QStringLiteral("vector")},
                {QStringLiteral("id"), id},
                {QStringLiteral("source"),
                 QJsonObject{{QStringLiteral("connection"), connection},
                             {QStringLiteral("layer"), QStringLiteral("connections_svc.roads")}}}};
        };
        const QJsonObject project{
            {QStringLiteral("format"), QStringLiteral("planmap-project")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("crs"), QStringLiteral("EPSG:3857")},
            {QStringLiteral("layers"),
             QJsonArray{
                 layerEntry(QStringLiteral("by_service"), QStringLiteral("connections_office")),
                 layerEntry(QStringLiteral("lost"), QStringLiteral("connections_nowhere"))}}};
        const QString path = dir.filePath(QStringLiteral("shared.planmap"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(project).toJson());
        file.close();

        QString error;
        const auto data = core::ProjectFile::read(path, &error);
        qunsetenv("PGSERVICEFILE");
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->layers.size(), std::size_t(1));
        QCOMPARE(data->layers.front()->id(), QStringLiteral("by_service"));
        QCOMPARE(data->layers.front()->source().connection, QStringLiteral("connections_office"));
        // Read like a layer added from the browser: the map asks for the features in view,
        // and the full table is read once, in the background, not while the project opens.
        const gis::VectorLayer &layer = *data->layers.front();
        QVERIFY(layer.extentSource());
        QVERIFY(layer.isAwaitingFeatures());
        QVERIFY(layer.features().features.empty());
        const auto all = layer.extentSource()->readAll(nullptr, &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->features.size(), std::size_t(1));
        const QString warnings = data->warnings.join(u'\n');
        QVERIFY2(warnings.contains(QStringLiteral("“connections_nowhere”")) &&
                     warnings.contains(QStringLiteral("“connections_svc.roads”")),
                 qPrintable(warnings));
    }
};

PLANMAP_TEST(tst_pgconnections)
#include "tst_pgconnections.moc"
