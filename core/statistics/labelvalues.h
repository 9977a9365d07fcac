#pragma once

#include "statisticsjoin.h"

#include <QLocale>

#include <vector>

namespace core {

// The text a label shows after a feature's name for its figure `key`: the figure of `period`,
// or of the latest period when `period` is empty, formatted with its unit for `locale`
// ("¥342.7 bn", "3427 亿元"); empty when the feature has no such figure.
QString labelValueText(const QVector<Indicator> &figures, const QString &key, const QString &period,
                       const QLocale &locale);

// The texts for every feature of a layer, in the layer's order (`featureCount` of them).
std::vector<QString> labelValueTexts(const QVector<JoinedFeature> &features,
                                     std::size_t featureCount, const QString &key,
                                     const QString &period, const QLocale &locale);

// The locale figures are written in for labels in `language`.
QLocale labelLocale(LabelLanguage language);

} // namespace core
