#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

#include <optional>

namespace core {

class EditSession;

// Sets one attribute of one feature (a zone's name, plate or status from the form).
class ChangeAttributeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeAttributeCommand)
public:
    ChangeAttributeCommand(EditSession *session, qint64 feature, int field, QVariant value);

    void redo() override;
    void undo() override;

private:
    EditSession *mSession;
    qint64 mFeature;
    int mField;
    std::optional<QVariant> mBefore;
    QVariant mAfter;
};

} // namespace core
