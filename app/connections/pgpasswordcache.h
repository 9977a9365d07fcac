#pragma once

#include <QHash>
#include <QString>

#include <mutex>
#include <optional>

namespace app {

// PostGIS passwords held in memory for this session, by dataset name (without password): the
// keychain's, read once at start, and those typed for this session only. Installed as
// gis::postgis::PgPasswordSource's lookup, which worker threads call; nothing is written
// anywhere.
class PgPasswordCache
{
public:
    static PgPasswordCache &instance();

    void set(const QString &datasetName, const QString &password);
    void remove(const QString &datasetName);
    std::optional<QString> find(const QString &datasetName) const;

    // Makes this cache the lookup GDAL's PostGIS names pass through on their way to GDAL.
    void install();

private:
    PgPasswordCache() = default;

    mutable std::mutex mMutex;
    QHash<QString, QString> mPasswords;
};

} // namespace app
