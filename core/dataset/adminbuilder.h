#pragma once

#include "csvtable.h"
#include "repairlog.h"

#include "data/featurecollection.h"

#include <optional>

namespace core {

// The 60 county-level units of Jilin: upstream outlines (one GeoJSON per prefecture) joined
// to counties.csv for names, current parent and former codes, then repaired.
std::optional<gis::FeatureCollection> buildCounties(const QString &upstreamDir,
                                                    const CsvTable &counties,
                                                    const CsvTable &prefectures, RepairLog &repairs,
                                                    QString *error);

// The 9 prefecture-level units, dissolved from the counties by their current parent.
std::optional<gis::FeatureCollection> buildPrefectures(const gis::FeatureCollection &counties,
                                                       const CsvTable &prefectures, QString *error);

} // namespace core
