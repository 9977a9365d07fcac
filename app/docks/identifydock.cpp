#include "identifydock.h"

#include "statistics/indicatornames.h"
#include "statistics/statisticstable.h"
#include "statistics/unitformat.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QTreeWidget>

#include <algorithm>

namespace app {

IdentifyDock::IdentifyDock(QWidget *parent)
    : QDockWidget(tr("Identify results"), parent)
    , mTree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("IdentifyDock"));
    mTree->setColumnCount(2);
    mTree->setHeaderLabels({tr("Feature / field"), tr("Value")});
    // Names as wide as they need, up to half the dock: the values must stay in sight.
    mTree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    mTree->header()->setStretchLastSection(true);
    mTree->setWordWrap(true);
    setWidget(mTree);
    connect(mTree, &QTreeWidget::itemClicked, this, &IdentifyDock::showQuote);
}

namespace {

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + u'…';
}

QString signedFigure(double change, const QString &unit)
{
    const QString magnitude = core::UnitFormat::format(std::abs(change), unit, QLocale());
    if (magnitude == core::UnitFormat::format(0, unit, QLocale()))
        return magnitude;
    return (change > 0 ? QStringLiteral("+") : QStringLiteral("−")) + magnitude;
}

} // namespace

void IdentifyDock::addStatistics(QTreeWidgetItem *featureItem,
                                 const QVector<core::Indicator> &figures)
{
    if (figures.isEmpty())
        return;
    auto *statistics = new QTreeWidgetItem(featureItem, {tr("Statistics")});
    statistics->setExpanded(true);
    for (const auto &[period, inPeriod] : core::groupByPeriod(figures)) {
        auto *periodItem =
            new QTreeWidgetItem(statistics, {period.isEmpty() ? tr("No period stated") : period});
        periodItem->setExpanded(true);
        for (const core::Indicator &figure : inPeriod) {
            const QString value = core::UnitFormat::format(figure.value, figure.unit, QLocale());
            auto *figureItem = new QTreeWidgetItem(
                periodItem, {core::IndicatorNames::displayName(figure.name),
                             figure.qualifier.isEmpty()
                                 ? value
                                 : QStringLiteral("%1 (%2)").arg(value, figure.qualifier)});
            const QString source =
                figure.derived
                    ? tr("computed: %1").arg(figure.quote)
                    : tr("source: %1 “%2”").arg(figure.sourceFile, elided(figure.quote, 60));
            auto *sourceItem = new QTreeWidgetItem(figureItem, {tr("source"), source});
            sourceItem->setData(1, QuoteRole, figure.quote);
            sourceItem->setData(0, QuoteRole, figure.sourceFile);
            sourceItem->setToolTip(1, figure.quote);
            figureItem->setExpanded(!figure.derived);
        }
    }
}

void IdentifyDock::showQuote(QTreeWidgetItem *item)
{
    const QString quote = item ? item->data(1, QuoteRole).toString() : QString();
    if (quote.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Information,
                                tr("Source: %1").arg(item->data(0, QuoteRole).toString()), quote,
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("QuoteBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false); // the map stays usable while the quote is read
    box->show();
}

void IdentifyDock::showEditChanges(const QVector<ZoneChange> &changes, bool live)
{
    // Shown when changes start, not at every frame after: a planner who closed the dock
    // during a drag keeps it closed.
    if (mChanges.isEmpty() && !changes.isEmpty() && !isVisible())
        show();
    mChanges = changes;
    mLive = live;
    for (int i = mTree->topLevelItemCount() - 1; i >= 0; --i) {
        if (mTree->topLevelItem(i)->data(0, EditChangesRole).toBool())
            delete mTree->takeTopLevelItem(i);
    }
    addEditChanges();
    fitNameColumn();
}

void IdentifyDock::addEditChanges()
{
    if (mChanges.isEmpty())
        return;
    auto *top = new QTreeWidgetItem(
        {mLive ? tr("Dragged zone against saved") : tr("Unsaved edits against saved")});
    top->setData(0, EditChangesRole, true);
    QFont bold = top->font(0);
    bold.setBold(true);
    top->setFont(0, bold);
    mTree->insertTopLevelItem(0, top);
    for (const ZoneChange &change : std::as_const(mChanges)) {
        auto *zone = new QTreeWidgetItem(top, {change.title, change.summary});
        for (const core::ImpactFigure &figure : change.figures)
            new QTreeWidgetItem(
                zone,
                {core::IndicatorNames::displayName(figure.name),
                 tr("%1 (%2)").arg(core::UnitFormat::format(figure.current, figure.unit, QLocale()),
                                   signedFigure(figure.change(), figure.unit))});
        zone->setExpanded(true);
    }
    top->setExpanded(true);
}

void IdentifyDock::showResults(const QVector<core::IdentifiedFeature> &features)
{
    mTree->clear();
    addEditChanges();
    if (features.isEmpty()) {
        new QTreeWidgetItem(mTree, {tr("Nothing here")});
        return;
    }
    QTreeWidgetItem *layerItem = nullptr;
    for (const core::IdentifiedFeature &feature : features) {
        if (!layerItem || layerItem->data(0, Qt::UserRole).toString() != feature.layerId) {
            layerItem = new QTreeWidgetItem(mTree, {feature.layerTitle});
            layerItem->setData(0, Qt::UserRole, feature.layerId);
            QFont bold = layerItem->font(0);
            bold.setBold(true);
            layerItem->setFont(0, bold);
            layerItem->setExpanded(true);
        }
        auto *featureItem = new QTreeWidgetItem(layerItem, {feature.name});
        for (const auto &[field, value] : feature.attributes) {
            auto *row = new QTreeWidgetItem(featureItem, {field, value});
            row->setToolTip(1, value);
        }
        addStatistics(featureItem, feature.statistics);
        featureItem->setExpanded(features.size() == 1 || featureItem == layerItem->child(0));
    }
    fitNameColumn();
}

// Names as wide as they need, up to half the dock: the values must stay in sight.
void IdentifyDock::fitNameColumn()
{
    mTree->resizeColumnToContents(0);
    mTree->setColumnWidth(
        0, std::min(mTree->columnWidth(0), std::max(mTree->viewport()->width() / 2, 180)));
}

} // namespace app
