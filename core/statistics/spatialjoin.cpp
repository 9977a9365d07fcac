#include "spatialjoin.h"

#include "crs/coordinatetransform.h"
#include "data/featurecollection.h"
#include "index/spatialindex.h"

#include <boost/geometry/algorithms/covered_by.hpp>

namespace core {

namespace {

struct LocatedPoint
{
    gis::Point point;
    std::optional<double> value;
};

std::vector<LocatedPoint> locatePoints(const gis::FeatureCollection &points,
                                       const gis::Crs &zoneCrs, const QString &attribute)
{
    const gis::CoordinateTransform toZones(points.crs, zoneCrs);
    std::vector<LocatedPoint> located;
    if (!toZones.isValid())
        return located;
    const int field = attribute.isEmpty() ? -1 : points.fieldIndex(attribute);
    for (std::size_t i = 0; i < points.features.size(); ++i) {
        const gis::Geometry geometry = points.geometry(i);
        const auto *multi = std::get_if<gis::MultiPoint>(&geometry);
        if (!multi)
            continue;
        std::optional<double> value;
        bool numeric = false;
        if (field >= 0) {
            const double number = points.features[i].attributes.value(field).toDouble(&numeric);
            if (numeric)
                value = number;
        }
        for (const gis::Point &point : *multi)
            located.push_back({toZones.transform(point), value});
    }
    return located;
}

Indicator zoneRow(const StatisticsJoin &join, const QString &key, const QString &name, double value,
                  const QString &unit, const SpatialJoinRequest &request)
{
    Indicator row;
    row.layerId = join.layerId();
    row.featureKey = key;
    row.name = name;
    row.value = value;
    row.unit = unit;
    row.sourceFile = QStringLiteral("planmap");
    row.quote = QStringLiteral("points of %1 inside each feature of %2")
                    .arg(request.pointLayerId, request.zoneLayerId);
    row.derived = true;
    return row;
}

} // namespace

QVector<Indicator> spatialJoin(const gis::FeatureCollection &zones, const StatisticsJoin &zoneJoin,
                               const gis::FeatureCollection &points,
                               const SpatialJoinRequest &request)
{
    QVector<Indicator> rows;
    if (!zoneJoin.appliesTo(zones))
        return rows;
    const std::vector<LocatedPoint> located = locatePoints(points, zones.crs, request.attribute);
    std::vector<gis::Box> envelopes;
    envelopes.reserve(located.size());
    for (const LocatedPoint &p : located)
        envelopes.push_back({p.point, p.point});
    const gis::SpatialIndex index(envelopes);
    for (std::size_t z = 0; z < zones.features.size(); ++z) {
        const QString key = zoneJoin.keyOf(zones, z);
        const gis::Geometry geometry = zones.geometry(z);
        const auto *area = std::get_if<gis::MultiPolygon>(&geometry);
        if (key.isEmpty() || !area)
            continue;
        int count = 0, valued = 0;
        double sum = 0;
        for (std::size_t candidate : index.query(zones.envelope(z))) {
            if (!boost::geometry::covered_by(located[candidate].point, *area))
                continue;
            ++count;
            if (located[candidate].value) {
                ++valued;
                sum += *located[candidate].value;
            }
        }
        rows.push_back(zoneRow(zoneJoin, key, request.name + QStringLiteral("_count"), count,
                               QStringLiteral("count"), request));
        if (valued > 0) {
            rows.push_back(zoneRow(zoneJoin, key, request.name + QStringLiteral("_sum"), sum,
                                   request.unit, request));
            rows.push_back(zoneRow(zoneJoin, key, request.name + QStringLiteral("_mean"),
                                   sum / valued, request.unit, request));
        }
    }
    return rows;
}

} // namespace core
