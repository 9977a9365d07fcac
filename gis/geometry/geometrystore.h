#pragma once

#include "geometry.h"
#include "podarray.h"

#include <bit>
#include <cstdint>
#include <vector>

namespace gis {

// The geometries of a whole layer in a few flat arrays instead of one heap block per ring:
// features index parts, parts index rings, rings index vertices. A layer of 8 million
// vertices is then five allocations rather than hundreds of thousands, which is what made
// loading slow (malloc and first-touch page faults) and memory large.
//
// Vertices are kept as float offsets from a layer origin, which is exact for quantized data
// such as lon/lat on a 1/1024° grid and halves the memory. A vertex that a float offset would
// change by a bit is kept as doubles in a side table (its float x is a NaN, its float y the
// table index): repaired geometry adds a few such vertices. When they are more than a small
// share, the whole store switches to doubles. Decoding is therefore always exact.
//
// A part is a polygon (first ring exterior, the rest holes), a line, or one point.
class GeometryStore
{
public:
    GeometryStore();

    std::size_t size() const { return mKinds.size(); }
    bool empty() const { return mKinds.empty(); }
    std::size_t partCount() const { return mRingStart.size() - 1; }
    std::size_t vertexCount() const { return mVertexStart.back(); }
    bool isCompact() const { return mDoubles.empty(); }

    GeometryKind kind(std::size_t feature) const { return GeometryKind(mKinds[feature]); }
    std::uint32_t firstPart(std::size_t feature) const { return mPartStart[feature]; }
    std::uint32_t endPart(std::size_t feature) const { return mPartStart[feature + 1]; }
    std::uint32_t firstRing(std::size_t part) const { return mRingStart[part]; }
    std::uint32_t endRing(std::size_t part) const { return mRingStart[part + 1]; }
    std::uint32_t firstVertex(std::size_t ring) const { return mVertexStart[ring]; }
    std::uint32_t endVertex(std::size_t ring) const { return mVertexStart[ring + 1]; }

    Point vertex(std::size_t index) const
    {
        if (mDoubles.empty())
            return floatVertex(index);
        return {mDoubles[2 * index], mDoubles[2 * index + 1]};
    }
    // Calls f(x, y) for each vertex of a ring.
    template <typename F> void forEachVertex(std::size_t ring, F &&f) const
    {
        const std::size_t first = firstVertex(ring), end = endVertex(ring);
        if (mDoubles.empty()) {
            for (std::size_t i = first; i < end; ++i) {
                const Point point = floatVertex(i);
                f(point.x(), point.y());
            }
        } else {
            for (std::size_t i = first; i < end; ++i)
                f(mDoubles[2 * i], mDoubles[2 * i + 1]);
        }
    }

    Geometry geometry(std::size_t feature) const; // decoded into Boost.Geometry models
    Box envelope(std::size_t feature) const;      // inverse (empty) box for no geometry

    // Building, feature by feature: beginFeature, then per part beginPart, per ring beginRing
    // and its vertices. Features with no part are empty geometries.
    void beginFeature(GeometryKind kind);
    void beginPart();
    void beginRing();
    void addVertex(double x, double y);
    void append(const Geometry &geometry);
    void reserve(std::size_t features, std::size_t vertices);
    void shrinkToFit();

    std::size_t memoryBytes() const;

private:
    Point floatVertex(std::size_t index) const
    {
        const float x = mFloats[2 * index];
        if (x == x) [[likely]]
            return {mOriginX + x, mOriginY + mFloats[2 * index + 1]};
        return mExceptions[std::bit_cast<std::uint32_t>(mFloats[2 * index + 1])];
    }
    void switchToDoubles();

    std::vector<std::uint8_t> mKinds;
    std::vector<std::uint32_t> mPartStart{0};
    PodArray<std::uint32_t> mRingStart;
    PodArray<std::uint32_t> mVertexStart;
    PodArray<float> mFloats; // offsets from the origin, while exact
    PodArray<double> mDoubles;
    std::vector<Point> mExceptions; // vertices a float offset cannot hold exactly
    double mOriginX = 0.0;
    double mOriginY = 0.0;
    bool mHasOrigin = false;
};

} // namespace gis
