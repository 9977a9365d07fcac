#include "levelofdetail.h"

#include <cmath>

namespace gis {

namespace {

// A level that keeps more than this share of the vertices saves too little to be worth
// its memory: the source is drawn instead, with the renderer's per-pixel vertex skipping.
constexpr double kUsefulShare = 0.6;
// Grid coordinates must stay well inside 32 bits.
constexpr double kMaxCells = double(1 << 30);

} // namespace

int LevelOfDetail::exponentFor(double unitsPerPixel)
{
    return static_cast<int>(std::floor(std::log2(unitsPerPixel * kCellPixels)));
}

LevelOfDetail::LevelOfDetail(const GeometryStore &source, const Box &extent, int exponent)
    : mExponent(exponent)
    , mCellSize(std::ldexp(1.0, exponent))
{
    const double width = extent.max_corner().x() - extent.min_corner().x();
    const double height = extent.max_corner().y() - extent.min_corner().y();
    if (source.empty() || !(width >= 0 && height >= 0) ||
        std::max(width, height) / mCellSize > kMaxCells)
        return;
    // The origin lies on the grid, so a vertex's cell never depends on the layer's extent.
    mOriginX = std::floor(extent.min_corner().x() / mCellSize) * mCellSize;
    mOriginY = std::floor(extent.min_corner().y() / mCellSize) * mCellSize;
    build(source);
}

template <typename Emit>
void LevelOfDetail::snapRing(const GeometryStore &source, std::size_t ring, Emit &&output) const
{
    const double scale = 1.0 / mCellSize;
    bool first = true;
    Vertex last{0, 0};
    source.forEachVertex(ring, [&](double x, double y) {
        const Vertex snapped{static_cast<std::int32_t>(std::lround((x - mOriginX) * scale)),
                             static_cast<std::int32_t>(std::lround((y - mOriginY) * scale))};
        if (!first && snapped.x == last.x && snapped.y == last.y)
            return;
        first = false;
        last = snapped;
        output(snapped);
    });
}

bool LevelOfDetail::worthBuilding(const GeometryStore &source) const
{
    // A sample of the rings tells whether the level saves enough, before memory is spent.
    const std::size_t rings = source.firstRing(source.partCount());
    const std::size_t step = std::max<std::size_t>(1, rings / 4096);
    std::size_t kept = 0, total = 0;
    for (std::size_t ring = 0; ring < rings; ring += step) {
        total += source.endVertex(ring) - source.firstVertex(ring);
        snapRing(source, ring, [&kept](Vertex) { ++kept; });
    }
    return kept <= kUsefulShare * total;
}

void LevelOfDetail::build(const GeometryStore &source)
{
    if (!worthBuilding(source))
        return;
    const std::size_t rings = source.firstRing(source.partCount());
    mVertexStart.reserve(rings + 1);
    mVertexStart.push_back(0);
    for (std::size_t ring = 0; ring < rings; ++ring) {
        snapRing(source, ring, [this](Vertex vertex) { mVertices.push_back(vertex); });
        mVertexStart.push_back(static_cast<std::uint32_t>(mVertices.size()));
    }
    mVertices.shrinkToFit();
    mUseful = true;
}

} // namespace gis
