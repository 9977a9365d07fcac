#pragma once

#include "postgis/pgconnectioninfo.h"

#include <QCoreApplication>

namespace app {

// Where planmap keeps the PostGIS passwords the planner gives it: in memory for the session
// (PgPasswordCache, which GDAL's opens ask) and, when asked and available, in the system
// keychain (PgKeychain), read back once at the next start. Never in a project, the settings,
// a message or a log. pg_service.conf and .pgpass need none of this: libpq reads them itself.
class PgPasswords
{
    Q_DECLARE_TR_FUNCTIONS(PgPasswords)
public:
    // At start, in the GUI thread: installs the cache as the password lookup and reads the
    // keychain's passwords of the stored connections into it.
    static void installAtStart();

    // Keeps `password` for the connection in memory and, when `inKeychain`, in the keychain;
    // false (with `error`) when the keychain refused it (it is then kept for this session).
    static bool remember(const gis::postgis::PgConnectionInfo &connection, const QString &password,
                         bool inKeychain, QString *error);
    // The password known for `from` now serves `to` (a connection edited or renamed).
    static void carryOver(const gis::postgis::PgConnectionInfo &from,
                          const gis::postgis::PgConnectionInfo &to);
    // Forgets the connection's password, in memory and in the keychain.
    static void forget(const gis::postgis::PgConnectionInfo &connection);
};

} // namespace app
