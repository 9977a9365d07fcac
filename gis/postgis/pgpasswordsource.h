#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace gis::postgis {

// Where a PostGIS connection's password comes from when the dataset name has none and libpq
// finds none of its own (pg_service.conf, .pgpass, PGPASSWORD): the front end installs a
// lookup (the system keychain). Dataset names stay without passwords everywhere else — in
// projects, messages and logs — and gain one only on their way into GDAL.
class PgPasswordSource
{
public:
    // Called with the dataset name (without password); nothing when it knows none. It may be
    // called from any thread.
    using Lookup = std::function<std::optional<QString>(const QString &datasetName)>;
    static void install(Lookup lookup);

    // The name to hand to GDAL: unchanged unless it is a PostGIS name without password for
    // which the lookup knows one.
    static QString openableName(const QString &datasetName);
};

} // namespace gis::postgis
