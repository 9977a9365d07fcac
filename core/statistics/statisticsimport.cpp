#include "statisticsimport.h"

#include "data/featurecollection.h"
#include "data/vectordataset.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <cmath>

namespace core {

namespace {

std::optional<double> numberIn(const QVariant &cell)
{
    bool ok = false;
    const double value = cell.typeId() == QMetaType::QString
                             ? QLocale::c().toDouble(cell.toString().trimmed(), &ok)
                             : cell.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

// Any replacement character means GDAL handed over bytes that are not UTF-8.
bool isGarbled(const gis::FeatureCollection &table)
{
    for (const gis::Field &field : table.fields) {
        if (field.name.contains(QChar::ReplacementCharacter))
            return true;
    }
    for (const gis::Feature &row : table.features) {
        for (const QVariant &cell : row.attributes) {
            if (cell.typeId() == QMetaType::QString &&
                cell.toString().contains(QChar::ReplacementCharacter))
                return true;
        }
    }
    return false;
}

class WideTableReader
{
public:
    WideTableReader(const StatisticsImportOptions &options, const gis::FeatureCollection &table,
                    const StatisticsJoin &join, StatisticsImportResult &result)
        : mOptions(options)
        , mTable(table)
        , mJoin(join)
        , mResult(result)
    {
    }

    void read(const gis::FeatureCollection &features, const QStringList &columns)
    {
        QSet<QString> featureKeys;
        for (std::size_t i = 0; i < features.features.size(); ++i)
            featureKeys.insert(mJoin.keyOf(features, i));
        QHash<QString, int> firstRowOfKey;
        QVector<Indicator> rows;
        for (std::size_t r = 0; r < mTable.features.size(); ++r) {
            const int rowNumber = int(r) + 1;
            const QString key =
                mTable.value(mTable.features[r], mOptions.keyColumn).toString().trimmed();
            ++mResult.report.rowsRead;
            if (firstRowOfKey.contains(key)) {
                mResult.report.duplicatedKeys.push_back(
                    StatisticsImporter::tr("row %1: %2 (first in row %3)")
                        .arg(rowNumber)
                        .arg(key)
                        .arg(firstRowOfKey.value(key)));
                continue;
            }
            firstRowOfKey.insert(key, rowNumber);
            if (!featureKeys.contains(key))
                mResult.report.unmatchedKeys.push_back(
                    StatisticsImporter::tr("row %1: %2").arg(rowNumber).arg(key));
            for (const QString &column : columns)
                readCell(r, rowNumber, key, column, rows);
        }
        for (std::size_t i = 0; i < features.features.size(); ++i) {
            const QString key = mJoin.keyOf(features, i);
            if (!firstRowOfKey.contains(key))
                mResult.report.featuresWithoutRow.push_back(key);
        }
        mResult.report.figuresImported = int(rows.size());
        mResult.table = StatisticsTable(std::move(rows));
    }

private:
    void readCell(std::size_t r, int rowNumber, const QString &key, const QString &column,
                  QVector<Indicator> &rows) const
    {
        const QVariant cell = mTable.value(mTable.features[r], column);
        const auto value = numberIn(cell);
        if (!value) {
            mResult.report.nonNumericValues.push_back(
                StatisticsImporter::tr("row %1, column %2: “%3”")
                    .arg(rowNumber)
                    .arg(column, cell.toString()));
            return;
        }
        Indicator row;
        row.layerId = mJoin.layerId();
        row.featureKey = key;
        row.name = column;
        row.value = *value;
        row.unit = mOptions.unit;
        row.period = mOptions.period;
        row.sourceFile =
            mOptions.source.isEmpty() ? QFileInfo(mOptions.path).fileName() : mOptions.source;
        rows.push_back(row);
    }

    const StatisticsImportOptions &mOptions;
    const gis::FeatureCollection &mTable;
    const StatisticsJoin &mJoin;
    StatisticsImportResult &mResult;
};

std::optional<gis::FeatureCollection> readTable(const StatisticsImportOptions &options,
                                                QString *error)
{
    const auto dataset = gis::VectorDataset::open(options.path, error);
    if (!dataset)
        return std::nullopt;
    const QStringList tables = dataset->layerNames();
    if (tables.isEmpty()) {
        *error = StatisticsImporter::tr("%1 holds no table").arg(options.path);
        return std::nullopt;
    }
    const QString name = options.tableName.isEmpty() ? tables.first() : options.tableName;
    if (!tables.contains(name)) {
        *error = StatisticsImporter::tr("%1 has no table “%2”").arg(options.path, name);
        return std::nullopt;
    }
    return dataset->readLayer(name, error);
}

QString missingColumn(const gis::FeatureCollection &table, const QStringList &columns)
{
    for (const QString &column : columns) {
        if (table.fieldIndex(column) < 0)
            return column;
    }
    return {};
}

} // namespace

bool StatisticsImportReport::hasProblems() const
{
    return !error.isEmpty() || !unmatchedKeys.isEmpty() || !featuresWithoutRow.isEmpty() ||
           !nonNumericValues.isEmpty() || !duplicatedKeys.isEmpty();
}

QStringList StatisticsImportReport::messages() const
{
    if (!error.isEmpty())
        return {error};
    QStringList lines{
        StatisticsImporter::tr("%n figure(s) imported from %1 row(s)", nullptr, figuresImported)
            .arg(rowsRead)};
    const auto section = [&](const char *title, const QStringList &items) {
        if (items.isEmpty())
            return;
        lines.push_back(QCoreApplication::translate("core::StatisticsImporter", title, nullptr,
                                                    int(items.size())));
        for (const QString &item : items)
            lines.push_back(QStringLiteral("  ") + item);
    };
    section(QT_TRANSLATE_N_NOOP(
                "core::StatisticsImporter",
                "%n row(s) whose key matches no feature (imported, not shown on the map):"),
            unmatchedKeys);
    section(QT_TRANSLATE_N_NOOP("core::StatisticsImporter", "%n feature(s) with no row:"),
            featuresWithoutRow);
    section(QT_TRANSLATE_N_NOOP("core::StatisticsImporter",
                                "%n value(s) that are not numbers (not imported):"),
            nonNumericValues);
    section(QT_TRANSLATE_N_NOOP("core::StatisticsImporter",
                                "%n row(s) repeating a key (not imported):"),
            duplicatedKeys);
    return lines;
}

std::optional<QStringList> StatisticsImporter::columnsOf(const QString &path,
                                                         const QString &tableName, QString *error)
{
    StatisticsImportOptions options;
    options.path = path;
    options.tableName = tableName;
    const auto table = readTable(options, error);
    if (!table)
        return std::nullopt;
    QStringList columns;
    for (const gis::Field &field : table->fields)
        columns.push_back(field.name);
    return columns;
}

StatisticsImportResult StatisticsImporter::import(const StatisticsImportOptions &options,
                                                  const gis::FeatureCollection &features,
                                                  const StatisticsJoin &join)
{
    StatisticsImportResult result;
    QString error;
    const auto table = readTable(options, &error);
    if (!table) {
        result.report.error =
            error.isEmpty() ? tr("%1 could not be read").arg(options.path) : error;
        return result;
    }
    if (isGarbled(*table)) {
        result.report.error =
            tr("%1 is not UTF-8 text; save it as UTF-8 (CSV UTF-8) and import it again")
                .arg(options.path);
        return result;
    }
    QStringList columns = options.indicatorColumns;
    if (columns.isEmpty()) {
        for (const gis::Field &field : table->fields) {
            if (field.name != options.keyColumn)
                columns.push_back(field.name);
        }
    }
    if (const QString missing = missingColumn(*table, QStringList{options.keyColumn} + columns);
        !missing.isEmpty()) {
        result.report.error = tr("%1 has no column “%2”").arg(options.path, missing);
        return result;
    }
    WideTableReader(options, *table, join, result).read(features, columns);
    return result;
}

} // namespace core
