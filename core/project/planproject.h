#pragma once

#include "featureselection.h"
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

    const std::vector<std::shared_ptr<gis::VectorLayer>> &layers() const { return mData.layers; }
    gis::VectorLayer *layer(const QString &id) const;
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

    // The selected features, shared by the map and the attribute table.
    FeatureSelection *selection() const { return mSelection; }

    void setLayerVisible(const QString &id, bool visible);
    LabelLanguage labelLanguage() const { return mLabelLanguage; }
    void setLabelLanguage(LabelLanguage language);

    // The layers to draw, bottom first, as a snapshot for a render job.
    std::vector<gis::LayerSnapshot> visibleLayerSnapshots() const;

signals:
    void layerVisibilityChanged(const QString &id, bool visible);
    void crsChanged();
    void appearanceChanged();

private:
    ProjectData mData;
    FeatureSelection *mSelection;
    gis::Crs mInitialCrs;
    LabelLanguage mLabelLanguage = LabelLanguage::Chinese;
};

} // namespace core
