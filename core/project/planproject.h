#pragma once

#include "featureselection.h"
#include "projectdata.h"

#include "render/mapsettings.h"

#include <QObject>

namespace core {

// The open planning project: owns its layers and emits a signal for every change, so that
// the views (canvas, layer panel) update without the project knowing them. Every change a
// project file keeps marks it modified until it is saved.
class PlanProject : public QObject
{
    Q_OBJECT
public:
    explicit PlanProject(ProjectData data, QObject *parent = nullptr);

    const std::vector<std::shared_ptr<gis::VectorLayer>> &layers() const { return mData.layers; }
    gis::VectorLayer *layer(const QString &id) const;
    const QVector<LayerGroup> &groups() const { return mData.groups; }
    std::shared_ptr<const gis::FeatureCollection> statistics() const { return mData.statistics; }
    const gis::LayerSource &statisticsSource() const { return mData.statisticsSource; }
    const gis::Crs &crs() const { return mData.crs; }
    // Changes the map CRS; layers are projected again on the render thread when next drawn.
    void setCrs(const gis::Crs &crs);
    const gis::Box &initialExtent() const { return mData.initialExtent; }
    // The initial view in the current map CRS.
    gis::Box fullExtent() const;
    // The view the user last looked at, in the current map CRS: what a project file keeps.
    const gis::Box &viewExtent() const { return mViewExtent; }
    void setViewExtent(const gis::Box &extent);
    QString sourcePath() const { return mData.sourcePath; }
    QStringList warnings() const { return mData.warnings; }

    // The selected features, shared by the map and the attribute table.
    FeatureSelection *selection() const { return mSelection; }
    // The presets first, then the user's own.
    QVector<Bookmark> bookmarks() const { return mData.bookmarks + mData.userBookmarks; }
    const QVector<Bookmark> &presetBookmarks() const { return mData.bookmarks; }
    const QVector<Bookmark> &userBookmarks() const { return mData.userBookmarks; }
    // Returns the new bookmark's id.
    QString addBookmark(const QString &name, const gis::Box &lonLatExtent);
    bool renameBookmark(const QString &id, const QString &name);
    bool removeBookmark(const QString &id);

    void setLayerVisible(const QString &id, bool visible);
    LabelLanguage labelLanguage() const { return mData.labelLanguage; }
    void setLabelLanguage(LabelLanguage language);

    // The project file this project was opened from or last saved to; empty when never saved.
    QString filePath() const { return mData.filePath; }
    bool isModified() const { return mModified; }
    // Saving calls setSaved: the file path is remembered and the modified flag cleared.
    void setSaved(const QString &filePath);
    void setModified(bool modified);

    // The layers to draw, bottom first, as a snapshot for a render job.
    std::vector<gis::LayerSnapshot> visibleLayerSnapshots() const;

signals:
    void layerVisibilityChanged(const QString &id, bool visible);
    void crsChanged();
    void appearanceChanged();
    void bookmarksChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);

private:
    int bookmarkIndex(const QString &id) const;

    ProjectData mData;
    FeatureSelection *mSelection;
    gis::Crs mInitialCrs;
    gis::Box mViewExtent;
    bool mModified = false;
};

} // namespace core
