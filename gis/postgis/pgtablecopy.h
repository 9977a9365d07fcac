#pragma once

#include "pgsql.h"

#include <QCoreApplication>

class GDALDataset;
class OGRLayer;

namespace gis::postgis {

// One OGR layer copied into a table of a PostGIS schema, as a team's shared layer: the same
// name, fields, CRS and geometry type, the features with their FIDs in the key column `fid`,
// the geometries in `geom` with a GiST index. Runs in the target's open transaction, so a
// failure leaves nothing once the caller rolls back.
class PgTableCopy
{
    Q_DECLARE_TR_FUNCTIONS(PgTableCopy)
public:
    static constexpr const char *fidColumn = "fid";
    static constexpr const char *geometryColumn = "geom";

    // Creates `schema`.<source's name> in `target` (replacing a table of that name when
    // `replace`) and copies every feature; the table's name, or nothing with the reason.
    static std::optional<TableName> copy(OGRLayer &source, GDALDataset &target,
                                         const QString &schema, bool replace, QString *error);
};

} // namespace gis::postgis
