#include "conflictresolution.h"

#include "postgis/pgversioning.h"

namespace core {

namespace {

// A copy of the base whose features keep their geometry themselves, so one can be replaced.
std::shared_ptr<gis::FeatureCollection> editableCopy(const gis::FeatureCollection &base)
{
    return gis::EditBuffer{}.applied(base);
}

// The base with the server's state of the conflicting feature: theirs, or none.
std::shared_ptr<const gis::FeatureCollection> takeTheirs(const gis::FeatureCollection &base,
                                                         const gis::SaveConflict &conflict)
{
    auto copy = editableCopy(base);
    auto &features = copy->features;
    const auto at = std::find_if(features.begin(), features.end(),
                                 [&](const gis::Feature &f) { return f.id == conflict.featureId; });
    if (at == features.end())
        return copy;
    if (conflict.theirs) {
        *at = *conflict.theirs;
        at->id = conflict.featureId;
    } else {
        features.erase(at);
    }
    return copy;
}

} // namespace

gis::EditBuffer ConflictResolution::editsOf(const gis::EditBuffer &edits,
                                            const std::set<qint64> &ids, bool inside)
{
    const auto wanted = [&](qint64 id) {
        return (ids.count(id) > 0) == inside;
    };
    gis::EditBuffer kept;
    for (const auto &[id, geometry] : edits.changedGeometries()) {
        if (wanted(id))
            kept.changeGeometry(id, geometry);
    }
    for (const auto &[id, values] : edits.changedAttributes()) {
        if (!wanted(id))
            continue;
        for (auto it = values.begin(); it != values.end(); ++it)
            kept.changeAttribute(id, it.key(), it.value());
    }
    for (qint64 id : edits.deletedFeatures()) {
        if (wanted(id))
            kept.deleteFeature(id);
    }
    if (!inside) {
        for (const auto &[id, feature] : edits.addedFeatures())
            kept.restoreAddedFeature(feature);
    }
    return kept;
}

ConflictResolution::State ConflictResolution::afterSave(const gis::FeatureCollection &base,
                                                        const gis::EditBuffer &edits,
                                                        const gis::EditSaveResult &saved)
{
    std::set<qint64> refused;
    for (const gis::SaveConflict &conflict : saved.conflicts)
        refused.insert(conflict.featureId);
    auto written = editsOf(edits, refused, false).applied(base);
    const int versionField = written->fieldIndex(QLatin1String(gis::postgis::PgVersioning::column));
    for (gis::Feature &feature : written->features) {
        if (const auto given = saved.newIds.find(feature.id); given != saved.newIds.end())
            feature.id = given->second;
        const auto version = saved.versions.find(feature.id);
        if (versionField >= 0 && version != saved.versions.end() &&
            versionField < feature.attributes.size())
            feature.attributes[versionField] = version->second;
    }
    return {std::move(written), editsOf(edits, refused, true)};
}

ConflictResolution::State ConflictResolution::keepMine(const gis::FeatureCollection &base,
                                                       const gis::EditBuffer &edits,
                                                       const gis::SaveConflict &conflict)
{
    if (conflict.theirs || conflict.mineDeleted)
        return {takeTheirs(base, conflict), edits};
    // They deleted it, I changed it: mine comes back as a new feature.
    std::optional<gis::Feature> mine = edits.feature(base, conflict.featureId);
    gis::EditBuffer kept = editsOf(edits, {conflict.featureId}, false);
    if (mine)
        kept.addFeature(std::move(*mine));
    return {takeTheirs(base, conflict), std::move(kept)};
}

ConflictResolution::State ConflictResolution::keepTheirs(const gis::FeatureCollection &base,
                                                         const gis::EditBuffer &edits,
                                                         const gis::SaveConflict &conflict)
{
    return {takeTheirs(base, conflict), editsOf(edits, {conflict.featureId}, false)};
}

} // namespace core
