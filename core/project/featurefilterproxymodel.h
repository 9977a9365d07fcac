#pragma once

#include <QSortFilterProxyModel>

#include <vector>

namespace core {

// Sorts an attribute table and keeps the rows whose text contains the filter in any column
// (case-insensitive), and, when asked, only the selected features.
class FeatureFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FeatureFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return mText; }
    // `selected` holds feature indices, sorted; ignored unless selectedOnly is on.
    void setSelectedOnly(bool selectedOnly, std::vector<std::size_t> selected = {});
    bool selectedOnly() const { return mSelectedOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString mText;
    bool mSelectedOnly = false;
    std::vector<std::size_t> mSelected;
};

} // namespace core
