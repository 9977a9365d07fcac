#pragma once

#include "statisticsjoin.h"
#include "statisticstable.h"

namespace gis {
class GeodesicMeasurer;
struct FeatureCollection;
} // namespace gis

namespace core {

// The indicators the engine computes. Each returns derived rows (Indicator::derived set),
// whose `sourceFile` names the computation and whose quote says what it was computed from.
namespace derived {

inline QString areaName()
{
    return QStringLiteral("area_km2");
}
inline QString perimeterName()
{
    return QStringLiteral("perimeter_km");
}
inline QString lengthName()
{
    return QStringLiteral("length_km");
}

// Geodesic area (km²) and perimeter (km) of each polygon, length (km) of each line, on the
// WGS 84 ellipsoid whatever the layer's CRS. Features without a key are skipped.
QVector<Indicator> geometryIndicators(const gis::FeatureCollection &features,
                                      const StatisticsJoin &join);
// The same with the caller's measurer (in the features' CRS), which may remember the polygons
// it measured to measure their edits by the change (a drag, every frame).
QVector<Indicator> geometryIndicators(const gis::FeatureCollection &features,
                                      const StatisticsJoin &join,
                                      const gis::GeodesicMeasurer &measurer);

// Whether a figure is a total that adds up over features: money or counts, and not a value per
// something ("per project" in its qualifier, "_per_" in its name), such as a project size
// threshold, whose value per km² or share of a sum would mean nothing.
bool isSummable(const Indicator &figure);
// Summable imported figures, and the derived totals: areas, counts and sums of points inside.
bool isShareable(const Indicator &figure);

// "<indicator>_per_km2" for every summable figure of a feature with an area.
QVector<Indicator> perAreaIndicators(const StatisticsTable &figures, const StatisticsTable &areas);

// "<indicator>_share" (percent) of every shareable figure: each feature's part of the sum over
// its group for the same indicator, unit and period. Without `groupKeys` the group is every feature
// of the layer that has the figure; groups of fewer than two features give nothing, as 100 % tells
// nothing. A named group ("four_plates") gives "<indicator>_share_of_<groupName>".
QVector<Indicator> groupShares(const StatisticsTable &figures, const QString &layerId,
                               const QStringList &groupKeys = {}, const QString &groupName = {});

// "<indicator>_yoy_change" where the table has the same indicator for the period a year
// earlier ("2019-H1" before "2020-H1"): percent change, or for percentages the difference in
// percentage points.
QVector<Indicator> yearOnYearChanges(const StatisticsTable &figures);

// The year before a period, or empty when the period does not start with a year.
QString previousYearPeriod(const QString &period);

} // namespace derived

} // namespace core
