#include "geodesicmeasure.h"

#include "crs/coordinatetransform.h"

#include <geodesic.h>

#include <algorithm>
#include <cmath>

namespace gis {

namespace {

const geod_geodesic &wgs84Ellipsoid()
{
    static const geod_geodesic ellipsoid = [] {
        geod_geodesic g;
        geod_init(&g, 6378137.0, 1 / 298.257223563);
        return g;
    }();
    return ellipsoid;
}

// The closing vertex repeats the first; geod_polygonarea closes rings itself.
std::size_t openCount(const Ring &ring)
{
    return ring.size() > 1 && ring.front().x() == ring.back().x() &&
                   ring.front().y() == ring.back().y()
               ? ring.size() - 1
               : ring.size();
}

// Signed (counter-clockwise positive) area and perimeter of a closed path of lon/lat points.
GeodesicSize measurePath(const Point *points, std::size_t count)
{
    geod_polygon polygon;
    geod_polygon_init(&polygon, 0);
    for (std::size_t i = 0; i < count; ++i)
        geod_polygon_addpoint(&wgs84Ellipsoid(), &polygon, points[i].y(), points[i].x());
    double area = 0;
    double perimeter = 0;
    geod_polygon_compute(&wgs84Ellipsoid(), &polygon, 0, 1, &area, &perimeter);
    return {area, perimeter};
}

GeodesicSize measureRing(const Ring &ring)
{
    const GeodesicSize size = measurePath(ring.data(), openCount(ring));
    return {std::abs(size.areaSquareMetres), size.lengthMetres};
}

double distance(const Point &a, const Point &b)
{
    double metres = 0;
    geod_inverse(&wgs84Ellipsoid(), a.y(), a.x(), b.y(), b.x(), &metres, nullptr, nullptr);
    return metres;
}

template <typename Visit> void forEachRing(MultiPolygon &polygons, Visit visit)
{
    for (Polygon &polygon : polygons) {
        visit(polygon.outer(), true);
        for (Ring &hole : polygon.inners())
            visit(hole, false);
    }
}

template <typename Visit> void forEachRing(const MultiPolygon &polygons, Visit visit)
{
    for (const Polygon &polygon : polygons) {
        visit(polygon.outer(), true);
        for (const Ring &hole : polygon.inners())
            visit(hole, false);
    }
}

bool sameShape(const MultiPolygon &a, const MultiPolygon &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].outer().size() != b[i].outer().size() ||
            a[i].inners().size() != b[i].inners().size())
            return false;
        for (std::size_t h = 0; h < a[i].inners().size(); ++h) {
            if (a[i].inners()[h].size() != b[i].inners()[h].size())
                return false;
        }
    }
    return true;
}

bool samePoint(const Point &a, const Point &b)
{
    return a.x() == b.x() && a.y() == b.y();
}

// How a ring's signed area and perimeter change when the vertices flagged in `moved` take their
// places in `now` (lon/lat in `nowLonLat`): for each run of moved vertices between unmoved ones
// a and b, the closed path a → new run → b → old run backwards → a is made of the new edges and
// the old ones reversed, so its signed area is the change of the ring's.
GeodesicSize ringChange(const Ring &wasLonLat, const std::vector<Point> &nowLonLat,
                        const std::vector<char> &moved)
{
    const std::size_t count = moved.size();
    std::size_t start = 0;
    while (moved[start])
        ++start; // an unmoved vertex exists: the caller checked
    GeodesicSize change;
    std::vector<Point> path;
    for (std::size_t step = 1; step <= count; ++step) {
        const std::size_t i = (start + step) % count;
        if (!moved[i] || moved[(i + count - 1) % count])
            continue;
        // A run starts at i, after the unmoved vertex a.
        const std::size_t a = (i + count - 1) % count;
        std::size_t b = i;
        std::vector<std::size_t> run;
        while (moved[b]) {
            run.push_back(b);
            b = (b + 1) % count;
        }
        path.assign(1, wasLonLat[a]);
        for (std::size_t index : run)
            path.push_back(nowLonLat[index]);
        path.push_back(wasLonLat[b]);
        for (auto index = run.rbegin(); index != run.rend(); ++index)
            path.push_back(wasLonLat[*index]);
        // The new edges from a to b less the old ones.
        double newLength = distance(wasLonLat[a], nowLonLat[run.front()]) +
                           distance(nowLonLat[run.back()], wasLonLat[b]);
        double oldLength = distance(wasLonLat[a], wasLonLat[run.front()]) +
                           distance(wasLonLat[run.back()], wasLonLat[b]);
        for (std::size_t k = 1; k < run.size(); ++k) {
            newLength += distance(nowLonLat[run[k - 1]], nowLonLat[run[k]]);
            oldLength += distance(wasLonLat[run[k - 1]], wasLonLat[run[k]]);
        }
        change.areaSquareMetres += measurePath(path.data(), path.size()).areaSquareMetres;
        change.lengthMetres += newLength - oldLength;
    }
    return change;
}

double lineLength(const LineString &line)
{
    double length = 0;
    for (std::size_t i = 1; i < line.size(); ++i) {
        double distance = 0;
        geod_inverse(&wgs84Ellipsoid(), line[i - 1].y(), line[i - 1].x(), line[i].y(), line[i].x(),
                     &distance, nullptr, nullptr);
        length += distance;
    }
    return length;
}

GeodesicSize sizeOf(const MultiPolygon &polygons)
{
    GeodesicSize size;
    for (const Polygon &polygon : polygons) {
        const GeodesicSize outer = measureRing(polygon.outer());
        size.areaSquareMetres += outer.areaSquareMetres;
        size.lengthMetres += outer.lengthMetres;
        for (const Ring &hole : polygon.inners()) {
            const GeodesicSize inner = measureRing(hole);
            size.areaSquareMetres -= inner.areaSquareMetres;
            size.lengthMetres += inner.lengthMetres;
        }
    }
    return size;
}

GeodesicSize sizeOf(const MultiLineString &lines)
{
    GeodesicSize size;
    for (const LineString &line : lines)
        size.lengthMetres += lineLength(line);
    return size;
}

GeodesicSize sizeOf(const MultiPoint &)
{
    return {};
}
GeodesicSize sizeOf(const std::monostate &)
{
    return {};
}

} // namespace

GeodesicSize geodesicSizeOfLonLat(const Geometry &lonLat)
{
    return std::visit([](const auto &geometry) { return sizeOf(geometry); }, lonLat);
}

GeodesicMeasurer::GeodesicMeasurer(const Crs &crs)
    : mToLonLat(std::make_unique<CoordinateTransform>(crs, Crs::wgs84()))
{
}

GeodesicMeasurer::~GeodesicMeasurer() = default;

void GeodesicMeasurer::rememberRecent(int count)
{
    mRecentLimit = std::size_t(std::max(count, 0));
    mRecent.clear();
}

std::optional<GeodesicSize> GeodesicMeasurer::measure(const Geometry &geometry) const
{
    if (mRecentLimit > 0 && mToLonLat->isValid()) {
        if (const auto *polygons = std::get_if<MultiPolygon>(&geometry)) {
            if (auto size = measureChange(*polygons))
                return size;
            return measureAndRemember(*polygons);
        }
    }
    if (mToLonLat->isIdentity())
        return geodesicSizeOfLonLat(geometry);
    if (!mToLonLat->isValid())
        return std::nullopt;
    Geometry lonLat = geometry;
    if (!mToLonLat->transformInPlace(lonLat))
        return std::nullopt;
    return geodesicSizeOfLonLat(lonLat);
}

std::optional<GeodesicSize> GeodesicMeasurer::measureAndRemember(const MultiPolygon &polygons) const
{
    Geometry lonLat = polygons;
    if (!mToLonLat->isIdentity() && !mToLonLat->transformInPlace(lonLat))
        return std::nullopt;
    Remembered entry{polygons, std::get<MultiPolygon>(std::move(lonLat)), {}, {}};
    forEachRing(entry.lonLat, [&](const Ring &ring, bool outer) {
        const GeodesicSize size = measurePath(ring.data(), openCount(ring));
        entry.signedAreas.push_back(size.areaSquareMetres);
        entry.size.areaSquareMetres += (outer ? 1 : -1) * std::abs(size.areaSquareMetres);
        entry.size.lengthMetres += size.lengthMetres;
    });
    if (mRecent.size() >= mRecentLimit)
        mRecent.erase(mRecent.begin());
    mRecent.push_back(std::move(entry));
    return mRecent.back().size;
}

// Against each remembered polygon of the same shape: few vertices moved (and not a whole ring,
// which has no fixed vertex to measure from) are measured by their edges alone.
std::optional<GeodesicSize> GeodesicMeasurer::measureChange(const MultiPolygon &polygons) const
{
    constexpr std::size_t mostMoved = 256;
    for (auto entry = mRecent.rbegin(); entry != mRecent.rend(); ++entry) {
        if (!sameShape(entry->polygons, polygons))
            continue;
        std::vector<std::vector<char>> moved;
        std::size_t movedCount = 0;
        bool wholeRing = false;
        std::vector<const Ring *> nowRings;
        forEachRing(polygons, [&](const Ring &ring, bool) { nowRings.push_back(&ring); });
        std::size_t k = 0;
        forEachRing(entry->polygons, [&](const Ring &was, bool) {
            const Ring &now = *nowRings[k++];
            std::vector<char> flags(openCount(was), 0);
            std::size_t count = 0;
            for (std::size_t i = 0; i < flags.size(); ++i) {
                flags[i] = !samePoint(was[i], now[i]);
                count += flags[i];
            }
            wholeRing = wholeRing || (count > 0 && count == flags.size());
            movedCount += count;
            moved.push_back(std::move(flags));
        });
        if (wholeRing || movedCount > mostMoved)
            continue;
        Remembered &updated = *entry;
        k = 0;
        forEachRing(updated.lonLat, [&](Ring &wasLonLat, bool) {
            const std::size_t ringIndex = k++;
            const std::vector<char> &flags = moved[ringIndex];
            if (std::find(flags.begin(), flags.end(), 1) == flags.end())
                return;
            const Ring &now = *nowRings[ringIndex];
            std::vector<Point> nowLonLat(flags.size());
            for (std::size_t i = 0; i < flags.size(); ++i) {
                if (flags[i])
                    nowLonLat[i] = mToLonLat->isIdentity() ? now[i] : mToLonLat->transform(now[i]);
            }
            const GeodesicSize change = ringChange(wasLonLat, nowLonLat, flags);
            updated.signedAreas[ringIndex] += change.areaSquareMetres;
            updated.size.lengthMetres += change.lengthMetres;
            for (std::size_t i = 0; i < flags.size(); ++i) {
                if (flags[i])
                    wasLonLat[i] = nowLonLat[i];
            }
            if (wasLonLat.size() > flags.size()) // closed: the last repeats the first
                wasLonLat.back() = wasLonLat.front();
        });
        updated.polygons = polygons;
        updated.size.areaSquareMetres = 0;
        k = 0;
        forEachRing(updated.lonLat, [&](const Ring &, bool outer) {
            updated.size.areaSquareMetres += (outer ? 1 : -1) * std::abs(updated.signedAreas[k++]);
        });
        return updated.size;
    }
    return std::nullopt;
}

} // namespace gis
