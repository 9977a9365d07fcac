#include "crsplausibility.h"

#include "coordinatetransform.h"

#include <QCoreApplication>

#include <cmath>

namespace gis {

namespace {

// Generous margins: data often spills past a CRS's nominal area (a Gauss–Krüger zone is used
// well beyond its 3 degrees), and longitudes in 0–360 are common.
constexpr double areaMarginDegrees = 15.0;

bool isEmptyBox(const Box &box)
{
    return !(box.min_corner().x() <= box.max_corner().x() &&
             box.min_corner().y() <= box.max_corner().y());
}

QString describe(const Box &box)
{
    return QStringLiteral("%1, %2 – %3, %4")
        .arg(box.min_corner().x(), 0, 'g', 8)
        .arg(box.min_corner().y(), 0, 'g', 8)
        .arg(box.max_corner().x(), 0, 'g', 8)
        .arg(box.max_corner().y(), 0, 'g', 8);
}

std::optional<QString> lonLatReason(const Box &extent, const Crs &crs)
{
    const bool fits = extent.min_corner().x() >= -540 && extent.max_corner().x() <= 540 &&
                      extent.min_corner().y() >= -90.5 && extent.max_corner().y() <= 90.5;
    if (fits)
        return std::nullopt;
    const QString declared =
        crs.isValid()
            ? crs.name()
            : QCoreApplication::translate("gis::CrsPlausibility", "none, so longitude/latitude");
    return QCoreApplication::translate(
               "gis::CrsPlausibility",
               "coordinates %1 are not longitudes and latitudes, but the CRS is %2: "
               "the data is probably projected; set its real CRS")
        .arg(describe(extent), declared);
}

bool nearArea(const Box &lonLat, const Box &area)
{
    const bool crossesAntimeridian = area.min_corner().x() > area.max_corner().x();
    const double west = area.min_corner().x() - areaMarginDegrees;
    const double east = area.max_corner().x() + areaMarginDegrees + (crossesAntimeridian ? 360 : 0);
    return lonLat.max_corner().x() >= west && lonLat.min_corner().x() <= east &&
           lonLat.max_corner().y() >= area.min_corner().y() - areaMarginDegrees &&
           lonLat.min_corner().y() <= area.max_corner().y() + areaMarginDegrees;
}

} // namespace

std::optional<QString> implausibleCrsReason(const Box &extent, const Crs &crs)
{
    if (isEmptyBox(extent))
        return std::nullopt;
    if (!crs.isValid() || crs.isGeographic())
        return lonLatReason(extent, crs);
    const std::optional<Box> area = crs.areaOfUse();
    if (!area)
        return std::nullopt;
    const CoordinateTransform toLonLat(crs, Crs::wgs84());
    const Box lonLat = toLonLat.isValid() ? toLonLat.transformBox(extent) : Box();
    const bool finite =
        std::isfinite(lonLat.min_corner().x()) && std::isfinite(lonLat.max_corner().y());
    if (finite && !isEmptyBox(lonLat) && nearArea(lonLat, *area))
        return std::nullopt;
    return QCoreApplication::translate(
               "gis::CrsPlausibility",
               "coordinates %1 lie far outside where %2 is used (%3 in longitude/latitude): "
               "the declared CRS is probably wrong")
        .arg(describe(extent), crs.name(), describe(*area));
}

} // namespace gis
