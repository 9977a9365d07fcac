#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace core {

// A CSV file read through GDAL's CSV driver: header names and rows of text values.
struct CsvTable
{
    QString path;
    QStringList columns;
    QVector<QHash<QString, QString>> rows;

    static std::optional<CsvTable> read(const QString &path, const QStringList &requiredColumns,
                                        QString *error);
};

} // namespace core
