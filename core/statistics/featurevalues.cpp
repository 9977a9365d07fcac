#include "featurevalues.h"

#include <algorithm>

namespace core {

std::vector<std::optional<double>> indicatorValuesOf(const QVector<JoinedFeature> &features,
                                                     std::size_t featureCount,
                                                     const QString &indicator,
                                                     const QString &period)
{
    std::vector<std::optional<double>> values(featureCount);
    for (const JoinedFeature &feature : features) {
        if (feature.featureIndex >= featureCount)
            continue;
        for (const Indicator &figure : feature.indicators) {
            if (figure.name == indicator && figure.period == period) {
                values[feature.featureIndex] = figure.value;
                break;
            }
        }
    }
    return values;
}

std::vector<IndicatorChoice> indicatorChoicesOf(const QVector<JoinedFeature> &features)
{
    std::vector<IndicatorChoice> choices;
    for (const JoinedFeature &feature : features) {
        for (const Indicator &figure : feature.indicators) {
            const bool known = std::any_of(choices.begin(), choices.end(), [&](const auto &c) {
                return c.indicator == figure.name && c.period == figure.period;
            });
            if (!known)
                choices.push_back({figure.name, figure.period, figure.unit});
        }
    }
    return choices;
}

} // namespace core
