#include "csvtable.h"

#include "data/vectordataset.h"

namespace core {

std::optional<CsvTable> CsvTable::read(const QString &path, const QStringList &requiredColumns,
                                       QString *error)
{
    std::unique_ptr<gis::VectorDataset> dataset = gis::VectorDataset::open(path, error);
    if (!dataset)
        return std::nullopt;
    const QStringList layers = dataset->layerNames();
    if (layers.isEmpty()) {
        *error = QStringLiteral("%1: no table in the file").arg(path);
        return std::nullopt;
    }
    std::optional<gis::FeatureCollection> features = dataset->readLayer(layers.front(), error);
    if (!features)
        return std::nullopt;
    CsvTable table;
    table.path = path;
    for (const gis::Field &field : features->fields)
        table.columns.push_back(field.name);
    for (const QString &column : requiredColumns) {
        if (!table.columns.contains(column)) {
            *error = QStringLiteral("%1: missing column \"%2\"").arg(path, column);
            return std::nullopt;
        }
    }
    for (const gis::Feature &feature : features->features) {
        QHash<QString, QString> row;
        for (int i = 0; i < table.columns.size(); ++i)
            row.insert(table.columns[i], feature.attributes.value(i).toString().trimmed());
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace core
