#pragma once

#include "featuresymbology.h"
#include "layerstyle.h"

#include <QString>

#include <vector>

namespace gis {

// One row of a legend: a swatch drawn with `symbol` (a marker of the symbol's size for
// proportional symbols) and its text.
struct LegendEntry
{
    Symbol symbol;
    QString label;
};

// What a layer's legend shows, for the layer panel now and print layouts later: a title
// (the quantity, its unit and period) and the entries, top first.
struct Legend
{
    QString title;
    std::vector<LegendEntry> entries;
};

// The legend of a style: its classes or categories, "other" and "no data" (labelled
// `otherLabel`, `noDataLabel`: the caller's words, translated) unless `symbology` shows no
// feature has them, and for proportional symbols three round values up to the largest.
// Single symbols have no entries.
Legend legendOf(const LayerStyle &style, const FeatureSymbology *symbology,
                const QString &otherLabel, const QString &noDataLabel);

// "1.5 – 3" in the given locale's digits, with just enough decimals to tell breaks apart.
QString rangeLabel(double lower, double upper, int decimals);
// The decimals a legend shows `breaks` with: the fewest (at most 4) that keep them apart and
// move none by more than 1 % of the narrowest class.
int decimalsFor(std::vector<double> breaks);

} // namespace gis
