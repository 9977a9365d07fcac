#pragma once

#include "csvtable.h"
#include "repairlog.h"

#include "data/featurecollection.h"

#include <optional>

namespace core {

// Prefectures of Liaoning, Heilongjiang and eastern Inner Mongolia, one upstream file each,
// named from neighbours.csv.
std::optional<gis::FeatureCollection> buildNeighbours(const QString &upstreamDir,
                                                      const CsvTable &names, RepairLog &repairs,
                                                      QString *error);

// Natural Earth 1:50m countries (TopoJSON), with Chinese names where countries_zh.csv has one.
std::optional<gis::FeatureCollection> buildCountries(const QString &topoJsonPath,
                                                     const CsvTable &chineseNames,
                                                     RepairLog &repairs, QString *error);

} // namespace core
