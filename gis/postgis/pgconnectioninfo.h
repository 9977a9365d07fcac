#pragma once

#include <QString>
#include <QStringList>

namespace gis::postgis {

// A named PostgreSQL/PostGIS connection as the planner defined it: either a pg_service.conf
// entry or host, port, database, user and SSL mode. It never holds a password: libpq finds
// one in pg_service.conf or .pgpass, or the front end supplies one through PgPasswordSource.
class PgConnectionInfo
{
public:
    struct Parameters
    {
        QString service; // a pg_service.conf entry; the fields below refine or replace it
        QString host;
        int port = 0; // 0: libpq's default (5432 or the service's)
        QString database;
        QString user;
        QString sslMode; // empty: libpq's default ("prefer"); else one of sslModes()
        friend bool operator==(const Parameters &, const Parameters &) = default;
    };

    PgConnectionInfo() = default;
    PgConnectionInfo(QString name, Parameters parameters);

    const QString &name() const { return mName; }
    const QString &service() const { return mParameters.service; }
    const QString &host() const { return mParameters.host; }
    int port() const { return mParameters.port; }
    const QString &database() const { return mParameters.database; }
    const QString &user() const { return mParameters.user; }
    const QString &sslMode() const { return mParameters.sslMode; }
    const Parameters &parameters() const { return mParameters; }

    // A name, and a service or a database to connect to.
    bool isValid() const;
    // libpq's "host=… port=… dbname=… user=… sslmode=…", every value quoted as libpq wants,
    // without password.
    QString conninfo() const;
    // GDAL's PostgreSQL dataset name: "PG:" and the conninfo.
    QString datasetName() const;
    // "host:port/database" (or "service NAME"): where it connects, for messages.
    QString displayTarget() const;

    // The SSL modes libpq knows, weakest first.
    static QStringList sslModes();

    friend bool operator==(const PgConnectionInfo &, const PgConnectionInfo &) = default;

private:
    QString mName;
    Parameters mParameters;
};

} // namespace gis::postgis
