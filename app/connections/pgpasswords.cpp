#include "pgpasswords.h"

#include "pgkeychain.h"
#include "pgpasswordcache.h"

#include "postgis/pgconnectionstore.h"

namespace app {

void PgPasswords::installAtStart()
{
    PgPasswordCache &cache = PgPasswordCache::instance();
    cache.install();
    const QList<gis::postgis::PgConnectionInfo> connections =
        gis::postgis::PgConnectionStore().connections();
    // Asked now, once, so that no dialog waits on the keychain later.
    const bool keychain = PgKeychain::isAvailable();
    if (connections.isEmpty() || !keychain)
        return; // libpq's own sources, or a password asked for this session
    for (const gis::postgis::PgConnectionInfo &connection : connections) {
        if (const auto password = PgKeychain::read(connection.name(), nullptr))
            cache.set(connection.datasetName(), *password);
    }
}

bool PgPasswords::remember(const gis::postgis::PgConnectionInfo &connection,
                           const QString &password, bool inKeychain, QString *error)
{
    PgPasswordCache::instance().set(connection.datasetName(), password);
    if (!inKeychain) {
        QString ignored;
        if (PgKeychain::isAvailable()) // "remember" unticked: an older entry goes too
            PgKeychain::remove(connection.name(), &ignored);
        return true;
    }
    if (!PgKeychain::isAvailable()) {
        if (error)
            *error = tr("no system keychain is available");
        return false;
    }
    return PgKeychain::write(connection.name(), password, error);
}

void PgPasswords::carryOver(const gis::postgis::PgConnectionInfo &from,
                            const gis::postgis::PgConnectionInfo &to)
{
    PgPasswordCache &cache = PgPasswordCache::instance();
    const std::optional<QString> password = cache.find(from.datasetName());
    if (!password)
        return;
    cache.remove(from.datasetName());
    cache.set(to.datasetName(), *password);
    if (from.name() != to.name() && PgKeychain::isAvailable()) {
        QString ignored;
        if (PgKeychain::read(from.name(), &ignored) &&
            PgKeychain::write(to.name(), *password, &ignored))
            PgKeychain::remove(from.name(), &ignored);
    }
}

void PgPasswords::forget(const gis::postgis::PgConnectionInfo &connection)
{
    PgPasswordCache::instance().remove(connection.datasetName());
    if (PgKeychain::isAvailable()) {
        QString ignored;
        PgKeychain::remove(connection.name(), &ignored);
    }
}

} // namespace app
