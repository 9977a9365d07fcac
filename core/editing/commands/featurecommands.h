#pragma once

#include "data/feature.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace core {

class EditSession;

// Adds a feature (a drawn zone); undone, it goes, and redone, it comes back under its id.
class AddFeatureCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddFeatureCommand)
public:
    AddFeatureCommand(EditSession *session, gis::Feature feature, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 featureId() const { return mFeature.id; }

private:
    EditSession *mSession;
    gis::Feature mFeature; // id below zero once first done
};

// Deletes a feature, with its edits kept so that undo brings it back as it was.
class DeleteFeatureCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteFeatureCommand)
public:
    DeleteFeatureCommand(EditSession *session, qint64 id, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    EditSession *mSession;
    qint64 mId;
    std::optional<gis::Feature> mAdded; // the whole feature, when it was an added one
};

} // namespace core
