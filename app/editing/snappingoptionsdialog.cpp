#include "snappingoptionsdialog.h"

#include "project/planproject.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QVBoxLayout>

namespace app {

SnappingOptionsDialog::SnappingOptionsDialog(const core::PlanProject &project, QWidget *parent)
    : QDialog(parent)
    , mAllVisible(new QCheckBox(tr("Snap to every vector layer shown"), this))
    , mLayers(new QListWidget(this))
    , mTolerance(new QDoubleSpinBox(this))
    , mVertices(new QCheckBox(tr("Vertices"), this))
    , mSegments(new QCheckBox(tr("Segments"), this))
{
    setWindowTitle(tr("Snapping options"));
    mAllVisible->setObjectName(QStringLiteral("AllVisibleLayers"));
    mLayers->setObjectName(QStringLiteral("SnapLayers"));
    mTolerance->setObjectName(QStringLiteral("SnapTolerance"));
    mVertices->setObjectName(QStringLiteral("SnapVertices"));
    mSegments->setObjectName(QStringLiteral("SnapSegments"));
    for (const auto &layer : project.layers()) {
        auto *item = new QListWidgetItem(layer->title(), mLayers);
        item->setData(Qt::UserRole, layer->id());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    mTolerance->setRange(1, 50);
    mTolerance->setDecimals(0);
    mTolerance->setSuffix(tr(" px"));
    auto *targets = new QHBoxLayout;
    targets->addWidget(mVertices);
    targets->addWidget(mSegments);
    targets->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Tolerance:"), mTolerance);
    form->addRow(tr("Snap to:"), targets);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mAllVisible);
    layout->addWidget(mLayers);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mAllVisible, &QCheckBox::toggled, this, &SnappingOptionsDialog::updateEnabled);
    setSettings(project.snappingSettings());
}

void SnappingOptionsDialog::setSettings(const core::SnappingSettings &settings)
{
    mAllVisible->setChecked(settings.allVisibleLayers);
    for (int row = 0; row < mLayers->count(); ++row) {
        QListWidgetItem *item = mLayers->item(row);
        item->setCheckState(settings.layerIds.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    mTolerance->setValue(settings.tolerancePixels);
    mVertices->setChecked(settings.vertices);
    mSegments->setChecked(settings.segments);
    updateEnabled();
}

core::SnappingSettings SnappingOptionsDialog::settings() const
{
    core::SnappingSettings settings;
    settings.allVisibleLayers = mAllVisible->isChecked();
    for (int row = 0; row < mLayers->count(); ++row) {
        const QListWidgetItem *item = mLayers->item(row);
        if (item->checkState() == Qt::Checked)
            settings.layerIds << item->data(Qt::UserRole).toString();
    }
    settings.tolerancePixels = mTolerance->value();
    settings.vertices = mVertices->isChecked();
    settings.segments = mSegments->isChecked();
    return settings;
}

void SnappingOptionsDialog::updateEnabled()
{
    mLayers->setEnabled(!mAllVisible->isChecked());
}

} // namespace app
