#pragma once

#include "data/featurecollection.h"

#include <QMap>

#include <map>
#include <memory>
#include <set>

namespace gis {

// The edits of one layer not yet saved, kept apart from the data as differences only: changed
// geometries and attribute values by feature id, features added (with ids below zero until the
// source gives them theirs) and features deleted. The data itself is never touched until a
// save writes the differences; discarding them is dropping the buffer.
class EditBuffer
{
public:
    bool isEmpty() const;

    // The feature as edited (nothing when deleted or unknown), from the buffer or the base.
    std::optional<Feature> feature(const FeatureCollection &base, qint64 id) const;
    std::optional<Geometry> geometry(const FeatureCollection &base, qint64 id) const;

    void changeGeometry(qint64 id, Geometry geometry);
    void changeAttribute(qint64 id, int field, QVariant value);
    // A new feature gets the next free id below zero, returned.
    qint64 addFeature(Feature feature);
    // Puts back an added feature under its id (an undone delete of an added feature).
    void restoreAddedFeature(Feature feature);
    void deleteFeature(qint64 id);
    void undeleteFeature(qint64 id);
    // Forgets every edit of `id`: it is as the base has it again.
    void revertGeometry(qint64 id);
    void revertAttribute(qint64 id, int field);

    const std::map<qint64, Geometry> &changedGeometries() const { return mGeometries; }
    const std::map<qint64, QMap<int, QVariant>> &changedAttributes() const { return mAttributes; }
    const std::map<qint64, Feature> &addedFeatures() const { return mAdded; }
    const std::set<qint64> &deletedFeatures() const { return mDeleted; }
    bool isAdded(qint64 id) const { return mAdded.count(id) > 0; }
    bool isDeleted(qint64 id) const { return mDeleted.count(id) > 0; }

    // The layer as edited: the base's features in their order (changed ones changed, deleted
    // ones gone) and then the added ones; geometries kept per feature.
    std::shared_ptr<FeatureCollection> applied(const FeatureCollection &base) const;

private:
    Feature editedAt(const FeatureCollection &base, std::size_t index) const;

    std::map<qint64, Geometry> mGeometries;            // base features' new geometry
    std::map<qint64, QMap<int, QVariant>> mAttributes; // base features' new values by field
    std::map<qint64, Feature> mAdded;
    std::set<qint64> mDeleted; // base features
    qint64 mNextAddedId = -1;
};

} // namespace gis
