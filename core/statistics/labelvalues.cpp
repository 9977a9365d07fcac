#include "labelvalues.h"

#include "statisticstable.h"
#include "unitformat.h"

namespace core {

QString labelValueText(const QVector<Indicator> &figures, const QString &key, const QString &period,
                       const QLocale &locale)
{
    QVector<Indicator> matching;
    for (const Indicator &figure : figures) {
        if (figure.name == key && (period.isEmpty() || figure.period == period))
            matching.push_back(figure);
    }
    if (matching.isEmpty())
        return {};
    // groupByPeriod puts the latest period first.
    const Indicator &chosen = groupByPeriod(matching).front().second.front();
    return UnitFormat::format(chosen.value, chosen.unit, locale);
}

std::vector<QString> labelValueTexts(const QVector<JoinedFeature> &features,
                                     std::size_t featureCount, const QString &key,
                                     const QString &period, const QLocale &locale)
{
    std::vector<QString> texts(featureCount);
    for (const JoinedFeature &feature : features) {
        if (feature.featureIndex < featureCount)
            texts[feature.featureIndex] = labelValueText(feature.indicators, key, period, locale);
    }
    return texts;
}

QLocale labelLocale(LabelLanguage language)
{
    return language == LabelLanguage::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                              : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace core
