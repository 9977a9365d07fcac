#include "geometriescommand.h"

#include "editing/editsession.h"

namespace core {

GeometriesCommand::GeometriesCommand(EditSession *session, std::vector<Change> changes,
                                     const QString &text, int mergeKey, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , mSession(session)
    , mMergeKey(mergeKey)
{
    for (Change &change : changes) {
        mFeatures.push_back(change.feature);
        mBefore.push_back(session->bufferedGeometry(change.feature));
        mAfter.push_back(std::move(change.after));
    }
}

void GeometriesCommand::redo()
{
    for (std::size_t i = 0; i < mFeatures.size(); ++i)
        mSession->setGeometry(mFeatures[i], mAfter[i]);
}

void GeometriesCommand::undo()
{
    for (std::size_t i = mFeatures.size(); i-- > 0;)
        mSession->restoreBufferedGeometry(mFeatures[i], mBefore[i]);
}

bool GeometriesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const GeometriesCommand *>(other); // same id(): same class
    if (mMergeKey == 0 || next->mMergeKey != mMergeKey || next->mFeatures != mFeatures)
        return false;
    mAfter = next->mAfter;
    return true;
}

} // namespace core
