#include "changeattributecommand.h"

#include "editing/editsession.h"

namespace core {

ChangeAttributeCommand::ChangeAttributeCommand(EditSession *session, qint64 feature, int field,
                                               QVariant value)
    : QUndoCommand(tr("Change attribute"))
    , mSession(session)
    , mFeature(feature)
    , mField(field)
    , mBefore(session->bufferedAttribute(feature, field))
    , mAfter(std::move(value))
{
}

void ChangeAttributeCommand::redo()
{
    mSession->setAttribute(mFeature, mField, mAfter);
}

void ChangeAttributeCommand::undo()
{
    mSession->restoreBufferedAttribute(mFeature, mField, mBefore);
}

} // namespace core
