#include "featurefilterproxymodel.h"

#include <algorithm>

namespace core {

FeatureFilterProxyModel::FeatureFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::DisplayRole);
}

void FeatureFilterProxyModel::setFilterText(const QString &text)
{
    if (text == mText)
        return;
    mText = text;
    invalidateFilter();
}

void FeatureFilterProxyModel::setSelectedOnly(bool selectedOnly, std::vector<std::size_t> selected)
{
    mSelectedOnly = selectedOnly;
    mSelected = std::move(selected);
    invalidateFilter();
}

bool FeatureFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (mSelectedOnly &&
        !std::binary_search(mSelected.begin(), mSelected.end(), std::size_t(sourceRow)))
        return false;
    if (mText.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QString text = model->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(mText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace core
