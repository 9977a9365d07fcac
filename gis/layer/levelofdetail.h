#pragma once

#include "geometry/geometrystore.h"

#include <cstdint>

namespace gis {

// A layer's geometry reduced for one range of scales: every vertex is snapped to a square
// grid of 2^exponent map units (a fraction of a pixel at the scales that use the level) and
// repeats are dropped. The snap is a function of the vertex alone, so neighbours that share a
// boundary still share it exactly, and no gap or sliver opens between them; per-ring
// simplification such as Douglas–Peucker cannot promise that. Parts and rings are the
// source store's; only the vertices are new, as small integers.
class LevelOfDetail
{
public:
    struct Vertex
    {
        std::int32_t x;
        std::int32_t y;
    };

    // The level drawn at `unitsPerPixel`: the largest grid cell not over kCellPixels pixels.
    static int exponentFor(double unitsPerPixel);
    static constexpr double kCellPixels = 0.5;

    LevelOfDetail(const GeometryStore &source, const Box &extent, int exponent);

    int exponent() const { return mExponent; }
    double cellSize() const { return mCellSize; }
    double originX() const { return mOriginX; }
    double originY() const { return mOriginY; }
    // False when snapping would not remove enough vertices to be worth drawing from; the
    // renderer then draws the source store.
    bool isUseful() const { return mUseful; }
    std::size_t vertexCount() const { return mVertices.size(); }

    std::uint32_t firstVertex(std::size_t ring) const { return mVertexStart[ring]; }
    std::uint32_t endVertex(std::size_t ring) const { return mVertexStart[ring + 1]; }
    const Vertex &vertex(std::size_t index) const { return mVertices[index]; }

private:
    void build(const GeometryStore &source);
    bool worthBuilding(const GeometryStore &source) const;
    template <typename Emit>
    void snapRing(const GeometryStore &source, std::size_t ring, Emit &&output) const;

    int mExponent;
    double mCellSize;
    double mOriginX = 0.0;
    double mOriginY = 0.0;
    bool mUseful = false;
    PodArray<std::uint32_t> mVertexStart;
    PodArray<Vertex> mVertices;
};

} // namespace gis
