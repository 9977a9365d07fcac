#include "splitpolygon.h"

#include "ogrgeometryconverter.h"

#include <QCoreApplication>

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/algorithms/correct.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <ogr_api.h>
#include <ogr_geometry.h>

#include <algorithm>

namespace gis {

namespace {

// The pieces of the polygonized arrangement that lie in the zone (their inner point is).
std::vector<MultiPolygon> piecesInside(const OGRGeometry &pieces, const OGRGeometry &zone)
{
    std::vector<MultiPolygon> inside;
    const auto *collection = pieces.toGeometryCollection();
    for (int i = 0; collection && i < collection->getNumGeometries(); ++i) {
        const OGRGeometry *piece = collection->getGeometryRef(i);
        // The C API's point on surface: the C++ one fails on polygons GEOS made (GDAL 3.6).
        const std::unique_ptr<OGRGeometry> inner(OGRGeometry::FromHandle(
            OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRGeometry *>(piece)))));
        if (!inner || !zone.Contains(inner.get()))
            continue;
        Geometry converted = fromOgr(piece);
        if (auto *polygons = std::get_if<MultiPolygon>(&converted)) {
            boost::geometry::correct(*polygons);
            inside.push_back(std::move(*polygons));
        }
    }
    std::sort(inside.begin(), inside.end(), [](const MultiPolygon &a, const MultiPolygon &b) {
        return boost::geometry::area(a) > boost::geometry::area(b);
    });
    return inside;
}

} // namespace

std::optional<std::vector<MultiPolygon>> splitByLine(const MultiPolygon &zone,
                                                     const LineString &line, QString *error)
{
    const std::unique_ptr<OGRGeometry> polygon = toOgr(Geometry{zone});
    const std::unique_ptr<OGRGeometry> cut = toOgr(Geometry{MultiLineString{line}});
    if (!polygon || !cut || line.size() < 2) {
        *error = QCoreApplication::translate("SplitPolygon",
                                             "draw a line of two points or more across the zone");
        return std::nullopt;
    }
    const std::unique_ptr<OGRGeometry> boundary(polygon->Boundary());
    const std::unique_ptr<OGRGeometry> noded(boundary ? boundary->Union(cut.get()) : nullptr);
    const std::unique_ptr<OGRGeometry> pieces(noded ? noded->Polygonize() : nullptr);
    if (!pieces) {
        *error = QCoreApplication::translate(
            "SplitPolygon",
            "the zone could not be cut (GEOS is not available, or the zone is invalid)");
        return std::nullopt;
    }
    std::vector<MultiPolygon> inside = piecesInside(*pieces, *polygon);
    if (inside.size() < 2) {
        *error = QCoreApplication::translate(
            "SplitPolygon", "the line does not cut the zone in two: draw it right across");
        return std::nullopt;
    }
    return inside;
}

} // namespace gis
