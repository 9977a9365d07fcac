#include "pgpasswordsource.h"

#include "pgsql.h"

#include <mutex>

namespace gis::postgis {

namespace {

std::mutex lookupMutex;
PgPasswordSource::Lookup &installedLookup()
{
    static PgPasswordSource::Lookup lookup;
    return lookup;
}

} // namespace

void PgPasswordSource::install(Lookup lookup)
{
    const std::lock_guard lock(lookupMutex);
    installedLookup() = std::move(lookup);
}

QString PgPasswordSource::openableName(const QString &datasetName)
{
    if (!isPostgisDataset(datasetName) || withoutPassword(datasetName) != datasetName)
        return datasetName;
    Lookup lookup;
    {
        const std::lock_guard lock(lookupMutex);
        lookup = installedLookup();
    }
    if (!lookup)
        return datasetName;
    const std::optional<QString> password = lookup(datasetName);
    if (!password)
        return datasetName;
    return datasetName + QStringLiteral(" password=") + conninfoValue(*password);
}

} // namespace gis::postgis
