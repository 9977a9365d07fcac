#include "featuretablemodel.h"

namespace core {

FeatureTableModel::FeatureTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FeatureTableModel::setFeatures(std::shared_ptr<const gis::FeatureCollection> features)
{
    beginResetModel();
    mFeatures = std::move(features);
    endResetModel();
}

int FeatureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !mFeatures ? 0 : int(mFeatures->features.size());
}

int FeatureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !mFeatures ? 0 : int(mFeatures->fields.size());
}

QVariant FeatureTableModel::data(const QModelIndex &index, int role) const
{
    if (!mFeatures || !index.isValid() || index.row() >= rowCount())
        return {};
    const gis::Feature &feature = mFeatures->features[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return feature.attributes.value(index.column());
    case Qt::ToolTipRole:
        return feature.attributes.value(index.column()).toString();
    case FeatureIndexRole:
        return QVariant::fromValue(qulonglong(index.row()));
    default:
        return {};
    }
}

QVariant FeatureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !mFeatures)
        return {};
    if (orientation == Qt::Vertical)
        return section < rowCount() ? QString::number(mFeatures->features[std::size_t(section)].id)
                                    : QVariant();
    return section < mFeatures->fields.size() ? mFeatures->fields[section].name : QVariant();
}

} // namespace core
