#pragma once

#include "statisticstable.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace core {

// Figures as a project file keeps them: an array of objects with the long-form columns.
class StatisticsJson
{
    Q_DECLARE_TR_FUNCTIONS(core::StatisticsJson)
public:
    static QJsonArray toJson(const StatisticsTable &table);
    // Entries without layer, key, indicator or numeric value are skipped and named in
    // `problems`.
    static StatisticsTable fromJson(const QJsonArray &array, QStringList *problems);
};

} // namespace core
