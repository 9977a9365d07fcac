#pragma once

#include "featureselection.h"
#include "projectdata.h"

#include "render/mapsettings.h"
#include "thematic/thematicstyler.h"

#include <QObject>

namespace core {

class StatisticsModel;

// The open planning project: owns its layers and emits a signal for every change, so that
// the views (canvas, layer panel) update without the project knowing them. Every change a
// project file keeps marks it modified until it is saved.
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
    // The figures joined to the layers, with those derived from them; kept up to date.
    StatisticsModel *statisticsModel() const { return mStatisticsModel; }
    // The presets first, then the user's own.
    QVector<Bookmark> bookmarks() const { return mData.bookmarks + mData.userBookmarks; }
    const QVector<Bookmark> &presetBookmarks() const { return mData.bookmarks; }
    const QVector<Bookmark> &userBookmarks() const { return mData.userBookmarks; }
    // Returns the new bookmark's id.
    QString addBookmark(const QString &name, const gis::Box &lonLatExtent);
    bool renameBookmark(const QString &id, const QString &name);
    bool removeBookmark(const QString &id);

    // Print layouts: the presets, then those the project keeps (a kept layout of a preset's
    // name replaces it). layout() finds one by name; nullopt when there is none.
    QVector<PrintLayout> printLayouts() const;
    const QVector<PrintLayout> &savedPrintLayouts() const { return mData.printLayouts; }
    std::optional<PrintLayout> printLayout(const QString &name) const;
    // Adds the layout, or replaces the kept one of the same name.
    void savePrintLayout(const PrintLayout &layout);

    // How the editing tools snap; kept in the project file.
    const SnappingSettings &snappingSettings() const { return mData.snapping; }
    void setSnappingSettings(const SnappingSettings &settings);
    // Whether the planner asked that the layer's zones form a partition (no overlap, no gap):
    // validation while editing then checks the partition rules too.
    bool isPartitionLayer(const QString &layerId) const;
    const QStringList &partitionLayers() const { return mData.partitionLayers; }
    void setPartitionLayer(const QString &layerId, bool partition);

    void setLayerVisible(const QString &id, bool visible);
    LabelLanguage labelLanguage() const { return mData.labelLanguage; }
    void setLabelLanguage(LabelLanguage language);

    // The project file this project was opened from or last saved to; empty when never saved.
    QString filePath() const { return mData.filePath; }
    bool isModified() const { return mModified; }
    // Saving calls setSaved: the file path is remembered and the modified flag cleared.
    void setSaved(const QString &filePath);
    void setModified(bool modified);

    // The layers to draw, bottom first (the layer tree's order reversed), as a snapshot for a
    // render job.
    std::vector<gis::LayerSnapshot> visibleLayerSnapshots() const;

    // Editing the layer list. Layers join the top of `groupId`, or of an "Added layers"
    // group at the top of the tree when none is given; ids are made unique on the way.
    QString addLayer(std::shared_ptr<gis::VectorLayer> layer, const QString &groupId = {});
    QString addLayer(std::shared_ptr<gis::RasterLayer> layer, const QString &groupId = {});
    bool removeLayer(const QString &id);
    // New features for a vector layer (an edit, a reload): the selection of that layer follows
    // its features by id (a feature that is gone drops out of it, the others stay selected
    // wherever they now are), and layerDataChanged tells whatever derives from the data to
    // recompute.
    bool replaceLayerFeatures(const QString &id,
                              std::shared_ptr<const gis::FeatureCollection> features);
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

    // Thematic maps. A themed layer's style is computed from its spec, and computed again
    // (classes and all) by refreshThemes() when its data change and whenever the indicator
    // values do. Nothing clears a theme but setLayerTheme(id, nullopt): single symbol again.
    std::optional<ThematicSpec> layerTheme(const QString &id) const;
    const std::vector<ThematicSpec> &themes() const { return mData.themes; }
    void setLayerTheme(const QString &id, const std::optional<ThematicSpec> &spec);
    // How indicator maps get their values: the statistics model's join, once it exists.
    void setIndicatorValues(IndicatorValues values);
    // Which indicators a layer can be mapped by, for the symbology page.
    void setIndicatorCatalog(IndicatorCatalog catalog) { mIndicatorCatalog = std::move(catalog); }
    std::vector<IndicatorChoice> indicatorChoices(const QString &layerId) const;
    // Computes thematic styles with the indicator values plugged in (previews use it too).
    const ThematicStyler &styler() const { return mStyler; }
    // Recomputes the themes of `layerId` (every themed layer when empty); call it when a
    // layer's features or the statistics behind an indicator change.
    void refreshThemes(const QString &layerId = {});

    // Editing the groups of the layer tree. A new group goes on top; only an empty group can
    // be removed, so no layer is ever lost with its group.
    QString addGroup(const QString &title);
    bool renameGroup(const QString &groupId, const QString &title);
    bool moveGroup(const QString &groupId, int index); // index counted top first
    bool removeGroup(const QString &groupId);

signals:
    void layerAdded(const QString &id);
    void layerRemoved(const QString &id);
    void layerMoved(const QString &id);
    void layerChanged(const QString &id);     // title, style, opacity or scale range
    void layerDataChanged(const QString &id); // features or geometries replaced
    void groupsChanged();                     // added, renamed, moved or removed
    void layerVisibilityChanged(const QString &id, bool visible);
    void crsChanged();
    void appearanceChanged();
    void labelLanguageChanged();
    // The map must be drawn again, though nothing a project file keeps has changed (figures
    // that labels show were recomputed).
    void mapContentChanged();
    void bookmarksChanged();
    void snappingSettingsChanged();
    void partitionLayersChanged(const QString &layerId);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);

private:
    int bookmarkIndex(const QString &id) const;
    QString uniqueLayerId(const QString &wanted) const;
    int groupIndex(const QString &groupId) const;
    LayerGroup &groupForNewLayer(const QString &groupId);
    void insertIntoGroup(const QString &id, const QString &groupId);
    void sortLayersByTree();
    void layerChangeDone(const QString &id);
    ThematicSpec *themeOf(const QString &id);
    void applyTheme(const ThematicSpec &spec);
    void connectThemesToStatistics();

    ProjectData mData;
    FeatureSelection *mSelection;
    StatisticsModel *mStatisticsModel = nullptr;
    gis::Crs mInitialCrs;
    gis::Box mViewExtent;
    bool mModified = false;
    ThematicStyler mStyler;
    IndicatorCatalog mIndicatorCatalog;
};

} // namespace core
