#pragma once

#include "pgtestserver.h"

#include "postgis/pgconnectioninfo.h"
#include "postgis/pgsql.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

namespace testing {

// What the connection tests share: the user's settings in a temporary folder (so stored
// connections never touch the real ones, and the files can be searched for passwords), a role
// of their own whose password only the test knows, and a pgpass file without it.
class ConnectionsFixture
{
public:
    static constexpr const char *role = "connections_planner";
    // Quotes, a space and a semicolon: it must reach libpq quoted, and nothing else.
    static QString password() { return QStringLiteral("Pw'conn; 7 secret"); }

    ConnectionsFixture()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("planmap-connections-test"));
        QCoreApplication::setApplicationName(QStringLiteral("planmap-connections-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, mSettings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, mSettings.path());
        QSettings().clear();
    }

    // The server's port, from its conninfo.
    static int port(const PgTestServer &server)
    {
        static const QRegularExpression portPattern(QStringLiteral("port=(\\d+)"));
        return portPattern.match(server.conninfo()).captured(1).toInt();
    }

    // A connection to the shared server as the test's role.
    static gis::postgis::PgConnectionInfo connection(const PgTestServer &server,
                                                     const QString &name)
    {
        gis::postgis::PgConnectionInfo::Parameters parameters;
        parameters.host = QStringLiteral("127.0.0.1");
        parameters.port = port(server);
        parameters.database = QStringLiteral("planmap_test");
        parameters.user = QLatin1String(role);
        return gis::postgis::PgConnectionInfo(name, parameters);
    }

    // The role (once) with the password, allowed to read `schema`.
    static bool grantRole(const PgTestServer &server, const QString &schema)
    {
        using gis::postgis::quoteIdentifier;
        using gis::postgis::quoteLiteral;
        const QString roleName = QLatin1String(role);
        return server
            .psql(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                                 "%1) THEN CREATE ROLE %2 LOGIN PASSWORD %3; END IF; END $$; "
                                 "GRANT USAGE ON SCHEMA %4 TO %2; "
                                 "GRANT SELECT ON ALL TABLES IN SCHEMA %4 TO %2")
                      .arg(quoteLiteral(roleName), quoteIdentifier(roleName),
                           quoteLiteral(password()), quoteIdentifier(schema)))
            .has_value();
    }

    // libpq reads an empty pgpass from now on: only planmap can give the role's password.
    void emptyPassFile()
    {
        const QString path = mSettings.filePath(QStringLiteral("empty-pgpass"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.close();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qputenv("PGPASSFILE", path.toUtf8());
    }

    // Every settings file written so far, concatenated.
    QByteArray settingsBytes() const
    {
        QByteArray bytes;
        QDirIterator files(mSettings.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

private:
    QTemporaryDir mSettings;
};

} // namespace testing
