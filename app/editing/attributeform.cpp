#include "attributeform.h"

#include "editing/commands/changeattributecommand.h"
#include "editing/editsession.h"
#include "project/planproject.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace app {

namespace {

using Rules = core::ZoneAttributeRules;

} // namespace

AttributeForm::AttributeForm(core::PlanProject &project, core::EditSession *session,
                             QVector<qint64> features, QWidget *parent)
    : QDialog(parent)
    , mSession(session)
    , mFeatures(std::move(features))
    , mRules(Rules::forLayer(project, session->layerId()))
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("AttributeForm"));
    // Editing stopped (saved, discarded, project closed): there is nothing left to write to.
    connect(session, &QObject::destroyed, this, &QDialog::reject);
    setWindowTitle(mFeatures.size() == 1 ? tr("Zone attributes")
                                         : tr("Attributes of %1 zones").arg(mFeatures.size()));
    setMinimumWidth(440);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    const int plate = session->base().fieldIndex(Rules::plateField);
    const int status = session->base().fieldIndex(Rules::statusField);
    bool mixed = false;
    std::map<QString, QString> plateTitles;
    for (const QString &key : mRules.plates()) {
        const QString name = mRules.plateName(key);
        plateTitles[key] = name.isEmpty() ? key : tr("%1 (%2)").arg(name, key);
    }
    plateTitles[QString()] = tr("No plate");
    addRow(grid, Rules::nameZhField, tr("Name (Chinese)"), new QLineEdit(this));
    addRow(grid, Rules::nameEnField, tr("Name (English)"), new QLineEdit(this));
    addRow(grid, Rules::plateField, tr("Plate"),
           choiceBox(mRules.plates(), plate >= 0 ? commonValue(plate, &mixed) : QString(),
                     plateTitles));
    addRow(grid, Rules::statusField, tr("Status"),
           choiceBox(mRules.statuses(), status >= 0 ? commonValue(status, &mixed) : QString(), {}));
    addRow(grid, Rules::noteField, tr("Note"), new QLineEdit(this));
    for (auto &[field, row] : mRows) {
        if (auto *edit = qobject_cast<QLineEdit *>(row.editor)) {
            edit->setText(commonValue(row.column, &row.mixed));
            if (row.mixed)
                edit->setPlaceholderText(tr("Several values: left empty, each zone keeps its own"));
            connect(edit, &QLineEdit::textChanged, this, &AttributeForm::validate);
        } else if (auto *box = qobject_cast<QComboBox *>(row.editor)) {
            commonValue(row.column, &row.mixed);
            connect(box, &QComboBox::currentIndexChanged, this, &AttributeForm::validate);
        }
    }
    auto *layout = new QVBoxLayout(this);
    if (mRows.empty())
        layout->addWidget(
            new QLabel(tr("This layer has none of the zone attributes (%1).")
                           .arg(QStringList{Rules::nameZhField, Rules::nameEnField,
                                            Rules::plateField, Rules::statusField, Rules::noteField}
                                    .join(QStringLiteral(", "))),
                       this));
    layout->addLayout(grid);
    layout->addWidget(mButtons);
    connect(mButtons, &QDialogButtonBox::accepted, this, &AttributeForm::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &AttributeForm::reject);
    validate();
}

AttributeForm *AttributeForm::editFeature(core::PlanProject &project, core::EditSession *session,
                                          qint64 featureId, QWidget *parent)
{
    return editFeatures(project, session, {featureId}, parent);
}

AttributeForm *AttributeForm::editFeatures(core::PlanProject &project, core::EditSession *session,
                                           const QVector<qint64> &featureIds, QWidget *parent)
{
    if (!session || featureIds.isEmpty())
        return nullptr;
    for (qint64 id : featureIds) {
        if (!session->feature(id))
            return nullptr;
    }
    auto *form = new AttributeForm(project, session, featureIds, parent);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->open();
    return form;
}

void AttributeForm::addRow(QGridLayout *grid, const QString &field, const QString &label,
                           QWidget *editor)
{
    const int column = mSession->base().fieldIndex(field);
    if (column < 0) { // a layer without the field: nothing to edit there
        delete editor;
        return;
    }
    editor->setObjectName(field);
    auto *reason = new QLabel(this);
    reason->setObjectName(field + QStringLiteral("_reason"));
    reason->setStyleSheet(QStringLiteral("color: #c0392b"));
    reason->setWordWrap(true);
    reason->hide();
    // The reason goes under its field, so a long one neither clips nor widens the form.
    const int at = grid->rowCount();
    auto *title = new QLabel(label, this);
    title->setBuddy(editor);
    grid->addWidget(title, at, 0);
    grid->addWidget(editor, at, 1);
    grid->addWidget(reason, at + 1, 1);
    mRows[field] = Row{column, editor, reason, false};
}

// The known values, the current one first when it is not among them (an unknown plate must be
// seen to be corrected), and an empty choice.
QComboBox *AttributeForm::choiceBox(const QStringList &values, const QString &current,
                                    const std::map<QString, QString> &titles)
{
    auto *box = new QComboBox(this);
    const auto title = [&](const QString &value) {
        const auto found = titles.find(value);
        return found == titles.end() ? value : found->second;
    };
    box->addItem(title(QString()), QString());
    if (!current.isEmpty() && !values.contains(current))
        box->addItem(title(current), current);
    for (const QString &value : values)
        box->addItem(title(value), value);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

QString AttributeForm::commonValue(int column, bool *mixed) const
{
    *mixed = false;
    QString common;
    bool first = true;
    for (qint64 id : mFeatures) {
        const auto feature = mSession->feature(id);
        const QString value = feature ? feature->attributes.value(column).toString() : QString();
        if (!first && value != common) {
            *mixed = true;
            return {};
        }
        common = value;
        first = false;
    }
    return common;
}

QString AttributeForm::valueOf(const Row &row) const
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(row.editor))
        return edit->text().trimmed();
    if (const auto *box = qobject_cast<const QComboBox *>(row.editor))
        return box->currentData().toString();
    return {};
}

QString AttributeForm::check(const QString &field, const Row &row) const
{
    const QString value = valueOf(row);
    if (row.mixed && value.isEmpty())
        return {}; // each zone keeps its own
    if (field == Rules::nameZhField)
        return Rules::checkChineseName(value);
    if (field == Rules::nameEnField)
        return Rules::checkEnglishName(value);
    if (field == Rules::plateField)
        return mRules.checkPlate(value);
    if (field == Rules::statusField)
        return mRules.checkStatus(value);
    return {};
}

QString AttributeForm::reason(const QString &field) const
{
    const auto found = mRows.find(field);
    return found == mRows.end() ? QString() : check(field, found->second);
}

bool AttributeForm::isValid() const
{
    return std::all_of(mRows.begin(), mRows.end(), [this](const auto &entry) {
        return check(entry.first, entry.second).isEmpty();
    });
}

void AttributeForm::validate()
{
    for (const auto &[field, row] : mRows) {
        row.reason->setText(check(field, row));
        row.reason->setHidden(row.reason->text().isEmpty());
    }
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}

void AttributeForm::accept()
{
    if (!isValid())
        return;
    std::vector<std::unique_ptr<QUndoCommand>> changes;
    for (const auto &[field, row] : mRows) {
        const QString value = valueOf(row);
        if (row.mixed && value.isEmpty())
            continue;
        for (qint64 id : mFeatures) {
            const auto feature = mSession->feature(id);
            if (!feature || feature->attributes.value(row.column).toString() == value)
                continue;
            changes.push_back(std::make_unique<core::ChangeAttributeCommand>(
                mSession, id, row.column, value.isEmpty() ? QVariant() : QVariant(value)));
        }
    }
    if (!changes.empty()) {
        QUndoStack *stack = mSession->undoStack();
        stack->beginMacro(mFeatures.size() == 1
                              ? tr("Edit zone attributes")
                              : tr("Edit attributes of %1 zones").arg(mFeatures.size()));
        for (auto &change : changes)
            stack->push(change.release());
        stack->endMacro();
    }
    QDialog::accept();
}

} // namespace app
