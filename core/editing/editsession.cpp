#include "editsession.h"

#include <algorithm>

namespace core {

EditSession::EditSession(QString layerId, std::shared_ptr<const gis::FeatureCollection> base,
                         QObject *parent)
    : QObject(parent)
    , mLayerId(std::move(layerId))
    , mBase(std::move(base))
{
    const auto changed = [this] {
        ++mRevision;
    };
    connect(this, &EditSession::editsReplaced, this, changed);
    connect(this, &EditSession::geometryChanged, this, changed);
    connect(this, &EditSession::attributeChanged, this, changed);
    connect(this, &EditSession::featureAdded, this, changed);
    connect(this, &EditSession::featureRemoved, this, changed);
}

void EditSession::restoreEdits(gis::EditBuffer edits)
{
    mUndoStack.clear();
    mBuffer = std::move(edits);
    mRestored = !mBuffer.isEmpty();
    emit editsReplaced();
}

void EditSession::replace(std::shared_ptr<const gis::FeatureCollection> base, gis::EditBuffer edits)
{
    mUndoStack.clear();
    mBase = std::move(base);
    mBuffer = std::move(edits);
    mRestored = !mBuffer.isEmpty();
    emit editsReplaced();
}

const gis::SaveConflict *EditSession::conflict(qint64 id) const
{
    const auto found = std::find_if(mConflicts.begin(), mConflicts.end(),
                                    [id](const gis::SaveConflict &c) { return c.featureId == id; });
    return found == mConflicts.end() ? nullptr : &*found;
}

void EditSession::setConflicts(std::vector<gis::SaveConflict> conflicts)
{
    mConflicts = std::move(conflicts);
    emit conflictsChanged();
}

std::shared_ptr<gis::FeatureCollection> EditSession::editedFeatures() const
{
    return mBuffer.applied(*mBase);
}

std::optional<gis::Geometry> EditSession::bufferedGeometry(qint64 id) const
{
    if (const auto added = mBuffer.addedFeatures().find(id); added != mBuffer.addedFeatures().end())
        return added->second.geometry;
    const auto changed = mBuffer.changedGeometries().find(id);
    if (changed == mBuffer.changedGeometries().end())
        return std::nullopt;
    return changed->second;
}

void EditSession::setGeometry(qint64 id, gis::Geometry geometry)
{
    mBuffer.changeGeometry(id, std::move(geometry));
    emit geometryChanged(id);
}

void EditSession::restoreBufferedGeometry(qint64 id, std::optional<gis::Geometry> buffered)
{
    if (buffered)
        mBuffer.changeGeometry(id, std::move(*buffered));
    else
        mBuffer.revertGeometry(id);
    emit geometryChanged(id);
}

std::optional<QVariant> EditSession::bufferedAttribute(qint64 id, int field) const
{
    if (const auto added = mBuffer.addedFeatures().find(id); added != mBuffer.addedFeatures().end())
        return added->second.attributes.value(field);
    const auto changed = mBuffer.changedAttributes().find(id);
    if (changed == mBuffer.changedAttributes().end() || !changed->second.contains(field))
        return std::nullopt;
    return changed->second.value(field);
}

void EditSession::setAttribute(qint64 id, int field, QVariant value)
{
    mBuffer.changeAttribute(id, field, std::move(value));
    emit attributeChanged(id, field);
}

void EditSession::restoreBufferedAttribute(qint64 id, int field, std::optional<QVariant> buffered)
{
    if (buffered)
        mBuffer.changeAttribute(id, field, std::move(*buffered));
    else
        mBuffer.revertAttribute(id, field);
    emit attributeChanged(id, field);
}

qint64 EditSession::addFeature(gis::Feature feature)
{
    const qint64 id = mBuffer.addFeature(std::move(feature));
    emit featureAdded(id);
    return id;
}

void EditSession::restoreAddedFeature(gis::Feature feature)
{
    const qint64 id = feature.id;
    mBuffer.restoreAddedFeature(std::move(feature));
    emit featureAdded(id);
}

void EditSession::removeFeature(qint64 id)
{
    mBuffer.deleteFeature(id);
    emit featureRemoved(id);
}

void EditSession::unremoveFeature(qint64 id)
{
    mBuffer.undeleteFeature(id);
    emit featureAdded(id);
}

} // namespace core
