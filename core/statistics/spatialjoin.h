#pragma once

#include "statisticsjoin.h"

namespace gis {
struct FeatureCollection;
}

namespace core {

// Counts the points of one layer inside each zone of another, and sums and averages a numeric
// attribute of them ("projects and their investment per plate").
struct SpatialJoinRequest
{
    QString zoneLayerId;
    QString pointLayerId;
    QString attribute; // empty: count only
    QString name;      // prefix of the indicators: "<name>_count", "<name>_sum", "<name>_mean"
    QString unit;      // of the attribute, for the sum and mean

    friend bool operator==(const SpatialJoinRequest &, const SpatialJoinRequest &) = default;
};

// One row per zone with a key: the count (zero too), and where the attribute is numeric the
// sum and mean. Points on a zone's boundary count for it; points in no CRS common with the
// zones are not counted. Candidates come from an R-tree over the points.
QVector<Indicator> spatialJoin(const gis::FeatureCollection &zones, const StatisticsJoin &zoneJoin,
                               const gis::FeatureCollection &points,
                               const SpatialJoinRequest &request);

} // namespace core
