#pragma once

#include "geometry/partitioncheck.h"

#include <boost/geometry/index/rtree.hpp>

#include <QObject>

#include <map>
#include <set>
#include <unordered_map>

namespace core {

class EditSession;

// Keeps the problems of an edited layer current as the planner edits: after each change only
// the touched features and their R-tree neighbours are checked again (gis::checkPartition), so
// it stays fast on the largest layers. Every edited feature is checked for validity (with
// Boost.Geometry's reason); when the layer's zones form a partition, overlaps between zones
// and gaps inside the plan area are found too. The plan area is what the layer's zones covered
// when last saved, so a gap is a part of that cover no zone covers any more; a gap can only
// open where a zone was edited or deleted, which is what keeps the gap rule incremental.
class EditValidator : public QObject
{
    Q_OBJECT
public:
    explicit EditValidator(EditSession *session, QObject *parent = nullptr);
    ~EditValidator() override;

    EditSession *session() const { return mSession; }
    // Overlaps and gaps are problems only where the planner says the zones tile the area.
    void setPartition(bool partition);
    bool isPartition() const { return mPartition; }
    // Overlaps and gaps smaller than this (layer units squared) are rounding, not planning.
    double minimumArea() const { return mMinimumArea; }

    // Invalid features first, then overlaps, then gaps.
    std::vector<gis::PartitionProblem> problems() const;
    // How many features the last check after an edit looked at: the touched ones and their
    // neighbours, never the whole layer.
    std::size_t lastCheckedFeatures() const { return mLastChecked; }

signals:
    void problemsChanged();

private:
    using Entry = std::pair<gis::Box, qint64>;
    using Tree = boost::geometry::index::rtree<Entry, boost::geometry::index::rstar<16>>;

    void rebuild();
    void onGeometryChanged(qint64 id);
    void recheck(const std::set<qint64> &touched, const std::vector<gis::Box> &areas);
    void checkFeatures(const std::set<qint64> &touched);
    void checkGaps(const std::vector<gis::Box> &areas);
    std::vector<qint64> idsIn(const gis::Box &box) const;
    gis::FeatureCollection collectionOf(const std::vector<qint64> &ids) const;
    std::set<qint64> editedIds() const;
    std::optional<gis::Geometry> savedGeometry(qint64 id) const;

    EditSession *mSession;
    bool mPartition = false;
    double mMinimumArea = 0;
    Tree mTree; // the layer as edited now
    std::unordered_map<qint64, gis::Box> mBoxes;
    std::unordered_map<qint64, std::size_t> mBaseIndex; // saved features by id
    std::map<qint64, gis::PartitionProblem> mInvalid;
    std::map<std::pair<qint64, qint64>, gis::PartitionProblem> mOverlaps;
    // What each edited saved zone's cover lacks now; the gaps are their union.
    std::map<qint64, gis::MultiPolygon> mGapPieces;
    std::vector<gis::PartitionProblem> mGaps;
    std::size_t mLastChecked = 0;
};

} // namespace core
