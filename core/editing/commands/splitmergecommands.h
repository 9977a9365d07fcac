#pragma once

#include "geometry/geometry.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

#include <memory>

namespace core {

class EditSession;

// Splits a zone along a drawn line: the zone keeps the largest piece, each other piece becomes
// a new zone with the same attributes; one undo step. Nothing (and why) when the line does not
// cut the zone.
class SplitFeatureCommand
{
    Q_DECLARE_TR_FUNCTIONS(SplitFeatureCommand)
public:
    static std::unique_ptr<QUndoCommand> create(EditSession *session, qint64 feature,
                                                const gis::LineString &line, QString *error);
};

// Merges zones into the first chosen: it takes their union (Boost.Geometry, pairwise) and
// keeps its own attributes, the others are deleted; one undo step. Zones that do not touch
// are refused rather than made into one zone of separate pieces.
class MergeFeaturesCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeFeaturesCommand)
public:
    static std::unique_ptr<QUndoCommand> create(EditSession *session,
                                                const QVector<qint64> &features, QString *error);
};

} // namespace core
