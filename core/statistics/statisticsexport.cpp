#include "statisticsexport.h"

#include "statisticsmodel.h"

#include <QJsonObject>
#include <QSaveFile>

namespace core {

namespace {

enum Column {
    Layer,
    Key,
    Name,
    IndicatorColumn,
    Value,
    Unit,
    Period,
    Derived,
    Source,
    Qualifier,
    Quote,
    ColumnCount
};

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QStringList StatisticsExport::columns()
{
    return {QStringLiteral("layer"),     QStringLiteral("feature_key"), QStringLiteral("name"),
            QStringLiteral("indicator"), QStringLiteral("value"),       QStringLiteral("unit"),
            QStringLiteral("period"),    QStringLiteral("derived"),     QStringLiteral("source"),
            QStringLiteral("qualifier"), QStringLiteral("quote")};
}

QVector<QStringList> StatisticsExport::rows(const QString &layerId,
                                            const QVector<JoinedFeature> &features)
{
    QVector<QStringList> rows;
    for (const JoinedFeature &feature : features) {
        for (const Indicator &figure : feature.indicators) {
            rows.push_back({layerId, feature.key, feature.name, figure.name,
                            QString::number(figure.value, 'g', 12), figure.unit, figure.period,
                            figure.derived ? QStringLiteral("true") : QStringLiteral("false"),
                            figure.sourceFile, figure.qualifier, figure.quote});
        }
    }
    return rows;
}

QVector<QStringList> StatisticsExport::rows(const StatisticsModel &model,
                                            const QStringList &layerIds, LabelLanguage language)
{
    QVector<QStringList> all;
    for (const QString &layer : layerIds.isEmpty() ? model.joinableLayerIds() : layerIds)
        all += rows(layer, model.joined(layer, language));
    return all;
}

QByteArray StatisticsExport::toCsv(const QVector<QStringList> &rows)
{
    QByteArray csv;
    for (const QStringList &row : QVector<QStringList>{columns()} + rows) {
        QStringList fields;
        for (const QString &field : row)
            fields.push_back(csvField(field));
        csv += fields.join(u',').toUtf8() + "\r\n";
    }
    return csv;
}

QJsonArray StatisticsExport::toJson(const QVector<QStringList> &rows)
{
    const QStringList names = columns();
    QJsonArray array;
    for (const QStringList &row : rows) {
        QJsonObject object;
        for (int c = 0; c < ColumnCount; ++c) {
            if (c == Value)
                object.insert(names[c], row[c].toDouble());
            else if (c == Derived)
                object.insert(names[c], row[c] == u"true");
            else
                object.insert(names[c], row[c]);
        }
        array.push_back(object);
    }
    return array;
}

bool StatisticsExport::writeCsv(const QString &path, const QVector<QStringList> &rows,
                                QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(rows)) < 0 || !file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace core
