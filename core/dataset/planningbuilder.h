#pragma once

#include "csvtable.h"
#include "repairlog.h"

#include "data/featurecollection.h"

#include <map>
#include <optional>

namespace core {

// Every planning feature must say whether its outline is administrative or schematic, and
// where it comes from.
inline const QStringList &requiredPlanningFields()
{
    static const QStringList fields{QStringLiteral("key"), QStringLiteral("name_zh"),
                                    QStringLiteral("name_en"), QStringLiteral("status"),
                                    QStringLiteral("source")};
    return fields;
}

// Reads a hand-made planning layer (GeoJSON) and checks its fields, keys and geometries.
std::optional<gis::FeatureCollection> buildPlanningLayer(const QString &path,
                                                         const QString &layerName,
                                                         RepairLog &repairs, QString *error);

using LayerMap = std::map<QString, const gis::FeatureCollection *>;

// Key field of each layer: the attribute statistics and memberships refer to.
QString keyFieldOf(const QString &layerName);

// Layout areas dissolved from their members (`layer:key;layer:key`).
std::optional<gis::FeatureCollection> buildLayoutAreas(const CsvTable &areas,
                                                       const LayerMap &layers, QString *error);

// The statistics table: every row must join to an existing feature.
std::optional<gis::FeatureCollection> buildStatistics(const CsvTable &statistics,
                                                      const LayerMap &layers,
                                                      const QString &seedDir, QString *error);

} // namespace core
