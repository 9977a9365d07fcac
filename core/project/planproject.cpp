#include "planproject.h"

#include "crs/coordinatetransform.h"

#include <QUuid>

#include <boost/geometry/algorithms/equals.hpp>

namespace core {

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

void PlanProject::setLayerVisible(const QString &id, bool visible)
{
    gis::VectorLayer *target = layer(id);
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
    for (const auto &layer : mData.layers) {
        if (layer->isVisible())
            snapshots.push_back(gis::snapshotOf(*layer));
    }
    return snapshots;
}

} // namespace core
