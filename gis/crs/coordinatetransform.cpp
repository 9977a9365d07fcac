#include "coordinatetransform.h"

#include "projcontext.h"

#include <boost/geometry/algorithms/expand.hpp>

#include <proj.h>

#include <cmath>

namespace gis {

namespace bg = boost::geometry;

struct CoordinateTransform::Handle
{
    PJ *pj = nullptr;
    ~Handle() { proj_destroy(pj); }
};

CoordinateTransform::CoordinateTransform(const Crs &source, const Crs &destination)
{
    if (!source.isValid() || !destination.isValid()) {
        mError = QStringLiteral("invalid source or destination CRS");
        return;
    }
    if (source.isEquivalentTo(destination)) {
        mIdentity = true;
        return;
    }
    PJ_CONTEXT *context = detail::threadProjContext();
    PJ *raw = proj_create_crs_to_crs(context, source.wkt().toUtf8().constData(),
                                     destination.wkt().toUtf8().constData(), nullptr);
    if (!raw) {
        mError = QStringLiteral("PROJ found no transformation from %1 to %2")
                     .arg(source.name(), destination.name());
        return;
    }
    mHandle = std::make_unique<Handle>();
    mHandle->pj = proj_normalize_for_visualization(context, raw);
    proj_destroy(raw);
    if (!mHandle->pj)
        mError = QStringLiteral("PROJ could not normalise the axis order");
}

CoordinateTransform::~CoordinateTransform() = default;

bool CoordinateTransform::isValid() const
{
    return mIdentity || (mHandle && mHandle->pj);
}

void CoordinateTransform::transformPoints(Point *points, std::size_t count) const
{
    if (mIdentity || count == 0 || !isValid())
        return;
    static_assert(sizeof(Point) == 2 * sizeof(double));
    double *xs = reinterpret_cast<double *>(points);
    proj_trans_generic(mHandle->pj, PJ_FWD, xs, sizeof(Point), count, xs + 1, sizeof(Point), count,
                       nullptr, 0, 0, nullptr, 0, 0);
}

Point CoordinateTransform::transform(const Point &point) const
{
    Point result = point;
    transformPoints(&result, 1);
    return result;
}

bool CoordinateTransform::transformInPlace(Geometry &geometry) const
{
    if (!isValid())
        return false;
    if (mIdentity)
        return true;
    auto apply = [this](auto &range) {
        transformPoints(range.data(), range.size());
    };
    if (auto *points = std::get_if<MultiPoint>(&geometry)) {
        apply(*points);
    } else if (auto *lines = std::get_if<MultiLineString>(&geometry)) {
        for (LineString &line : *lines)
            apply(line);
    } else if (auto *polygons = std::get_if<MultiPolygon>(&geometry)) {
        for (Polygon &polygon : *polygons) {
            apply(polygon.outer());
            for (Ring &inner : polygon.inners())
                apply(inner);
        }
    }
    return true;
}

Box CoordinateTransform::transformBox(const Box &box) const
{
    if (mIdentity)
        return box;
    constexpr int steps = 20;
    const double x0 = box.min_corner().x(), y0 = box.min_corner().y();
    const double dx = (box.max_corner().x() - x0) / steps;
    const double dy = (box.max_corner().y() - y0) / steps;
    Box result;
    bg::assign_inverse(result);
    for (int i = 0; i <= steps; ++i) {
        for (int j = 0; j <= steps; ++j) {
            const Point p = transform(Point(x0 + i * dx, y0 + j * dy));
            if (std::isfinite(p.x()) && std::isfinite(p.y()))
                bg::expand(result, p);
        }
    }
    return result;
}

} // namespace gis
