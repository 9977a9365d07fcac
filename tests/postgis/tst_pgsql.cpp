#include "pgtestserver.h"
#include "testregistry.h"

#include "data/gdalhandles.h"
#include "postgis/pgsql.h"
#include "postgis/pgversioning.h"

#include <gdal_priv.h>

using namespace gis::postgis;

// The SQL helpers against a real server: names with quotes and semicolons are one identifier,
// and the version trigger raises a row's version on every update, whoever makes it.
class tst_pgsql : public QObject
{
    Q_OBJECT
private slots:
    void hostileNamesStayIdentifiers()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        const QString schema = QStringLiteral("pm\"; DROP TABLE victim; --");
        const QString table = QStringLiteral("zo'ne\"; SELECT 1; --");
        QVERIFY(server.psql(QStringLiteral("CREATE TABLE IF NOT EXISTS victim (id int)")));
        QVERIFY(server.psql(QStringLiteral("CREATE SCHEMA %1").arg(quoteIdentifier(schema))));
        QVERIFY(server.psql(QStringLiteral("CREATE TABLE %1 (id int, note text)")
                                .arg(qualifiedName(schema, table))));
        QVERIFY(server.psql(QStringLiteral("INSERT INTO %1 VALUES (1, %2)")
                                .arg(qualifiedName(schema, table),
                                     quoteLiteral(QStringLiteral("it's \\ a ; test")))));
        QCOMPARE(
            *server.psql(QStringLiteral("SELECT note FROM %1").arg(qualifiedName(schema, table))),
            QStringLiteral("it's \\ a ; test"));
        QCOMPARE(*server.psql(QStringLiteral("SELECT to_regclass('public.victim') IS NOT NULL")),
                 QStringLiteral("t"));

        const gis::GdalDatasetPointer dataset = gis::openVectorReadOnly(server.datasetName());
        QVERIFY(dataset);
        QString error;
        const auto resolved = resolveTable(*dataset, schema + u'.' + table, &error);
        QVERIFY2(resolved, qPrintable(error));
        QCOMPARE(resolved->schema, schema);
        QCOMPARE(resolved->table, table);
    }

    void versionRisesOnEveryUpdate()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        QVERIFY(server.psql(QStringLiteral("CREATE TABLE versioned (id int primary key, v text); "
                                           "INSERT INTO versioned VALUES (1, 'a')")));
        gis::GdalDatasetPointer dataset(GDALDataset::Open(server.datasetName().toUtf8().constData(),
                                                          GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr,
                                                          nullptr, nullptr));
        QVERIFY(dataset);
        const TableName table{QStringLiteral("public"), QStringLiteral("versioned")};
        QString error;
        QVERIFY(!PgVersioning::isVersioned(*dataset, table, &error));
        QVERIFY2(PgVersioning::install(*dataset, table, &error), qPrintable(error));
        QVERIFY(PgVersioning::isVersioned(*dataset, table, &error));
        QVERIFY2(PgVersioning::install(*dataset, table, &error),
                 qPrintable(error)); // again: no harm
        QVERIFY(server.psql(
            QStringLiteral("UPDATE versioned SET v = 'b'; UPDATE versioned SET v = 'c'")));
        QCOMPARE(*server.psql(QStringLiteral("SELECT planmap_version FROM versioned")),
                 QStringLiteral("3"));
    }

    void passwordsLeaveDatasetNames()
    {
        QCOMPARE(withoutPassword(QStringLiteral("PG:host=a password=secret dbname=b")),
                 QStringLiteral("PG:host=a dbname=b"));
        QCOMPARE(withoutPassword(QStringLiteral("PG:password='se cr\\'et' dbname=b")),
                 QStringLiteral("PG:dbname=b"));
        QCOMPARE(withoutPassword(QStringLiteral("PG:dbname=b PASSWORD = x")),
                 QStringLiteral("PG:dbname=b"));
        QCOMPARE(conninfoValue(QStringLiteral("it's me")), QStringLiteral("'it\\'s me'"));
    }
};

PLANMAP_TEST(tst_pgsql)
#include "tst_pgsql.moc"
