#include "pgpasswordcache.h"

#include "postgis/pgpasswordsource.h"
#include "postgis/pgsql.h"

namespace app {

PgPasswordCache &PgPasswordCache::instance()
{
    static PgPasswordCache cache;
    return cache;
}

void PgPasswordCache::set(const QString &datasetName, const QString &password)
{
    const std::lock_guard lock(mMutex);
    mPasswords.insert(gis::postgis::withoutPassword(datasetName), password);
}

void PgPasswordCache::remove(const QString &datasetName)
{
    const std::lock_guard lock(mMutex);
    mPasswords.remove(gis::postgis::withoutPassword(datasetName));
}

std::optional<QString> PgPasswordCache::find(const QString &datasetName) const
{
    const std::lock_guard lock(mMutex);
    const auto found = mPasswords.constFind(gis::postgis::withoutPassword(datasetName));
    if (found == mPasswords.constEnd())
        return std::nullopt;
    return *found;
}

void PgPasswordCache::install()
{
    gis::postgis::PgPasswordSource::install(
        [this](const QString &datasetName) { return find(datasetName); });
}

} // namespace app
