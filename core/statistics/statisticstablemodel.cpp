#include "statisticstablemodel.h"

#include "indicatornames.h"
#include "statisticsmodel.h"
#include "unitformat.h"

#include <algorithm>

namespace core {

namespace {

// Indicators in their order of first appearance; an indicator's periods side by side, the
// latest first.
QVector<StatisticsTableModel::Column> columnsOf(const QVector<JoinedFeature> &features)
{
    QStringList order;
    QHash<QString, QVector<StatisticsTableModel::Column>> byIndicator;
    for (const JoinedFeature &feature : features) {
        for (const Indicator &figure : feature.indicators) {
            auto &periods = byIndicator[figure.name];
            if (periods.isEmpty())
                order.push_back(figure.name);
            const bool known = std::any_of(periods.begin(), periods.end(), [&](const auto &c) {
                return c.period == figure.period;
            });
            if (!known)
                periods.push_back({figure.name, figure.period, figure.unit});
        }
    }
    QVector<StatisticsTableModel::Column> columns;
    for (const QString &indicator : order) {
        auto periods = byIndicator.value(indicator);
        std::sort(periods.begin(), periods.end(),
                  [](const auto &a, const auto &b) { return a.period > b.period; });
        columns += periods;
    }
    return columns;
}

} // namespace

StatisticsTableModel::StatisticsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StatisticsTableModel::setStatistics(StatisticsModel *statistics)
{
    if (mStatistics)
        disconnect(mStatistics, nullptr, this, nullptr);
    mStatistics = statistics;
    if (mStatistics)
        connect(mStatistics, &StatisticsModel::changed, this, &StatisticsTableModel::reload);
    reload();
}

void StatisticsTableModel::setLayer(const QString &layerId)
{
    if (layerId == mLayerId)
        return;
    mLayerId = layerId;
    reload();
}

void StatisticsTableModel::setLanguage(LabelLanguage language)
{
    if (language == mLanguage)
        return;
    mLanguage = language;
    reload();
}

void StatisticsTableModel::reload()
{
    beginResetModel();
    mFeatures = mStatistics && !mLayerId.isEmpty() ? mStatistics->joined(mLayerId, mLanguage)
                                                   : QVector<JoinedFeature>{};
    mColumns = columnsOf(mFeatures);
    mCells.clear();
    mRowOfFeature.clear();
    for (const JoinedFeature &feature : mFeatures) {
        mRowOfFeature.insert(feature.featureIndex, int(mCells.size()));
        QVector<int> cells(mColumns.size(), -1);
        for (int i = 0; i < feature.indicators.size(); ++i) {
            const int column = columnOf(feature.indicators[i].name, feature.indicators[i].period);
            if (column >= 0)
                cells[column - kFirstIndicatorColumn] = i;
        }
        mCells.push_back(std::move(cells));
    }
    endResetModel();
}

int StatisticsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mFeatures.size());
}

int StatisticsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || mLayerId.isEmpty() ? 0
                                                  : kFirstIndicatorColumn + int(mColumns.size());
}

int StatisticsTableModel::columnOf(const QString &indicator, const QString &period) const
{
    for (int i = 0; i < mColumns.size(); ++i) {
        if (mColumns[i].indicator == indicator && mColumns[i].period == period)
            return kFirstIndicatorColumn + i;
    }
    return -1;
}

const Indicator *StatisticsTableModel::figure(int row, int column) const
{
    if (row < 0 || row >= mFeatures.size() || column < kFirstIndicatorColumn ||
        column >= columnCount())
        return nullptr;
    const int cell = mCells[row][column - kFirstIndicatorColumn];
    return cell >= 0 ? &mFeatures[row].indicators[cell] : nullptr;
}

int StatisticsTableModel::rowOfFeature(std::size_t featureIndex) const
{
    return mRowOfFeature.value(featureIndex, -1);
}

QVariant StatisticsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mFeatures.size())
        return {};
    const JoinedFeature &feature = mFeatures[index.row()];
    if (role == FeatureIndexRole)
        return qulonglong(feature.featureIndex);
    if (index.column() < kFirstIndicatorColumn) {
        if (role != Qt::DisplayRole && role != SortRole)
            return {};
        return index.column() == 0 ? feature.name : feature.key;
    }
    const Indicator *value = figure(index.row(), index.column());
    if (!value)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return UnitFormat::format(value->value, value->unit);
    case SortRole:
        return value->value;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
    case SourceRole:
        return value->derived ? value->quote
                              : QStringLiteral("%1: %2").arg(value->sourceFile, value->quote);
    default:
        return {};
    }
}

QVariant StatisticsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Name");
    if (section == 1)
        return tr("Key");
    const Column &column = mColumns[section - kFirstIndicatorColumn];
    const QString unit = UnitFormat::unitName(column.unit);
    QString detail = column.period;
    if (!unit.isEmpty())
        detail = detail.isEmpty() ? unit : QStringLiteral("%1, %2").arg(unit, detail);
    const QString name = IndicatorNames::displayName(column.indicator);
    return detail.isEmpty() ? name : QStringLiteral("%1\n(%2)").arg(name, detail);
}

} // namespace core
