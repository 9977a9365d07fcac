#pragma once

#include "thematicspec.h"

#include "render/legend.h"

namespace core {

// Turns thematic specs into gis styles: reads the values, classifies them, colours the
// classes from the ramp and labels them for the legend.
class ThematicStyler
{
public:
    explicit ThematicStyler(IndicatorValues indicators = {});

    // The values the spec maps, one per feature of `layer`.
    std::vector<std::optional<double>> values(const ThematicSpec &spec,
                                              const gis::VectorLayer &layer) const;
    // The style for `spec` given `values`; `base` gives outline and marker. Categorized styles
    // read their field from `layer`.
    gis::LayerStyle style(const ThematicSpec &spec, const gis::VectorLayer &layer,
                          const std::vector<std::optional<double>> &values,
                          const gis::Symbol &base) const;
    // Computes and sets the layer's style for `spec`.
    void apply(const ThematicSpec &spec, gis::VectorLayer &layer) const;

    // The legend of a themed layer, with "other" and "no data" in the interface language.
    static gis::Legend legend(const gis::VectorLayer &layer);

private:
    IndicatorValues mIndicators;
};

// Categories beyond this many are drawn as "other": a map cannot show more colours apart.
constexpr int kMaxCategories = 24;

} // namespace core
