#pragma once

#include "statisticsjoin.h"
#include "thematic/thematicspec.h"

#include <optional>
#include <vector>

namespace core {

// The value of `indicator` in `period` for each of `featureCount` features in layer order,
// nothing where a feature has no such figure: what a thematic map of an indicator classifies.
std::vector<std::optional<double>> indicatorValuesOf(const QVector<JoinedFeature> &features,
                                                     std::size_t featureCount,
                                                     const QString &indicator,
                                                     const QString &period);

// Every indicator and period the features have figures for, in order of first appearance.
std::vector<IndicatorChoice> indicatorChoicesOf(const QVector<JoinedFeature> &features);

} // namespace core
