#pragma once

#include "geometry/geometry.h"
#include "statistics/statisticstable.h"

#include <QCoreApplication>
#include <QLocale>

#include <map>
#include <memory>

namespace gis {
class GeodesicMeasurer;
struct Feature;
} // namespace gis

namespace core {

class EditSession;
class PlanProject;

// One figure of an edited zone as saved and with its geometry now (or as dragged).
struct ImpactFigure
{
    QString name; // the indicator key: "area_km2", "projects_count", "projects_count_share"
    QString unit;
    double saved = 0; // 0 for a zone added since the last save
    double current = 0;
    double change() const { return current - saved; }
};

// What an edit does to a zone's figures: its area, perimeter, the points of each spatial join
// inside it (count and sums) and their shares of the layer and of its share groups, computed
// by the statistics module (geometryIndicators, spatialJoin, groupShares) for the zone as saved
// and for a tentative geometry, the other zones as they are now. Fast enough for every frame of
// a drag: one zone is measured (its saved figures once, kept while this object lives: make a
// new one when the statistics change), and the points come from the join's R-tree.
class EditImpact
{
    Q_DECLARE_TR_FUNCTIONS(core::EditImpact)
public:
    EditImpact(const PlanProject &project, const EditSession &session);
    ~EditImpact();

    // The zone `featureId` with `geometry` against the session's saved zone.
    QVector<ImpactFigure> compare(qint64 featureId, const gis::Geometry &geometry) const;
    // The changes a planner reads first: "+3.2 km², +2 projects" (area, counts, sums).
    static QString changeText(const QVector<ImpactFigure> &figures, const QLocale &locale = {});

private:
    QVector<Indicator> figuresOf(gis::Feature feature) const;
    const QVector<Indicator> &savedFigures(qint64 featureId) const;

    const PlanProject &mProject;
    const EditSession &mSession;
    mutable std::map<qint64, QVector<Indicator>> mSaved;
    // Remembers the zones it measured: a drag's frames are measured by their change.
    std::unique_ptr<gis::GeodesicMeasurer> mMeasurer;
};

} // namespace core
