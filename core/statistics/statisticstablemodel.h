#pragma once

#include "project/labellanguage.h"
#include "statisticsjoin.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace core {

class StatisticsModel;

// One layer's figures as a table for a view: a row per feature, a column per indicator and
// period. Cells show the value as a planner reads it ("¥342.7 bn") and sort by the number;
// their tooltip cites the source. Follows the statistics model, so derived figures appear and
// change as they are recomputed.
class StatisticsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        FeatureIndexRole = Qt::UserRole + 1, // std::size_t as qulonglong, in the layer's order
        SortRole,                            // the number, or the name for the first columns
        SourceRole,                          // "file: quote" of the cell's figure
    };
    // What a column after the name and key columns shows.
    struct Column
    {
        QString indicator;
        QString period;
        QString unit;
    };
    static constexpr int kFirstIndicatorColumn = 2;

    explicit StatisticsTableModel(QObject *parent = nullptr);

    void setStatistics(StatisticsModel *statistics);
    void setLayer(const QString &layerId);
    void setLanguage(LabelLanguage language);
    const QString &layerId() const { return mLayerId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QVector<Column> &indicatorColumns() const { return mColumns; }
    // -1 when the table has no such column.
    int columnOf(const QString &indicator, const QString &period) const;
    const JoinedFeature &feature(int row) const { return mFeatures[row]; }
    // The figure in a cell; null for the name and key columns and for an empty cell.
    const Indicator *figure(int row, int column) const;
    int rowOfFeature(std::size_t featureIndex) const; // -1 when not in the table

private:
    void reload();

    QPointer<StatisticsModel> mStatistics;
    QString mLayerId;
    LabelLanguage mLanguage = LabelLanguage::English;
    QVector<JoinedFeature> mFeatures;
    QVector<Column> mColumns;
    // figure per row and indicator column, as an index into mFeatures[row].indicators
    QVector<QVector<int>> mCells;
    // A selection of many features maps to rows without a search per feature.
    QHash<std::size_t, int> mRowOfFeature;
};

} // namespace core
