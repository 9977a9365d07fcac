#include "editvalidator.h"

#include "editsession.h"
#include "geometry/dissolve.h"

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/algorithms/equals.hpp>
#include <boost/geometry/algorithms/intersects.hpp>
#include <boost/geometry/strategies/strategies.hpp>

namespace core {

namespace {

namespace bgi = boost::geometry::index;

// Overlaps and gaps below this share of the layer's extent are the rounding of shared edges.
constexpr double kMinimumAreaShare = 1e-10;

bool isEmptyBox(const gis::Box &box)
{
    return box.min_corner().x() > box.max_corner().x();
}

} // namespace

EditValidator::EditValidator(EditSession *session, QObject *parent)
    : QObject(parent)
    , mSession(session)
{
    for (auto signal :
         {&EditSession::geometryChanged, &EditSession::featureAdded, &EditSession::featureRemoved})
        connect(session, signal, this, &EditValidator::onGeometryChanged);
    connect(session, &EditSession::editsReplaced, this, [this] {
        rebuild();
        emit problemsChanged();
    });
    rebuild();
}

EditValidator::~EditValidator() = default;

void EditValidator::setPartition(bool partition)
{
    if (partition == mPartition)
        return;
    mPartition = partition;
    rebuild();
    emit problemsChanged();
}

std::vector<gis::PartitionProblem> EditValidator::problems() const
{
    std::vector<gis::PartitionProblem> all;
    for (const auto &[id, problem] : mInvalid)
        all.push_back(problem);
    for (const auto &[pair, problem] : mOverlaps)
        all.push_back(problem);
    all.insert(all.end(), mGaps.begin(), mGaps.end());
    return all;
}

// Indexes the layer as edited and checks every edited feature: the state after a start, a
// restored journal or a save. Only edited features are checked, never the whole layer.
void EditValidator::rebuild()
{
    const gis::FeatureCollection &base = mSession->base();
    mBaseIndex.clear();
    for (std::size_t i = 0; i < base.features.size(); ++i)
        mBaseIndex.emplace(base.features[i].id, i);
    const gis::Box extent = base.extent();
    mMinimumArea = isEmptyBox(extent) ? 0 : boost::geometry::area(extent) * kMinimumAreaShare;

    std::vector<Entry> entries;
    mBoxes.clear();
    const auto edited = mSession->editedFeatures();
    for (std::size_t i = 0; i < edited->features.size(); ++i) {
        const gis::Box box = edited->envelope(i);
        entries.emplace_back(box, edited->features[i].id);
        mBoxes.emplace(edited->features[i].id, box);
    }
    mTree = Tree(entries.begin(), entries.end());

    mInvalid.clear();
    mOverlaps.clear();
    mGapPieces.clear();
    mGaps.clear();
    std::vector<gis::Box> areas;
    for (qint64 id : editedIds()) {
        if (const auto box = mBoxes.find(id); box != mBoxes.end())
            areas.push_back(box->second);
    }
    for (qint64 id : mSession->buffer().deletedFeatures()) {
        if (const auto saved = savedGeometry(id))
            areas.push_back(gis::envelope(*saved));
    }
    recheck(editedIds(), areas);
}

void EditValidator::onGeometryChanged(qint64 id)
{
    std::vector<gis::Box> areas;
    if (const auto old = mBoxes.find(id); old != mBoxes.end()) {
        mTree.remove(Entry(old->second, id));
        areas.push_back(old->second);
        mBoxes.erase(old);
    }
    if (const auto geometry = mSession->geometry(id)) {
        const gis::Box box = gis::envelope(*geometry);
        mTree.insert(Entry(box, id));
        mBoxes.emplace(id, box);
        areas.push_back(box);
    }
    recheck({id}, areas);
    emit problemsChanged();
}

void EditValidator::recheck(const std::set<qint64> &touched, const std::vector<gis::Box> &areas)
{
    mLastChecked = 0;
    checkFeatures(touched);
    checkGaps(areas);
}

// The touched features' validity, and their overlaps with whatever their envelopes meet.
void EditValidator::checkFeatures(const std::set<qint64> &touched)
{
    for (qint64 id : touched)
        mInvalid.erase(id);
    std::erase_if(mOverlaps, [&](const auto &entry) {
        return touched.count(entry.first.first) || touched.count(entry.first.second);
    });
    std::set<qint64> ids;
    for (qint64 id : touched) {
        const auto box = mBoxes.find(id);
        if (box == mBoxes.end())
            continue; // deleted
        ids.insert(id);
        if (mPartition) {
            for (qint64 neighbour : idsIn(box->second))
                ids.insert(neighbour);
        }
    }
    const std::vector<qint64> members(ids.begin(), ids.end());
    mLastChecked += members.size();
    std::vector<std::size_t> changed;
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (touched.count(members[i]))
            changed.push_back(i);
    }
    for (gis::PartitionProblem &problem :
         gis::checkPartition(collectionOf(members), changed, std::nullopt, mMinimumArea)) {
        if (problem.kind == gis::PartitionProblemKind::Invalid)
            mInvalid[problem.features.front()] = std::move(problem);
        else if (problem.kind == gis::PartitionProblemKind::Overlap && mPartition)
            mOverlaps[{problem.features.front(), problem.features.back()}] = std::move(problem);
    }
}

// A gap is a part of an edited zone's saved cover that no zone covers now; only the saved
// zones whose cover meets a changed envelope can have gained or lost one.
void EditValidator::checkGaps(const std::vector<gis::Box> &areas)
{
    if (!mPartition) {
        mGapPieces.clear();
        mGaps.clear();
        return;
    }
    std::set<qint64> candidates;
    for (const auto &[id, piece] : mGapPieces)
        candidates.insert(id);
    for (const auto &[id, geometry] : mSession->buffer().changedGeometries())
        candidates.insert(id);
    for (qint64 id : mSession->buffer().deletedFeatures())
        candidates.insert(id);
    bool changed = false;
    for (qint64 id : candidates) {
        const auto saved = savedGeometry(id);
        const auto *cover = saved ? std::get_if<gis::MultiPolygon>(&*saved) : nullptr;
        if (!cover)
            continue;
        const gis::Box coverBox = gis::envelope(*saved);
        if (std::none_of(areas.begin(), areas.end(), [&](const gis::Box &area) {
                return boost::geometry::intersects(area, coverBox);
            }))
            continue;
        gis::MultiPolygon piece;
        const std::vector<qint64> neighbours = idsIn(coverBox);
        mLastChecked += neighbours.size();
        for (gis::PartitionProblem &gap :
             gis::checkPartition(collectionOf(neighbours), {}, *cover, mMinimumArea)) {
            for (gis::Polygon &part : gap.where)
                piece.push_back(std::move(part));
        }
        if (piece.empty())
            mGapPieces.erase(id);
        else
            mGapPieces[id] = std::move(piece);
        changed = true;
    }
    if (!changed)
        return;
    std::vector<gis::MultiPolygon> pieces;
    for (const auto &[id, piece] : mGapPieces)
        pieces.push_back(piece);
    mGaps.clear();
    for (gis::Polygon &gap : gis::dissolve(pieces))
        mGaps.push_back(
            {gis::PartitionProblemKind::Gap, {}, {}, gis::MultiPolygon{std::move(gap)}});
}

std::vector<qint64> EditValidator::idsIn(const gis::Box &box) const
{
    std::vector<qint64> ids;
    for (auto it = mTree.qbegin(bgi::intersects(box)); it != mTree.qend(); ++it)
        ids.push_back(it->second);
    return ids;
}

gis::FeatureCollection EditValidator::collectionOf(const std::vector<qint64> &ids) const
{
    gis::FeatureCollection collection;
    collection.crs = mSession->base().crs;
    for (qint64 id : ids) {
        gis::Feature feature;
        feature.id = id;
        if (const auto &changed = mSession->buffer().changedGeometries(); changed.count(id))
            feature.geometry = changed.at(id);
        else if (const auto &added = mSession->buffer().addedFeatures(); added.count(id))
            feature.geometry = added.at(id).geometry;
        else if (const auto saved = savedGeometry(id))
            feature.geometry = *saved;
        collection.features.push_back(std::move(feature));
    }
    return collection;
}

std::set<qint64> EditValidator::editedIds() const
{
    std::set<qint64> ids;
    for (const auto &[id, geometry] : mSession->buffer().changedGeometries())
        ids.insert(id);
    for (const auto &[id, feature] : mSession->buffer().addedFeatures())
        ids.insert(id);
    return ids;
}

std::optional<gis::Geometry> EditValidator::savedGeometry(qint64 id) const
{
    const auto index = mBaseIndex.find(id);
    if (index == mBaseIndex.end())
        return std::nullopt;
    return mSession->base().geometry(index->second);
}

} // namespace core
