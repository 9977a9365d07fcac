#include "tableitempanel.h"

#include "layoutdocument.h"

#include "project/planproject.h"
#include "statistics/indicatornames.h"

#include <QComboBox>
#include <QFormLayout>
#include <QListWidget>
#include <QSignalBlocker>

namespace app {

TableItemPanel::TableItemPanel(LayoutDocument *document, const core::PlanProject *project,
                               QWidget *parent)
    : QGroupBox(tr("Statistics table"), parent)
    , mDocument(document)
    , mProject(project)
    , mSource(new QComboBox(this))
    , mLayer(new QComboBox(this))
    , mIndicators(new QListWidget(this))
{
    mSource->addItem(tr("Features in the map frame"), int(core::TableSource::FeaturesInView));
    mSource->addItem(tr("Every feature of the layer"), int(core::TableSource::Layer));
    mLayer->addItem(tr("The layer with most figures in view"), QString());
    if (mProject) {
        for (const auto &layer : mProject->layers())
            mLayer->addItem(layer->title().isEmpty() ? layer->id() : layer->title(), layer->id());
    }
    mIndicators->setToolTip(tr("Tick the figures to show; none ticked: a few chosen for you"));
    mIndicators->setMaximumHeight(mIndicators->fontMetrics().height() * 8);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Rows:"), mSource);
    form->addRow(tr("Layer:"), mLayer);
    form->addRow(tr("Figures:"), mIndicators);
    connect(mSource, &QComboBox::activated, this, &TableItemPanel::sourceChosen);
    connect(mLayer, &QComboBox::activated, this, &TableItemPanel::layerChosen);
    connect(mIndicators, &QListWidget::itemChanged, this, &TableItemPanel::indicatorChecked);
    connect(mDocument, &LayoutDocument::changed, this, &TableItemPanel::refresh);
    connect(mDocument, &LayoutDocument::selectionChanged, this, &TableItemPanel::refresh);
    refresh();
}

void TableItemPanel::refresh()
{
    const core::LayoutItem *item = mDocument->selectedItem();
    const bool table = item && item->kind == core::LayoutItemKind::StatisticsTable;
    setVisible(table);
    if (!table)
        return;
    const QSignalBlocker sourceBlocker(mSource), layerBlocker(mLayer);
    mSource->setCurrentIndex(mSource->findData(int(item->source)));
    mLayer->setCurrentIndex(std::max(0, mLayer->findData(item->layerId)));
    listIndicators(item->layerId, item->indicators);
}

void TableItemPanel::listIndicators(const QString &layerId, const QStringList &checked)
{
    const QSignalBlocker blocker(mIndicators);
    mIndicators->clear();
    if (!mProject || layerId.isEmpty())
        return; // the automatic layer gets its automatic figures
    QStringList listed;
    for (const auto &choice : mProject->indicatorChoices(layerId)) {
        if (listed.contains(choice.indicator))
            continue;
        listed.push_back(choice.indicator);
        auto *row =
            new QListWidgetItem(core::IndicatorNames::displayName(choice.indicator), mIndicators);
        row->setData(Qt::UserRole, choice.indicator);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        row->setCheckState(checked.contains(choice.indicator) ? Qt::Checked : Qt::Unchecked);
    }
}

void TableItemPanel::sourceChosen()
{
    core::LayoutItem item = *mDocument->selectedItem();
    item.source = core::TableSource(mSource->currentData().toInt());
    mDocument->setItem(mDocument->selectedIndex(), item);
}

void TableItemPanel::layerChosen()
{
    core::LayoutItem item = *mDocument->selectedItem();
    item.layerId = mLayer->currentData().toString();
    item.indicators.clear(); // another layer's figures
    mDocument->setItem(mDocument->selectedIndex(), item);
}

void TableItemPanel::indicatorChecked(QListWidgetItem *)
{
    core::LayoutItem item = *mDocument->selectedItem();
    item.indicators.clear();
    for (int i = 0; i < mIndicators->count(); ++i) {
        if (mIndicators->item(i)->checkState() == Qt::Checked)
            item.indicators.push_back(mIndicators->item(i)->data(Qt::UserRole).toString());
    }
    mDocument->setItem(mDocument->selectedIndex(), item);
}

} // namespace app
