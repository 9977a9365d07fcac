#pragma once

#include "classify/classbreaks.h"
#include "render/layerstyle.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace gis {
class VectorLayer;
}

namespace core {

// Where a thematic map's numbers come from.
enum class ThematicValueSource {
    Field,     // a numeric attribute of the layer's features
    Indicator, // an indicator of the statistics model for one period
};

// The values of `indicator` in `period` for each feature of `layer`, in feature order, nothing
// where a feature has none. The statistics model provides this (PlanProject::
// setIndicatorValues); until it does, indicator maps show every feature as "no data".
using IndicatorValues = std::function<std::vector<std::optional<double>>(
    const gis::VectorLayer &layer, const QString &indicator, const QString &period)>;

// One indicator the features of a layer have values for, in one period: what the symbology
// page offers beside the layer's numeric fields.
struct IndicatorChoice
{
    QString indicator;
    QString period;
    QString unit;
};

// The indicators with values for `layer`. The statistics model provides this too
// (PlanProject::setIndicatorCatalog); until it does, only fields are offered.
using IndicatorCatalog = std::function<std::vector<IndicatorChoice>(const gis::VectorLayer &layer)>;

// A planner's description of a thematic map of one layer, from which the gis style is computed
// again whenever the values change.
struct ThematicSpec
{
    QString layerId;
    gis::StyleKind kind = gis::StyleKind::Graduated;
    ThematicValueSource source = ThematicValueSource::Field;
    QString field; // the attribute (Field), and the field of a categorized map
    QString indicator;
    QString period;
    gis::ClassificationMethod method = gis::ClassificationMethod::NaturalBreaks;
    int classCount = 5;
    QString ramp = QStringLiteral("Blues");
    bool invert = false;
    QString unit;            // shown in the legend title: "100 million yuan", "%"
    QString periodLabel;     // shown in the legend title: "2023"
    double maxSizeMm = 10.0; // Proportional: the largest marker's diameter

    bool operator==(const ThematicSpec &) const = default;
};

} // namespace core
