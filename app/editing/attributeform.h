#pragma once

#include "editing/zoneattributerules.h"

#include <QDialog>
#include <QPointer>
#include <QVector>

#include <map>

class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace core {
class EditSession;
class PlanProject;
} // namespace core

namespace app {

// The attributes of zones of the layer being edited: the names in both languages, the plate,
// the status and a note. Each field says beside it why its value cannot be taken (the rules
// are core's ZoneAttributeRules), and OK waits until every field is valid; OK changes the
// attributes in one undo step. With several zones, a field whose values differ stays empty
// and, left empty, keeps each zone's own value.
class AttributeForm : public QDialog
{
    Q_OBJECT
public:
    AttributeForm(core::PlanProject &project, core::EditSession *session, QVector<qint64> features,
                  QWidget *parent = nullptr);

    // Opens the form on one feature (a zone just drawn, say) without blocking; it goes when
    // closed. Null when the feature is not in the session.
    static AttributeForm *editFeature(core::PlanProject &project, core::EditSession *session,
                                      qint64 featureId, QWidget *parent);
    static AttributeForm *editFeatures(core::PlanProject &project, core::EditSession *session,
                                       const QVector<qint64> &featureIds, QWidget *parent);

    bool isValid() const;
    // Why a field's value is refused; empty when it is valid or the layer lacks the field.
    QString reason(const QString &field) const;

    void accept() override;

private:
    struct Row
    {
        int column = -1; // in the layer's fields
        QWidget *editor = nullptr;
        QLabel *reason = nullptr;
        bool mixed = false; // the features' values differ
    };

    void addRow(QGridLayout *grid, const QString &field, const QString &label, QWidget *editor);
    QComboBox *choiceBox(const QStringList &values, const QString &current,
                         const std::map<QString, QString> &titles);
    QString commonValue(int column, bool *mixed) const;
    QString valueOf(const Row &row) const;
    QString check(const QString &field, const Row &row) const;
    void validate();

    QPointer<core::EditSession> mSession; // the form closes when the session ends
    QVector<qint64> mFeatures;
    core::ZoneAttributeRules mRules;
    std::map<QString, Row> mRows;
    QDialogButtonBox *mButtons;
};

} // namespace app
