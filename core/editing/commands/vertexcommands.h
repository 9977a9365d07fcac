#pragma once

#include "editcommandid.h"
#include "geometriescommand.h"

#include "geometry/vertexedit.h"

#include <QCoreApplication>
#include <QVector>

#include <memory>

namespace core {

// A vertex of one feature of the layer being edited.
struct FeatureVertex
{
    qint64 feature = -1;
    gis::VertexId vertex;

    friend bool operator==(const FeatureVertex &, const FeatureVertex &) = default;
};

// Moves one vertex, or the same vertex as shared by neighbouring features (each listed), to a
// point. The steps of one drag (same merge key, same vertices) merge into one undo step.
class MoveVertexCommand : public GeometriesCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveVertexCommand)
public:
    // Nothing when a vertex does not exist.
    static std::unique_ptr<MoveVertexCommand> create(EditSession *session,
                                                     const QVector<FeatureVertex> &vertices,
                                                     const gis::Point &to, int dragKey = 0);
    int id() const override { return int(EditCommandId::MoveVertex); }

private:
    using GeometriesCommand::GeometriesCommand;
};

// Inserts a vertex on a segment (before `at`), in one feature or in each listed one.
class AddVertexCommand : public GeometriesCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddVertexCommand)
public:
    static std::unique_ptr<AddVertexCommand>
    create(EditSession *session, const QVector<FeatureVertex> &at, const gis::Point &point);

private:
    using GeometriesCommand::GeometriesCommand;
};

// Moves a segment: both its ends, as shared by neighbouring features (each listed), by one
// offset, in one undo step.
class MoveSegmentCommand : public GeometriesCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveSegmentCommand)
public:
    // Nothing when a vertex does not exist.
    static std::unique_ptr<MoveSegmentCommand>
    create(EditSession *session, const QVector<FeatureVertex> &vertices, double dx, double dy);

private:
    using GeometriesCommand::GeometriesCommand;
};

// Deletes a vertex; nothing is made when that would leave a ring or line too small.
class DeleteVertexCommand : public GeometriesCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteVertexCommand)
public:
    static std::unique_ptr<DeleteVertexCommand> create(EditSession *session,
                                                       const QVector<FeatureVertex> &vertices);

private:
    using GeometriesCommand::GeometriesCommand;
};

} // namespace core
