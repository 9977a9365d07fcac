#pragma once

#include "projectdata.h"

#include "render/mapsettings.h"

#include <QObject>

namespace core {

// The open planning project: owns its layers and emits a signal for every change, so that
// the views (canvas, layer panel) update without the project knowing them.
class PlanProject : public QObject
{
    Q_OBJECT
public:
    explicit PlanProject(ProjectData data, QObject *parent = nullptr);

    // The vector layers, bottom of the drawing order first.
    const std::vector<std::shared_ptr<gis::VectorLayer>> &layers() const { return mData.layers; }
    gis::VectorLayer *layer(const QString &id) const; // nullptr for a raster layer
    const std::vector<std::shared_ptr<gis::RasterLayer>> &rasterLayers() const
    {
        return mData.rasterLayers;
    }
    gis::RasterLayer *rasterLayer(const QString &id) const;
    gis::MapLayer *mapLayer(const QString &id) const; // either kind
    const QVector<LayerGroup> &groups() const { return mData.groups; }
    std::shared_ptr<const gis::FeatureCollection> statistics() const { return mData.statistics; }
    const gis::Crs &crs() const { return mData.crs; }
    // Changes the map CRS; layers are projected again on the render thread when next drawn.
    void setCrs(const gis::Crs &crs);
    const QVector<Bookmark> &bookmarks() const { return mData.bookmarks; }
    const gis::Box &initialExtent() const { return mData.initialExtent; }
    // The initial view in the current map CRS.
    gis::Box fullExtent() const;
    QString sourcePath() const { return mData.sourcePath; }
    QStringList warnings() const { return mData.warnings; }

    void setLayerVisible(const QString &id, bool visible);
    LabelLanguage labelLanguage() const { return mLabelLanguage; }
    void setLabelLanguage(LabelLanguage language);

    // The layers to draw, bottom first (the layer tree's order reversed), as a snapshot for a
    // render job.
    std::vector<gis::LayerSnapshot> visibleLayerSnapshots() const;

    // Editing the layer list. Layers join the top of `groupId`, or of an "Added layers"
    // group at the top of the tree when none is given; ids are made unique on the way.
    QString addLayer(std::shared_ptr<gis::VectorLayer> layer, const QString &groupId = {});
    QString addLayer(std::shared_ptr<gis::RasterLayer> layer, const QString &groupId = {});
    bool removeLayer(const QString &id);
    // Moves a layer to `index` (top first, counted without the layer) within `groupId`.
    bool moveLayer(const QString &id, const QString &groupId, int index);
    QString groupOf(const QString &layerId) const;
    QStringList drawingOrder() const; // layer ids, bottom first
    void setLayerTitle(const QString &id, const QString &title);
    void setLayerOpacity(const QString &id, double opacity);
    void setLayerScaleRange(const QString &id, const gis::ScaleRange &range);
    void setLayerSymbol(const QString &id, const gis::Symbol &symbol);
    void setLayerLabels(const QString &id, const gis::LabelSettings &labels);
    static QString addedLayersGroupId();

signals:
    void layerAdded(const QString &id);
    void layerRemoved(const QString &id);
    void layerMoved(const QString &id);
    void layerChanged(const QString &id); // title, style, opacity or scale range
    void layerVisibilityChanged(const QString &id, bool visible);
    void crsChanged();
    void appearanceChanged();

private:
    QString uniqueLayerId(const QString &wanted) const;
    LayerGroup &groupForNewLayer(const QString &groupId);
    void insertIntoGroup(const QString &id, const QString &groupId);
    void sortLayersByTree();
    void layerChangeDone(const QString &id);

    ProjectData mData;
    gis::Crs mInitialCrs;
    LabelLanguage mLabelLanguage = LabelLanguage::Chinese;
};

} // namespace core
