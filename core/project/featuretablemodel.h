#pragma once

#include "data/featurecollection.h"

#include <QAbstractTableModel>

#include <memory>

namespace core {

// The attributes of one layer as a table: a row per feature, a column per field. Values keep
// their type so that a sorting proxy orders numbers as numbers. FeatureIndexRole gives the
// feature's index in the layer, which is what selections hold.
class FeatureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int FeatureIndexRole = Qt::UserRole + 1;

    explicit FeatureTableModel(QObject *parent = nullptr);

    void setFeatures(std::shared_ptr<const gis::FeatureCollection> features);
    const gis::FeatureCollection *features() const { return mFeatures.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const gis::FeatureCollection> mFeatures;
};

} // namespace core
