#include "repairlog.h"

#include "geometry/ogrmakevalid.h"
#include "geometry/polygonrepair.h"
#include "geometry/validity.h"

#include <boost/geometry/algorithms/correct.hpp>

namespace core {

void RepairLog::repairLayer(gis::FeatureCollection &layer, const QString &keyField)
{
    for (gis::Feature &feature : layer.features) {
        auto *polygons = std::get_if<gis::MultiPolygon>(&feature.geometry);
        if (!polygons)
            continue;
        const gis::Validity validity = gis::checkValidity(*polygons);
        if (validity.valid)
            continue;
        gis::PolygonRepairReport report;
        *polygons = gis::repairPolygons(*polygons, &report);
        bool usedGeos = false;
        if (!report.validAfter) {
            *polygons = gis::makeValidWithGeos(*polygons);
            boost::geometry::correct(*polygons);
            const gis::Validity after = gis::checkValidity(*polygons);
            report.validAfter = after.valid;
            report.remainingProblem = after.reason;
            usedGeos = true;
        }
        mRecords.push_back({layer.name, layer.value(feature, keyField).toString(),
                            layer.value(feature, QStringLiteral("name_zh")).toString(),
                            validity.reason, report.removedDuplicateVertices, report.splitRings,
                            report.removedSpikes, report.insertedTouchingVertices,
                            report.droppedDegenerate, usedGeos, report.validAfter,
                            report.remainingProblem});
    }
}

int RepairLog::unrepairedCount() const
{
    return static_cast<int>(std::count_if(mRecords.begin(), mRecords.end(),
                                          [](const RepairRecord &r) { return !r.validAfter; }));
}

QStringList RepairLog::lines() const
{
    QStringList lines;
    for (const RepairRecord &r : mRecords) {
        lines.push_back(
            QStringLiteral("%1 %2 %3: invalid (%4); removed %5 repeated vertices and %6 "
                           "spike apexes, noded %7 touching vertices, cut %8 self-touching "
                           "rings, dropped %9 empty loops%10; %11")
                .arg(r.layer, r.key, r.name, r.problem.left(160))
                .arg(r.removedDuplicates)
                .arg(r.removedSpikes)
                .arg(r.insertedTouchingVertices)
                .arg(r.splitRings)
                .arg(r.droppedDegenerate)
                .arg(r.usedGeosMakeValid
                         ? QStringLiteral(", crossing edges noded by GEOS MakeValid")
                         : QString())
                .arg(r.validAfter ? QStringLiteral("valid now")
                                  : QStringLiteral("STILL INVALID: ") + r.remainingProblem));
    }
    return lines;
}

} // namespace core
