#include "spatialjoindialog.h"

#include "project/planproject.h"
#include "statistics/indicatornames.h"
#include "statistics/statisticsmodel.h"
#include "statistics/unitformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace app {

namespace {

enum JoinColumn { NameColumn, ZonesColumn, PointsColumn, AttributeColumn };

} // namespace

SpatialJoinDialog::SpatialJoinDialog(core::PlanProject *project, QWidget *parent)
    : QDialog(parent)
    , mProject(project)
    , mZoneLayer(new QComboBox(this))
    , mZoneKey(new QComboBox(this))
    , mPointLayer(new QComboBox(this))
    , mAttribute(new QComboBox(this))
    , mUnit(new QComboBox(this))
    , mName(new QLineEdit(this))
    , mProblem(new QLabel(this))
    , mJoins(new QTreeWidget(this))
    , mRemove(new QPushButton(tr("Remove"), this))
{
    setWindowTitle(tr("Spatial join"));
    for (const auto &layer : project->layers()) {
        const gis::GeometryKind kind = layer->features().kind;
        if (kind == gis::GeometryKind::Polygon)
            mZoneLayer->addItem(layerTitle(layer->id()), layer->id());
        else if (kind == gis::GeometryKind::Point)
            mPointLayer->addItem(layerTitle(layer->id()), layer->id());
    }
    mUnit->setEditable(true);
    mUnit->addItem(QString());
    mUnit->addItems(core::UnitFormat::commonUnits());
    mName->setPlaceholderText(tr("e.g. projects"));
    mProblem->setWordWrap(true);
    mJoins->setHeaderLabels({tr("Name"), tr("Zones"), tr("Points"), tr("Field")});
    mJoins->setRootIsDecorated(false);
    mJoins->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mRemove->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Zones of layer:"), mZoneLayer);
    form->addRow(tr("Zones named by field:"), mZoneKey);
    form->addRow(tr("Points of layer:"), mPointLayer);
    form->addRow(tr("Sum and mean of field:"), mAttribute);
    form->addRow(tr("Unit of the field:"), mUnit);
    form->addRow(tr("Name of the result:"), mName);
    form->addRow(mProblem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this);
    mAdd = buttons->button(QDialogButtonBox::Ok);
    mAdd->setText(tr("Add join"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SpatialJoinDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Joins of this project:"), this));
    layout->addWidget(mJoins);
    layout->addWidget(mRemove, 0, Qt::AlignRight);
    layout->addWidget(buttons);

    connect(mZoneLayer, &QComboBox::currentIndexChanged, this, [this] {
        fillZoneKeyFields();
        updateProblem();
    });
    connect(mZoneKey, &QComboBox::currentIndexChanged, this, &SpatialJoinDialog::updateProblem);
    connect(mPointLayer, &QComboBox::currentIndexChanged, this, [this] {
        fillAttributes();
        suggestName();
        updateProblem();
    });
    connect(mAttribute, &QComboBox::currentIndexChanged, this, [this] {
        mUnit->setEnabled(!mAttribute->currentData().toString().isEmpty());
        updateProblem();
    });
    connect(mName, &QLineEdit::textEdited, this, [this] { mNameEdited = true; });
    connect(mName, &QLineEdit::textChanged, this, &SpatialJoinDialog::updateProblem);
    connect(mJoins, &QTreeWidget::itemSelectionChanged, this,
            [this] { mRemove->setEnabled(!mJoins->selectedItems().isEmpty()); });
    connect(mRemove, &QPushButton::clicked, this, &SpatialJoinDialog::removeChosenJoin);
    // Joins removed meanwhile (the zone or point layer removed) leave the list too.
    connect(project->statisticsModel(), &core::StatisticsModel::settingsChanged, this,
            &SpatialJoinDialog::listJoins);

    fillZoneKeyFields();
    fillAttributes();
    suggestName();
    listJoins();
    updateProblem();
}

QString SpatialJoinDialog::layerTitle(const QString &layerId) const
{
    const gis::VectorLayer *layer = mProject ? mProject->layer(layerId) : nullptr;
    return layer && !layer->title().isEmpty() ? layer->title() : layerId;
}

void SpatialJoinDialog::setZoneLayer(const QString &layerId)
{
    mZoneLayer->setCurrentIndex(mZoneLayer->findData(layerId));
}

void SpatialJoinDialog::setZoneKeyField(const QString &field)
{
    mZoneKey->setCurrentIndex(mZoneKey->findText(field));
}

void SpatialJoinDialog::setPointLayer(const QString &layerId)
{
    mPointLayer->setCurrentIndex(mPointLayer->findData(layerId));
}

void SpatialJoinDialog::setSummedField(const QString &field)
{
    mAttribute->setCurrentIndex(field.isEmpty() ? 0 : mAttribute->findData(field));
}

void SpatialJoinDialog::setUnit(const QString &unit)
{
    mUnit->setCurrentText(unit);
}

void SpatialJoinDialog::setResultName(const QString &name)
{
    mName->setText(name);
    mNameEdited = true;
}

// The field the zones join by now comes first chosen; without one the zones name nothing.
void SpatialJoinDialog::fillZoneKeyFields()
{
    mZoneKey->clear();
    const QString layerId = mZoneLayer->currentData().toString();
    const gis::VectorLayer *zones = mProject ? mProject->layer(layerId) : nullptr;
    if (!zones)
        return;
    for (const gis::Field &field : zones->features().fields)
        mZoneKey->addItem(field.name);
    const QString current = mProject->statisticsModel()->joinFor(layerId).keyField();
    mZoneKey->setCurrentIndex(std::max(0, mZoneKey->findText(current)));
}

void SpatialJoinDialog::fillAttributes()
{
    mAttribute->clear();
    mAttribute->addItem(tr("None (count only)"), QString());
    const gis::VectorLayer *points =
        mProject ? mProject->layer(mPointLayer->currentData().toString()) : nullptr;
    if (points) {
        for (const gis::Field &field : points->features().fields) {
            if (field.isNumeric())
                mAttribute->addItem(field.name, field.name);
        }
    }
    mUnit->setEnabled(false);
}

// The point layer's id names what is counted ("cities", "projects"), until the user types.
void SpatialJoinDialog::suggestName()
{
    if (mNameEdited)
        return;
    const QSignalBlocker blocker(mName);
    mName->setText(mPointLayer->currentData().toString());
}

core::SpatialJoinRequest SpatialJoinDialog::request() const
{
    core::SpatialJoinRequest request{mZoneLayer->currentData().toString(),
                                     mPointLayer->currentData().toString(),
                                     mAttribute->currentData().toString(),
                                     mName->text().trimmed(),
                                     {}};
    if (!request.attribute.isEmpty())
        request.unit = mUnit->currentText().trimmed();
    return request;
}

QString SpatialJoinDialog::problem() const
{
    if (!mProject)
        return tr("The project is closed.");
    const core::SpatialJoinRequest join = request();
    if (join.zoneLayerId.isEmpty())
        return tr("The project has no layer of polygons to count in.");
    if (join.pointLayerId.isEmpty())
        return tr("The project has no layer of points to count.");
    if (mZoneKey->currentText().isEmpty())
        return tr("The zones have no field to name them by.");
    if (join.name.isEmpty())
        return tr("Give the result a name.");
    if (!core::IndicatorNames::isWellFormedPart(join.name))
        return tr("The name may hold letters, digits and “_” only.");
    for (const core::SpatialJoinRequest &other : mProject->statisticsModel()->spatialJoins()) {
        if (other.zoneLayerId == join.zoneLayerId && other.name == join.name)
            return tr("These zones have a join named “%1” already: remove it first, or choose "
                      "another name.")
                .arg(join.name);
    }
    return {};
}

void SpatialJoinDialog::updateProblem()
{
    const QString text = problem();
    mProblem->setText(text);
    mProblem->setVisible(!text.isEmpty());
    mAdd->setEnabled(text.isEmpty());
}

bool SpatialJoinDialog::addJoin()
{
    if (!problem().isEmpty())
        return false;
    core::StatisticsModel *model = mProject->statisticsModel();
    const core::SpatialJoinRequest join = request();
    model->setKeyField(join.zoneLayerId, mZoneKey->currentText());
    model->addSpatialJoin(join);
    return true;
}

void SpatialJoinDialog::accept()
{
    if (addJoin())
        QDialog::accept();
}

void SpatialJoinDialog::listJoins()
{
    mJoins->clear();
    if (mProject) {
        for (const core::SpatialJoinRequest &join : mProject->statisticsModel()->spatialJoins()) {
            auto *item = new QTreeWidgetItem(mJoins);
            item->setText(NameColumn, join.name);
            item->setData(NameColumn, Qt::UserRole, join.zoneLayerId);
            item->setText(ZonesColumn, layerTitle(join.zoneLayerId));
            item->setText(PointsColumn, layerTitle(join.pointLayerId));
            item->setText(AttributeColumn,
                          join.attribute.isEmpty() ? tr("(count only)") : join.attribute);
        }
    }
    mRemove->setEnabled(false);
    updateProblem();
}

void SpatialJoinDialog::removeChosenJoin()
{
    const QList<QTreeWidgetItem *> chosen = mJoins->selectedItems();
    if (chosen.isEmpty() || !mProject)
        return;
    const QTreeWidgetItem *item = chosen.first();
    mProject->statisticsModel()->removeSpatialJoin(item->data(NameColumn, Qt::UserRole).toString(),
                                                   item->text(NameColumn));
}

} // namespace app
