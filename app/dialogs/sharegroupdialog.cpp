#include "sharegroupdialog.h"

#include "project/planproject.h"
#include "statistics/indicatornames.h"
#include "statistics/statisticsmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace app {

namespace {

enum GroupColumn { NameColumn, LayerColumn, FeaturesColumn };

} // namespace

ShareGroupDialog::ShareGroupDialog(core::PlanProject *project, QWidget *parent)
    : QDialog(parent)
    , mProject(project)
    , mLayer(new QComboBox(this))
    , mName(new QLineEdit(this))
    , mFeatures(new QListWidget(this))
    , mProblem(new QLabel(this))
    , mGroups(new QTreeWidget(this))
    , mRemove(new QPushButton(tr("Remove"), this))
{
    setWindowTitle(tr("Share group"));
    for (const QString &id : project->statisticsModel()->joinableLayerIds())
        mLayer->addItem(layerTitle(id), id);
    mName->setPlaceholderText(tr("e.g. western_plates"));
    mProblem->setWordWrap(true);
    mGroups->setHeaderLabels({tr("Name"), tr("Layer"), tr("Features")});
    mGroups->setRootIsDecorated(false);
    mGroups->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mRemove->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Features of layer:"), mLayer);
    form->addRow(tr("Features in the group:"), mFeatures);
    form->addRow(tr("Name of the group:"), mName);
    form->addRow(mProblem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this);
    mAdd = buttons->button(QDialogButtonBox::Ok);
    mAdd->setText(tr("Add group"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ShareGroupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Share groups of this project:"), this));
    layout->addWidget(mGroups);
    layout->addWidget(mRemove, 0, Qt::AlignRight);
    layout->addWidget(buttons);

    connect(mLayer, &QComboBox::currentIndexChanged, this, [this] {
        fillFeatures();
        updateProblem();
    });
    connect(mFeatures, &QListWidget::itemChanged, this, &ShareGroupDialog::updateProblem);
    connect(mName, &QLineEdit::textChanged, this, &ShareGroupDialog::updateProblem);
    connect(mGroups, &QTreeWidget::itemSelectionChanged, this,
            [this] { mRemove->setEnabled(!mGroups->selectedItems().isEmpty()); });
    connect(mRemove, &QPushButton::clicked, this, &ShareGroupDialog::removeChosenGroup);
    connect(project->statisticsModel(), &core::StatisticsModel::settingsChanged, this,
            &ShareGroupDialog::listGroups);

    fillFeatures();
    listGroups();
    updateProblem();
}

QString ShareGroupDialog::layerTitle(const QString &layerId) const
{
    const gis::VectorLayer *layer = mProject ? mProject->layer(layerId) : nullptr;
    return layer && !layer->title().isEmpty() ? layer->title() : layerId;
}

void ShareGroupDialog::setLayer(const QString &layerId)
{
    mLayer->setCurrentIndex(mLayer->findData(layerId));
}

void ShareGroupDialog::setGroupName(const QString &name)
{
    mName->setText(name);
}

void ShareGroupDialog::setChosenKeys(const QStringList &keys)
{
    for (int row = 0; row < mFeatures->count(); ++row) {
        QListWidgetItem *item = mFeatures->item(row);
        item->setCheckState(keys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                               : Qt::Unchecked);
    }
}

// Every feature with a key, by its name in the label language, so the planner knows it.
void ShareGroupDialog::fillFeatures()
{
    const QSignalBlocker blocker(mFeatures);
    mFeatures->clear();
    if (!mProject)
        return;
    const QString layerId = mLayer->currentData().toString();
    for (const core::JoinedFeature &feature :
         mProject->statisticsModel()->joined(layerId, mProject->labelLanguage())) {
        if (feature.key.isEmpty())
            continue;
        const QString text = feature.name.isEmpty() || feature.name == feature.key
                                 ? feature.key
                                 : tr("%1 (%2)").arg(feature.name, feature.key);
        auto *item = new QListWidgetItem(text, mFeatures);
        item->setData(Qt::UserRole, feature.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

core::ShareGroup ShareGroupDialog::group() const
{
    core::ShareGroup group{mLayer->currentData().toString(), mName->text().trimmed(), {}};
    for (int row = 0; row < mFeatures->count(); ++row) {
        const QListWidgetItem *item = mFeatures->item(row);
        if (item->checkState() == Qt::Checked)
            group.featureKeys.push_back(item->data(Qt::UserRole).toString());
    }
    return group;
}

QString ShareGroupDialog::problem() const
{
    if (!mProject)
        return tr("The project is closed.");
    const core::ShareGroup chosen = group();
    if (chosen.layerId.isEmpty())
        return tr("No layer of the project takes figures.");
    // A share of one feature is always 100 %: it tells nothing.
    if (chosen.featureKeys.size() < 2)
        return tr("Choose at least two features.");
    if (chosen.name.isEmpty())
        return tr("Give the group a name.");
    if (!core::IndicatorNames::isWellFormedPart(chosen.name))
        return tr("The name may hold letters, digits and “_” only.");
    for (const core::ShareGroup &other : mProject->statisticsModel()->shareGroups()) {
        if (other.layerId == chosen.layerId && other.name == chosen.name)
            return tr("This layer has a group named “%1” already: remove it first, or choose "
                      "another name.")
                .arg(chosen.name);
    }
    return {};
}

void ShareGroupDialog::updateProblem()
{
    const QString text = problem();
    mProblem->setText(text);
    mProblem->setVisible(!text.isEmpty());
    mAdd->setEnabled(text.isEmpty());
}

bool ShareGroupDialog::addGroup()
{
    if (!problem().isEmpty())
        return false;
    mProject->statisticsModel()->addShareGroup(group());
    return true;
}

void ShareGroupDialog::accept()
{
    if (addGroup())
        QDialog::accept();
}

void ShareGroupDialog::listGroups()
{
    mGroups->clear();
    if (mProject) {
        for (const core::ShareGroup &group : mProject->statisticsModel()->shareGroups()) {
            auto *item = new QTreeWidgetItem(mGroups);
            item->setText(NameColumn, group.name);
            item->setData(NameColumn, Qt::UserRole, group.layerId);
            item->setText(LayerColumn, layerTitle(group.layerId));
            item->setText(FeaturesColumn, group.featureKeys.join(QStringLiteral(", ")));
        }
    }
    mRemove->setEnabled(false);
    updateProblem();
}

void ShareGroupDialog::removeChosenGroup()
{
    const QList<QTreeWidgetItem *> chosen = mGroups->selectedItems();
    if (chosen.isEmpty() || !mProject)
        return;
    const QTreeWidgetItem *item = chosen.first();
    mProject->statisticsModel()->removeShareGroup(item->data(NameColumn, Qt::UserRole).toString(),
                                                  item->text(NameColumn));
}

} // namespace app
