#include "featurecommands.h"

#include "editing/editsession.h"

namespace core {

AddFeatureCommand::AddFeatureCommand(EditSession *session, gis::Feature feature,
                                     QUndoCommand *parent)
    : QUndoCommand(tr("Add feature"), parent)
    , mSession(session)
    , mFeature(std::move(feature))
{
    mFeature.id = 0; // not added yet
}

void AddFeatureCommand::redo()
{
    if (mFeature.id < 0)
        mSession->restoreAddedFeature(mFeature);
    else
        mFeature.id = mSession->addFeature(mFeature);
}

void AddFeatureCommand::undo()
{
    // What later commands did to it is undone by now: the feature is as added.
    mSession->removeFeature(mFeature.id);
}

DeleteFeatureCommand::DeleteFeatureCommand(EditSession *session, qint64 id, QUndoCommand *parent)
    : QUndoCommand(tr("Delete feature"), parent)
    , mSession(session)
    , mId(id)
{
}

void DeleteFeatureCommand::redo()
{
    if (mSession->buffer().isAdded(mId))
        mAdded = mSession->feature(mId);
    mSession->removeFeature(mId);
}

void DeleteFeatureCommand::undo()
{
    if (mAdded)
        mSession->restoreAddedFeature(*mAdded);
    else
        mSession->unremoveFeature(mId);
}

} // namespace core
