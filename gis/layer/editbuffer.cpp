#include "editbuffer.h"

namespace gis {

namespace {

std::optional<std::size_t> indexOfId(const FeatureCollection &base, qint64 id)
{
    // Sources number features 0.. or 1.. in order: try the likely places before searching.
    for (qint64 guess : {id, id - 1}) {
        if (guess >= 0 && guess < qint64(base.features.size()) &&
            base.features[std::size_t(guess)].id == id)
            return std::size_t(guess);
    }
    for (std::size_t i = 0; i < base.features.size(); ++i) {
        if (base.features[i].id == id)
            return i;
    }
    return std::nullopt;
}

} // namespace

bool EditBuffer::isEmpty() const
{
    return mGeometries.empty() && mAttributes.empty() && mAdded.empty() && mDeleted.empty();
}

std::optional<Feature> EditBuffer::feature(const FeatureCollection &base, qint64 id) const
{
    if (const auto added = mAdded.find(id); added != mAdded.end())
        return added->second;
    if (mDeleted.count(id))
        return std::nullopt;
    const auto index = indexOfId(base, id);
    if (!index)
        return std::nullopt;
    return editedAt(base, *index);
}

Feature EditBuffer::editedAt(const FeatureCollection &base, std::size_t index) const
{
    Feature feature = base.features[index];
    const qint64 id = feature.id;
    feature.geometry = base.geometry(index);
    if (const auto geometry = mGeometries.find(id); geometry != mGeometries.end())
        feature.geometry = geometry->second;
    if (const auto values = mAttributes.find(id); values != mAttributes.end()) {
        for (auto it = values->second.begin(); it != values->second.end(); ++it) {
            if (it.key() >= 0 && it.key() < feature.attributes.size())
                feature.attributes[it.key()] = it.value();
        }
    }
    return feature;
}

std::optional<Geometry> EditBuffer::geometry(const FeatureCollection &base, qint64 id) const
{
    if (const auto added = mAdded.find(id); added != mAdded.end())
        return added->second.geometry;
    if (const auto changed = mGeometries.find(id); changed != mGeometries.end())
        return changed->second;
    if (mDeleted.count(id))
        return std::nullopt;
    const auto index = indexOfId(base, id);
    return index ? std::optional<Geometry>(base.geometry(*index)) : std::nullopt;
}

void EditBuffer::changeGeometry(qint64 id, Geometry geometry)
{
    if (const auto added = mAdded.find(id); added != mAdded.end())
        added->second.geometry = std::move(geometry);
    else
        mGeometries[id] = std::move(geometry);
}

void EditBuffer::changeAttribute(qint64 id, int field, QVariant value)
{
    if (const auto added = mAdded.find(id); added != mAdded.end()) {
        if (field >= 0 && field < added->second.attributes.size())
            added->second.attributes[field] = std::move(value);
        return;
    }
    mAttributes[id][field] = std::move(value);
}

qint64 EditBuffer::addFeature(Feature feature)
{
    feature.id = mNextAddedId--;
    const qint64 id = feature.id;
    mAdded.emplace(id, std::move(feature));
    return id;
}

void EditBuffer::restoreAddedFeature(Feature feature)
{
    mNextAddedId = std::min(mNextAddedId, feature.id - 1);
    mAdded[feature.id] = std::move(feature);
}

void EditBuffer::deleteFeature(qint64 id)
{
    if (mAdded.erase(id))
        return;
    mDeleted.insert(id);
}

void EditBuffer::undeleteFeature(qint64 id)
{
    mDeleted.erase(id);
}

void EditBuffer::revertGeometry(qint64 id)
{
    mGeometries.erase(id);
}

void EditBuffer::revertAttribute(qint64 id, int field)
{
    const auto values = mAttributes.find(id);
    if (values == mAttributes.end())
        return;
    values->second.remove(field);
    if (values->second.isEmpty())
        mAttributes.erase(values);
}

std::shared_ptr<FeatureCollection> EditBuffer::applied(const FeatureCollection &base) const
{
    auto edited = std::make_shared<FeatureCollection>();
    edited->name = base.name;
    edited->fields = base.fields;
    edited->crs = base.crs;
    edited->kind = base.kind;
    edited->features.reserve(base.features.size() + mAdded.size());
    for (std::size_t i = 0; i < base.features.size(); ++i) {
        if (!mDeleted.count(base.features[i].id))
            edited->features.push_back(editedAt(base, i));
    }
    // Added ids count down from -1: the first added comes first.
    for (auto it = mAdded.rbegin(); it != mAdded.rend(); ++it)
        edited->features.push_back(it->second);
    return edited;
}

} // namespace gis
