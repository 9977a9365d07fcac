#pragma once

#include "crs/coordinatetransform.h"
#include "crs/crs.h"
#include "data/featurecollection.h"
#include "geometry/geometry.h"
#include "geometry/vertexedit.h"
#include "index/spatialindex.h"

#include <QStringList>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace core {

class PlanProject;

enum class SnapKind { Vertex, Segment };

// Where a pointer snapped: on a vertex, or the nearest point of a segment, of a layer, in that
// layer's own coordinates, so that an edit takes the target exactly (a copy, not a round trip
// through the map's CRS).
struct SnapResult
{
    SnapKind kind = SnapKind::Vertex;
    QString layerId;
    qint64 feature = -1;
    // The vertex, or the first vertex of the segment (the segment ends at the next one).
    gis::VertexId vertex;
    gis::Point layerPoint; // in the target layer's CRS
    gis::Crs layerCrs;
    gis::Point mapPoint; // for the snap marker

    // The target in the CRS of the layer being edited: the same numbers when it is the same
    // CRS, else one PROJ transformation from the target's CRS (never through the map's).
    std::optional<gis::Point> in(const gis::Crs &crs) const;
};

// What a snap may land on.
struct SnapTargets
{
    bool vertices = true;
    bool segments = true;
};

// Snapping to the vertices and segments of chosen layers within a tolerance in pixels. Layers
// may be in any CRS: the pointer is carried into each layer's CRS, and the search runs there
// on the layer's own coordinates through an R-tree. Vertices win over segments.
//
// Building it reads only the features' envelopes; a geometry is decoded when a search reaches
// it. An edit updates the one feature it changed (update()), so that a layer of millions of
// vertices is not read again after every edit.
class Snapper
{
public:
    Snapper(const PlanProject &project, const QStringList &layerIds, SnapTargets targets = {});
    ~Snapper();

    // `mapUnitsPerPixel` and `tolerancePixels` make the search radius on the map.
    std::optional<SnapResult> snap(const gis::Point &mapPoint, double mapUnitsPerPixel,
                                   double tolerancePixels) const;
    // A feature of a layer changed, appeared (a new id) or went (no geometry).
    void update(const QString &layerId, qint64 feature,
                const std::optional<gis::Geometry> &geometry);
    // The features of a layer whose envelopes meet a box in the layer's CRS, in id order.
    std::vector<qint64> featuresIn(const QString &layerId, const gis::Box &layerBox) const;

private:
    struct Target
    {
        QString layerId;
        gis::Crs crs;
        std::unique_ptr<gis::CoordinateTransform> toLayer; // from the map
        std::unique_ptr<gis::CoordinateTransform> toMap;
        std::shared_ptr<const gis::FeatureCollection> features; // as when built
        std::vector<qint64> ids;                                // by slot
        std::vector<gis::Box> boxes;                            // by slot, as indexed
        std::unordered_map<qint64, std::size_t> slotOf;         // by feature id
        std::unordered_map<std::size_t, gis::Geometry> edited;  // since built, by slot
        gis::SpatialIndex index;

        gis::Geometry geometry(std::size_t slot) const;
    };
    std::optional<SnapResult> snapIn(const Target &target, const gis::Point &mapPoint,
                                     double radiusMap, SnapKind kind) const;
    const Target *target(const QString &layerId) const;

    gis::Crs mMapCrs;
    SnapTargets mKinds;
    std::vector<Target> mTargets;
};

} // namespace core
