#include "statisticsjson.h"

#include <QJsonObject>

namespace core {

QJsonArray StatisticsJson::toJson(const StatisticsTable &table)
{
    QJsonArray array;
    for (const Indicator &row : table.rows()) {
        QJsonObject object{{QStringLiteral("layer"), row.layerId},
                           {QStringLiteral("feature_key"), row.featureKey},
                           {QStringLiteral("indicator"), row.name},
                           {QStringLiteral("value"), row.value},
                           {QStringLiteral("unit"), row.unit},
                           {QStringLiteral("period"), row.period},
                           {QStringLiteral("source"), row.sourceFile}};
        if (!row.qualifier.isEmpty())
            object.insert(QStringLiteral("qualifier"), row.qualifier);
        if (!row.quote.isEmpty())
            object.insert(QStringLiteral("quote"), row.quote);
        array.push_back(object);
    }
    return array;
}

StatisticsTable StatisticsJson::fromJson(const QJsonArray &array, QStringList *problems)
{
    QVector<Indicator> rows;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject object = array[i].toObject();
        const auto text = [&](const char *key) {
            return object.value(QLatin1String(key)).toString();
        };
        Indicator row{text("layer"),     text("feature_key"),
                      text("indicator"), object.value(QStringLiteral("value")).toDouble(),
                      text("unit"),      text("period"),
                      text("source"),    text("quote"),
                      text("qualifier"), false};
        if (row.layerId.isEmpty() || row.featureKey.isEmpty() || row.name.isEmpty() ||
            !object.value(QStringLiteral("value")).isDouble()) {
            problems->push_back(tr("imported figure %1 is incomplete, skipped").arg(i + 1));
            continue;
        }
        rows.push_back(row);
    }
    return StatisticsTable(std::move(rows));
}

} // namespace core
