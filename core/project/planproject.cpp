#include "planproject.h"

#include "statistics/featurevalues.h"
#include "statistics/labelvalueupdater.h"
#include "statistics/statisticsmodel.h"

#include "crs/coordinatetransform.h"

#include <QUuid>

#include <boost/geometry/algorithms/equals.hpp>

#include <QHash>

#include <algorithm>
#include <utility>

namespace core {

namespace {

// Where the selected features of `before` are in `after`, found by their ids: an edit adds,
// removes and reorders features, so an index alone would name another feature.
FeatureSelection::Indices sameFeatures(const gis::FeatureCollection &before,
                                       const gis::FeatureCollection &after,
                                       const FeatureSelection::Indices &selected)
{
    if (selected.empty())
        return {};
    QHash<qint64, std::size_t> indexById;
    indexById.reserve(qsizetype(after.features.size()));
    for (std::size_t index = 0; index < after.features.size(); ++index)
        indexById.insert(after.features[index].id, index);
    FeatureSelection::Indices kept;
    for (std::size_t index : selected) {
        if (index >= before.features.size())
            continue;
        const auto found = indexById.constFind(before.features[index].id);
        if (found != indexById.constEnd())
            kept.push_back(*found);
    }
    return kept;
}

} // namespace

PlanProject::PlanProject(ProjectData data, QObject *parent)
    : QObject(parent)
    , mData(std::move(data))
    , mSelection(new FeatureSelection(this))
    , mInitialCrs(mData.crs)
    , mViewExtent(mData.viewExtent.value_or(mData.initialExtent))
{
    // Whatever changes how the map looks (visibility, CRS, labels, and what later setters
    // add) is kept in the project file.
    connect(this, &PlanProject::appearanceChanged, this, [this] { setModified(true); });
    connect(this, &PlanProject::bookmarksChanged, this, [this] { setModified(true); });
    sortLayersByTree();
    mStatisticsModel = new StatisticsModel(this, std::exchange(mData.importedStatistics, {}),
                                           std::exchange(mData.statisticsSettings, {}));
    connect(mStatisticsModel, &StatisticsModel::importedChanged, this,
            [this] { setModified(true); });
    connect(mStatisticsModel, &StatisticsModel::settingsChanged, this,
            [this] { setModified(true); });
    new LabelValueUpdater(this);
    connectThemesToStatistics();
    for (const ThematicSpec &spec : mData.themes)
        applyTheme(spec);
}

void PlanProject::connectThemesToStatistics()
{
    setIndicatorValues(
        [this](const gis::VectorLayer &layer, const QString &indicator, const QString &period) {
            return indicatorValuesOf(mStatisticsModel->joined(layer.id()),
                                     layer.features().features.size(), indicator, period);
        });
    setIndicatorCatalog([this](const gis::VectorLayer &layer) {
        return indicatorChoicesOf(mStatisticsModel->joined(layer.id()));
    });
    // Figures recomputed (an import, areas measured, a boundary edited) reclassify the maps
    // of indicators; new features reclassify any map of their layer.
    connect(mStatisticsModel, &StatisticsModel::changed, this, [this] {
        for (const ThematicSpec &spec : mData.themes) {
            if (spec.source == ThematicValueSource::Indicator)
                refreshThemes(spec.layerId);
        }
    });
    connect(this, &PlanProject::layerDataChanged, this, [this](const QString &id) {
        if (themeOf(id))
            refreshThemes(id);
    });
}

gis::Box PlanProject::fullExtent() const
{
    const gis::CoordinateTransform transform(mInitialCrs, mData.crs);
    return transform.isValid() ? transform.transformBox(mData.initialExtent) : mData.initialExtent;
}

void PlanProject::setViewExtent(const gis::Box &extent)
{
    if (boost::geometry::equals(extent, mViewExtent))
        return;
    mViewExtent = extent;
    setModified(true);
}

gis::VectorLayer *PlanProject::layer(const QString &id) const
{
    for (const auto &layer : mData.layers) {
        if (layer->id() == id)
            return layer.get();
    }
    return nullptr;
}

QVector<PrintLayout> PlanProject::printLayouts() const
{
    QVector<PrintLayout> layouts;
    for (const PrintLayout &preset : PrintLayout::presets()) {
        const bool replaced =
            std::any_of(mData.printLayouts.begin(), mData.printLayouts.end(),
                        [&](const PrintLayout &saved) { return saved.name == preset.name; });
        if (!replaced)
            layouts.push_back(preset);
    }
    return layouts + mData.printLayouts;
}

std::optional<PrintLayout> PlanProject::printLayout(const QString &name) const
{
    for (const PrintLayout &saved : mData.printLayouts) {
        if (saved.name == name)
            return saved;
    }
    return PrintLayout::preset(name);
}

void PlanProject::savePrintLayout(const PrintLayout &layout)
{
    const auto kept =
        std::find_if(mData.printLayouts.begin(), mData.printLayouts.end(),
                     [&](const PrintLayout &saved) { return saved.name == layout.name; });
    if (kept != mData.printLayouts.end())
        *kept = layout;
    else
        mData.printLayouts.push_back(layout);
    setModified(true);
}

void PlanProject::setLayerVisible(const QString &id, bool visible)
{
    gis::MapLayer *target = mapLayer(id);
    if (!target || target->isVisible() == visible)
        return;
    target->setVisible(visible);
    emit layerVisibilityChanged(id, visible);
    emit appearanceChanged();
}

void PlanProject::setCrs(const gis::Crs &crs)
{
    if (!crs.isValid() || crs.isEquivalentTo(mData.crs))
        return;
    const gis::CoordinateTransform transform(mData.crs, crs);
    if (transform.isValid())
        mViewExtent = transform.transformBox(mViewExtent);
    mData.crs = crs;
    emit crsChanged();
    emit appearanceChanged();
}

void PlanProject::setSnappingSettings(const SnappingSettings &settings)
{
    if (settings == mData.snapping)
        return;
    mData.snapping = settings;
    setModified(true);
    emit snappingSettingsChanged();
}

bool PlanProject::isPartitionLayer(const QString &layerId) const
{
    return mData.partitionLayers.contains(layerId);
}

void PlanProject::setPartitionLayer(const QString &layerId, bool partition)
{
    if (layerId.isEmpty() || partition == isPartitionLayer(layerId))
        return;
    if (partition)
        mData.partitionLayers.push_back(layerId);
    else
        mData.partitionLayers.removeAll(layerId);
    setModified(true);
    emit partitionLayersChanged(layerId);
}

void PlanProject::setLabelLanguage(LabelLanguage language)
{
    if (language == mData.labelLanguage)
        return;
    mData.labelLanguage = language;
    const QString field = nameField(language);
    for (const auto &layer : mData.layers) {
        gis::LabelSettings labels = layer->labels();
        // Only layers that carry both names switch; others (a user's dataset) keep their field.
        if (labels.enabled && layer->features().fieldIndex(field) >= 0) {
            labels.field = field;
            layer->setLabels(labels);
        }
    }
    emit labelLanguageChanged();
    emit appearanceChanged();
}

QString PlanProject::addBookmark(const QString &name, const gis::Box &lonLatExtent)
{
    const QString id = QStringLiteral("user_") + QUuid::createUuid().toString(QUuid::Id128);
    mData.userBookmarks.push_back({id, name, lonLatExtent});
    emit bookmarksChanged();
    return id;
}

bool PlanProject::renameBookmark(const QString &id, const QString &name)
{
    const int index = bookmarkIndex(id);
    if (index < 0 || mData.userBookmarks[index].name == name)
        return false;
    mData.userBookmarks[index].name = name;
    emit bookmarksChanged();
    return true;
}

bool PlanProject::removeBookmark(const QString &id)
{
    const int index = bookmarkIndex(id);
    if (index < 0)
        return false;
    mData.userBookmarks.removeAt(index);
    emit bookmarksChanged();
    return true;
}

// Only the user's bookmarks can be changed; the presets come from the data.
int PlanProject::bookmarkIndex(const QString &id) const
{
    for (int i = 0; i < mData.userBookmarks.size(); ++i) {
        if (mData.userBookmarks[i].id == id)
            return i;
    }
    return -1;
}

void PlanProject::setSaved(const QString &filePath)
{
    if (filePath != mData.filePath) {
        mData.filePath = filePath;
        emit filePathChanged(filePath);
    }
    setModified(false);
}

void PlanProject::setModified(bool modified)
{
    if (modified == mModified)
        return;
    mModified = modified;
    emit modifiedChanged(modified);
}

std::vector<gis::LayerSnapshot> PlanProject::visibleLayerSnapshots() const
{
    std::vector<gis::LayerSnapshot> snapshots;
    for (const QString &id : drawingOrder()) {
        const gis::MapLayer *target = mapLayer(id);
        if (!target->isVisible())
            continue;
        switch (target->kind()) {
        case gis::LayerKind::Vector:
            snapshots.push_back(gis::snapshotOf(static_cast<const gis::VectorLayer &>(*target)));
            break;
        case gis::LayerKind::Raster:
            snapshots.push_back(gis::snapshotOf(static_cast<const gis::RasterLayer &>(*target)));
            break;
        }
    }
    return snapshots;
}

// ---- Editing the layer list and the layers' appearance ----

gis::RasterLayer *PlanProject::rasterLayer(const QString &id) const
{
    for (const auto &layer : mData.rasterLayers) {
        if (layer->id() == id)
            return layer.get();
    }
    return nullptr;
}

gis::MapLayer *PlanProject::mapLayer(const QString &id) const
{
    if (gis::VectorLayer *vector = layer(id))
        return vector;
    return rasterLayer(id);
}

QString PlanProject::addedLayersGroupId()
{
    return QStringLiteral("added");
}

int PlanProject::groupIndex(const QString &groupId) const
{
    for (int i = 0; i < mData.groups.size(); ++i) {
        if (mData.groups[i].id == groupId)
            return i;
    }
    return -1;
}

QString PlanProject::addGroup(const QString &title)
{
    QString id = QStringLiteral("group");
    for (int n = 2; groupIndex(id) >= 0; ++n)
        id = QStringLiteral("group_%1").arg(n);
    mData.groups.push_front({id, title, {}});
    emit groupsChanged();
    setModified(true);
    return id;
}

bool PlanProject::renameGroup(const QString &groupId, const QString &title)
{
    const int index = groupIndex(groupId);
    if (index < 0 || title.trimmed().isEmpty())
        return false;
    if (mData.groups[index].title == title)
        return true;
    mData.groups[index].title = title;
    emit groupsChanged();
    setModified(true);
    return true;
}

bool PlanProject::moveGroup(const QString &groupId, int index)
{
    const int from = groupIndex(groupId);
    if (from < 0)
        return false;
    index = std::clamp(index, 0, static_cast<int>(mData.groups.size()) - 1);
    if (index == from)
        return true;
    mData.groups.move(from, index);
    sortLayersByTree();
    emit groupsChanged();
    emit appearanceChanged(); // the drawing order follows the groups
    return true;
}

bool PlanProject::removeGroup(const QString &groupId)
{
    const int index = groupIndex(groupId);
    if (index < 0 || !mData.groups[index].layerIds.isEmpty())
        return false;
    mData.groups.removeAt(index);
    emit groupsChanged();
    setModified(true);
    return true;
}

QString PlanProject::uniqueLayerId(const QString &wanted) const
{
    const QString base = wanted.isEmpty() ? QStringLiteral("layer") : wanted;
    QString id = base;
    for (int n = 2; mapLayer(id); ++n)
        id = QStringLiteral("%1_%2").arg(base).arg(n);
    return id;
}

LayerGroup &PlanProject::groupForNewLayer(const QString &groupId)
{
    const QString wanted = groupId.isEmpty() ? addedLayersGroupId() : groupId;
    for (LayerGroup &group : mData.groups) {
        if (group.id == wanted)
            return group;
    }
    mData.groups.push_front({wanted, tr("Added layers"), {}});
    return mData.groups.front();
}

void PlanProject::insertIntoGroup(const QString &id, const QString &groupId)
{
    groupForNewLayer(groupId).layerIds.push_front(id);
    sortLayersByTree();
    emit layerAdded(id);
    emit appearanceChanged();
}

QString PlanProject::addLayer(std::shared_ptr<gis::VectorLayer> layer, const QString &groupId)
{
    layer->setId(uniqueLayerId(layer->id()));
    const QString id = layer->id();
    mData.layers.push_back(std::move(layer));
    insertIntoGroup(id, groupId);
    return id;
}

QString PlanProject::addLayer(std::shared_ptr<gis::RasterLayer> layer, const QString &groupId)
{
    layer->setId(uniqueLayerId(layer->id()));
    const QString id = layer->id();
    mData.rasterLayers.push_back(std::move(layer));
    insertIntoGroup(id, groupId);
    return id;
}

bool PlanProject::removeLayer(const QString &id)
{
    if (!mapLayer(id))
        return false;
    std::erase_if(mData.layers, [&](const auto &layer) { return layer->id() == id; });
    std::erase_if(mData.rasterLayers, [&](const auto &layer) { return layer->id() == id; });
    std::erase_if(mData.themes, [&](const ThematicSpec &spec) { return spec.layerId == id; });
    for (LayerGroup &group : mData.groups)
        group.layerIds.removeAll(id);
    mSelection->clearLayer(id); // its indices would point into another layer later
    mData.partitionLayers.removeAll(id);
    emit layerRemoved(id);
    emit appearanceChanged();
    return true;
}

bool PlanProject::replaceLayerFeatures(const QString &id,
                                       std::shared_ptr<const gis::FeatureCollection> features)
{
    gis::VectorLayer *target = layer(id);
    if (!target || !features)
        return false;
    FeatureSelection::Indices kept =
        sameFeatures(target->features(), *features, mSelection->selected(id));
    target->setFeatures(std::move(features));
    mSelection->followReplacedFeatures(id, std::move(kept));
    emit layerDataChanged(id);
    return true;
}

QString PlanProject::groupOf(const QString &layerId) const
{
    for (const LayerGroup &group : mData.groups) {
        if (group.layerIds.contains(layerId))
            return group.id;
    }
    return {};
}

bool PlanProject::moveLayer(const QString &id, const QString &groupId, int index)
{
    auto target = std::find_if(mData.groups.begin(), mData.groups.end(),
                               [&](const LayerGroup &group) { return group.id == groupId; });
    if (!mapLayer(id) || target == mData.groups.end())
        return false;
    const QString from = groupOf(id);
    const int oldIndex = target->layerIds.indexOf(id);
    for (LayerGroup &group : mData.groups)
        group.layerIds.removeAll(id);
    index = std::clamp(index, 0, static_cast<int>(target->layerIds.size()));
    target->layerIds.insert(index, id);
    if (from == groupId && oldIndex == index)
        return true;
    sortLayersByTree();
    emit layerMoved(id);
    emit appearanceChanged();
    return true;
}

QStringList PlanProject::drawingOrder() const
{
    QStringList order;
    for (auto group = mData.groups.crbegin(); group != mData.groups.crend(); ++group) {
        for (auto id = group->layerIds.crbegin(); id != group->layerIds.crend(); ++id) {
            if (mapLayer(*id))
                order.push_back(*id);
        }
    }
    // A layer in no group (not made by the loaders) still draws, beneath the rest.
    QStringList ungrouped;
    for (const auto &layer : mData.layers) {
        if (!order.contains(layer->id()))
            ungrouped.push_back(layer->id());
    }
    return ungrouped + order;
}

// Keeps the vector list in the tree's order, for callers that walk layers() (identify).
void PlanProject::sortLayersByTree()
{
    const QStringList order = drawingOrder();
    std::stable_sort(mData.layers.begin(), mData.layers.end(), [&](const auto &a, const auto &b) {
        return order.indexOf(a->id()) < order.indexOf(b->id());
    });
}

void PlanProject::layerChangeDone(const QString &id)
{
    emit layerChanged(id);
    emit appearanceChanged();
}

void PlanProject::setLayerTitle(const QString &id, const QString &title)
{
    gis::MapLayer *target = mapLayer(id);
    if (!target || target->title() == title)
        return;
    target->setTitle(title);
    layerChangeDone(id);
}

void PlanProject::setLayerOpacity(const QString &id, double opacity)
{
    gis::MapLayer *target = mapLayer(id);
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (!target || qFuzzyCompare(target->opacity(), opacity))
        return;
    target->setOpacity(opacity);
    layerChangeDone(id);
}

void PlanProject::setLayerScaleRange(const QString &id, const gis::ScaleRange &range)
{
    gis::MapLayer *target = mapLayer(id);
    if (!target || target->scaleRange() == range)
        return;
    target->setScaleRange(range);
    layerChangeDone(id);
}

void PlanProject::setLayerSymbol(const QString &id, const gis::Symbol &symbol)
{
    if (gis::VectorLayer *target = layer(id)) {
        target->setSymbol(symbol);
        // The classes take their outline and marker from the symbol.
        if (const ThematicSpec *spec = themeOf(id))
            applyTheme(*spec);
        layerChangeDone(id);
    }
}

ThematicSpec *PlanProject::themeOf(const QString &id)
{
    const auto found = std::find_if(mData.themes.begin(), mData.themes.end(),
                                    [&](const ThematicSpec &spec) { return spec.layerId == id; });
    return found == mData.themes.end() ? nullptr : &*found;
}

std::optional<ThematicSpec> PlanProject::layerTheme(const QString &id) const
{
    for (const ThematicSpec &spec : mData.themes) {
        if (spec.layerId == id)
            return spec;
    }
    return std::nullopt;
}

void PlanProject::applyTheme(const ThematicSpec &spec)
{
    if (gis::VectorLayer *target = layer(spec.layerId))
        mStyler.apply(spec, *target);
}

void PlanProject::setLayerTheme(const QString &id, const std::optional<ThematicSpec> &spec)
{
    gis::VectorLayer *target = layer(id);
    if (!target)
        return;
    std::erase_if(mData.themes, [&](const ThematicSpec &theme) { return theme.layerId == id; });
    if (spec && spec->kind != gis::StyleKind::Single) {
        ThematicSpec theme = *spec;
        theme.layerId = id;
        mData.themes.push_back(theme);
        applyTheme(theme);
    } else {
        gis::LayerStyle single;
        single.symbol = target->symbol();
        target->setStyle(single);
    }
    layerChangeDone(id);
}

std::vector<IndicatorChoice> PlanProject::indicatorChoices(const QString &layerId) const
{
    const gis::VectorLayer *target = layer(layerId);
    return target && mIndicatorCatalog ? mIndicatorCatalog(*target)
                                       : std::vector<IndicatorChoice>();
}

void PlanProject::setIndicatorValues(IndicatorValues values)
{
    mStyler = ThematicStyler(std::move(values));
    for (const ThematicSpec &spec : mData.themes) {
        if (spec.source == ThematicValueSource::Indicator) {
            applyTheme(spec);
            emit layerChanged(spec.layerId);
        }
    }
}

void PlanProject::refreshThemes(const QString &layerId)
{
    for (const ThematicSpec &spec : mData.themes) {
        if (layerId.isEmpty() || spec.layerId == layerId) {
            applyTheme(spec);
            emit layerChanged(spec.layerId);
            emit mapContentChanged();
        }
    }
}

void PlanProject::setLayerLabels(const QString &id, const gis::LabelSettings &labels)
{
    if (gis::VectorLayer *target = layer(id)) {
        target->setLabels(labels);
        layerChangeDone(id);
    }
}

} // namespace core
