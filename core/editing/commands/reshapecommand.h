#pragma once

#include "geometriescommand.h"

#include <QCoreApplication>

#include <memory>

namespace core {

// A zone's boundary redrawn between two of its points (gis::reshape), one undo step; with it,
// in the same step, the changes its neighbours take so that no overlap or gap opens (the
// overlap clipped off them, the area it gave up handed to them), when the planner chose so.
class ReshapeCommand : public GeometriesCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReshapeCommand)
public:
    ReshapeCommand(EditSession *session, qint64 feature, gis::MultiPolygon reshaped,
                   std::vector<Change> neighbours = {});

    // The zone reshaped along `path` (its units; `tolerance` is how near its ends must lie to
    // the boundary). Nothing (and why) when the path does not reshape it.
    static std::unique_ptr<ReshapeCommand> create(EditSession *session, qint64 feature,
                                                  const gis::LineString &path, double tolerance,
                                                  QString *error);
};

} // namespace core
