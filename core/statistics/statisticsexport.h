#pragma once

#include "statisticsjoin.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace core {

class StatisticsModel;

// The joined figures of a layer in long form: one row per feature and figure, with the
// columns `columns()` names. The same rows serve the CSV export and `planmap stats`.
class StatisticsExport
{
    Q_DECLARE_TR_FUNCTIONS(core::StatisticsExport)
public:
    static QStringList columns();
    static QVector<QStringList> rows(const QString &layerId,
                                     const QVector<JoinedFeature> &features);
    // Every layer of `layerIds` (all that figures can join when empty) in turn.
    static QVector<QStringList> rows(const StatisticsModel &model, const QStringList &layerIds,
                                     LabelLanguage language);

    // RFC 4180: every field that needs it quoted, lines ended with CRLF, header first.
    static QByteArray toCsv(const QVector<QStringList> &rows);
    // An array of objects keyed by column; values as numbers, `derived` as a boolean.
    static QJsonArray toJson(const QVector<QStringList> &rows);
    // Writes the CSV atomically: the old file stays whole until the new one is complete.
    static bool writeCsv(const QString &path, const QVector<QStringList> &rows, QString *error);
};

} // namespace core
