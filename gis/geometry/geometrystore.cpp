#include "geometrystore.h"

#include <boost/geometry/algorithms/assign.hpp>
#include <boost/geometry/algorithms/expand.hpp>

#include <cmath>
#include <limits>

namespace gis {

namespace bg = boost::geometry;

namespace {

// Past this share of vertices that float offsets cannot hold, doubles are smaller and faster.
constexpr double kMaxExceptionShare = 1.0 / 16;

template <typename Target> Target ringOf(const GeometryStore &store, std::size_t ring)
{
    Target target;
    target.reserve(store.endVertex(ring) - store.firstVertex(ring));
    store.forEachVertex(ring, [&target](double x, double y) { target.emplace_back(x, y); });
    return target;
}

Polygon polygonOf(const GeometryStore &store, std::size_t part)
{
    Polygon polygon;
    const std::uint32_t first = store.firstRing(part), end = store.endRing(part);
    if (first == end)
        return polygon;
    polygon.outer() = ringOf<Ring>(store, first);
    polygon.inners().reserve(end - first - 1);
    for (std::uint32_t ring = first + 1; ring < end; ++ring)
        polygon.inners().push_back(ringOf<Ring>(store, ring));
    return polygon;
}

template <typename Range> void appendRing(GeometryStore &store, const Range &points)
{
    store.beginRing();
    for (const Point &point : points)
        store.addVertex(point.x(), point.y());
}

} // namespace

GeometryStore::GeometryStore()
{
    mRingStart.push_back(0);
    mVertexStart.push_back(0);
}

Geometry GeometryStore::geometry(std::size_t feature) const
{
    const std::uint32_t first = firstPart(feature), end = endPart(feature);
    if (first == end)
        return {};
    switch (kind(feature)) {
    case GeometryKind::Polygon: {
        MultiPolygon polygons;
        polygons.reserve(end - first);
        for (std::uint32_t part = first; part < end; ++part)
            polygons.push_back(polygonOf(*this, part));
        return polygons;
    }
    case GeometryKind::Line: {
        MultiLineString lines;
        lines.reserve(end - first);
        for (std::uint32_t part = first; part < end; ++part)
            lines.push_back(ringOf<LineString>(*this, firstRing(part)));
        return lines;
    }
    case GeometryKind::Point: {
        MultiPoint points;
        points.reserve(end - first);
        for (std::uint32_t part = first; part < end; ++part)
            points.push_back(vertex(firstVertex(firstRing(part))));
        return points;
    }
    case GeometryKind::None:
        break;
    }
    return {};
}

Box GeometryStore::envelope(std::size_t feature) const
{
    Box box;
    bg::assign_inverse(box);
    const std::uint32_t firstRingOf = firstRing(firstPart(feature));
    const std::uint32_t endRingOf = firstRing(endPart(feature));
    for (std::size_t ring = firstRingOf; ring < endRingOf; ++ring)
        forEachVertex(ring, [&box](double x, double y) { bg::expand(box, Point(x, y)); });
    return box;
}

void GeometryStore::beginFeature(GeometryKind kind)
{
    mKinds.push_back(static_cast<std::uint8_t>(kind));
    mPartStart.push_back(mPartStart.back());
}

void GeometryStore::beginPart()
{
    ++mPartStart.back();
    mRingStart.push_back(mRingStart.back());
}

void GeometryStore::beginRing()
{
    ++mRingStart.back();
    mVertexStart.push_back(mVertexStart.back());
}

void GeometryStore::addVertex(double x, double y)
{
    ++mVertexStart.back();
    if (!mDoubles.empty()) {
        mDoubles.push_back(x);
        mDoubles.push_back(y);
        return;
    }
    if (!mHasOrigin && std::isfinite(x) && std::isfinite(y)) {
        mOriginX = std::floor(x);
        mOriginY = std::floor(y);
        mHasOrigin = true;
    }
    const float dx = static_cast<float>(x - mOriginX);
    const float dy = static_cast<float>(y - mOriginY);
    if (mOriginX + double(dx) == x && mOriginY + double(dy) == y) [[likely]] {
        mFloats.push_back(dx);
        mFloats.push_back(dy);
        return;
    }
    if (mExceptions.size() > kMaxExceptionShare * (mFloats.size() / 2 + 1024)) {
        switchToDoubles();
        mDoubles.push_back(x);
        mDoubles.push_back(y);
        return;
    }
    mFloats.push_back(std::numeric_limits<float>::quiet_NaN());
    mFloats.push_back(std::bit_cast<float>(static_cast<std::uint32_t>(mExceptions.size())));
    mExceptions.emplace_back(x, y);
}

void GeometryStore::switchToDoubles()
{
    // Room for at least what the floats were reserved for, so the switch costs one copy.
    mDoubles.reserve(std::max(mFloats.capacity(), mFloats.size() + 2));
    for (std::size_t i = 0; i < mFloats.size() / 2; ++i) {
        const Point point = floatVertex(i);
        mDoubles.push_back(point.x());
        mDoubles.push_back(point.y());
    }
    mFloats.clear();
    mExceptions = {};
}

void GeometryStore::append(const Geometry &geometry)
{
    beginFeature(geometryKind(geometry));
    if (const auto *polygons = std::get_if<MultiPolygon>(&geometry)) {
        for (const Polygon &polygon : *polygons) {
            beginPart();
            appendRing(*this, polygon.outer());
            for (const Ring &inner : polygon.inners())
                appendRing(*this, inner);
        }
    } else if (const auto *lines = std::get_if<MultiLineString>(&geometry)) {
        for (const LineString &line : *lines) {
            beginPart();
            appendRing(*this, line);
        }
    } else if (const auto *points = std::get_if<MultiPoint>(&geometry)) {
        for (const Point &point : *points) {
            beginPart();
            beginRing();
            addVertex(point.x(), point.y());
        }
    }
}

void GeometryStore::reserve(std::size_t features, std::size_t vertices)
{
    mKinds.reserve(features);
    mPartStart.reserve(features + 1);
    if (mDoubles.empty())
        mFloats.reserve(2 * vertices);
    else
        mDoubles.reserve(2 * vertices);
}

void GeometryStore::shrinkToFit()
{
    mKinds.shrink_to_fit();
    mPartStart.shrink_to_fit();
    mRingStart.shrinkToFit();
    mVertexStart.shrinkToFit();
    mFloats.shrinkToFit();
    mDoubles.shrinkToFit();
}

std::size_t GeometryStore::memoryBytes() const
{
    return mKinds.capacity() +
           4 * (mPartStart.capacity() + mRingStart.capacity() + mVertexStart.capacity()) +
           4 * mFloats.capacity() + 8 * mDoubles.capacity() +
           sizeof(Point) * mExceptions.capacity();
}

} // namespace gis
