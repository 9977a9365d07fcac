#pragma once

#include "statisticsjoin.h"
#include "statisticstable.h"

#include <QCoreApplication>

#include <optional>

namespace gis {
struct FeatureCollection;
}

namespace core {

// What to read from a table of figures in wide form: one row per feature, one column per
// indicator.
struct StatisticsImportOptions
{
    QString path;
    QString tableName; // the layer or sheet; empty: the first
    QString keyColumn;
    QStringList indicatorColumns; // empty: every column but the key
    QString unit;
    QString period;
    QString source; // empty: the file's name
};

// Everything the import did not take as it stood, so that nothing is dropped unseen. Rows
// are counted from 1 after the header, as a spreadsheet user counts data rows.
struct StatisticsImportReport
{
    QString error; // the file could not be read at all; nothing was imported
    int rowsRead = 0;
    int figuresImported = 0;
    QStringList unmatchedKeys;      // "row 3: 999999", imported but joined to no feature
    QStringList featuresWithoutRow; // keys of features the file has no row for
    QStringList nonNumericValues;   // "row 4, column gdp: “n/a”", not imported
    QStringList duplicatedKeys;     // "row 7: 220381 (first in row 2)", not imported

    bool hasProblems() const;
    // One line per finding, for a dialog or the console.
    QStringList messages() const;
};

struct StatisticsImportResult
{
    StatisticsTable table; // long form, for the join's layer
    StatisticsImportReport report;
};

// Reads a CSV, spreadsheet (XLSX, ODS) or any table GDAL opens, turns it into long form for
// the features of `join`'s layer and reports what did not fit.
class StatisticsImporter
{
    Q_DECLARE_TR_FUNCTIONS(core::StatisticsImporter)
public:
    // The column names of a table (the first when `tableName` is empty), for choosing the key
    // and indicator columns; nothing and a message naming the file when it cannot be read.
    static std::optional<QStringList> columnsOf(const QString &path, const QString &tableName,
                                                QString *error);

    static StatisticsImportResult import(const StatisticsImportOptions &options,
                                         const gis::FeatureCollection &features,
                                         const StatisticsJoin &join);
};

} // namespace core
