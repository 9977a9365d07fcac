#include "legend.h"

#include "classify/classbreaks.h"

#include <QLocale>

#include <cmath>

namespace gis {

namespace {

void addProportionalEntries(const LayerStyle &style, Legend &legend)
{
    if (!(style.maxValue > 0))
        return;
    // Round values a reader can compare: the pretty breaks of [0, max] that fit under it,
    // largest first, at most three of them.
    std::vector<double> values = prettyBreaks(0.0, style.maxValue, 4);
    std::vector<double> shown;
    for (auto it = values.rbegin(); it != values.rend() && shown.size() < 3; ++it) {
        if (*it > 0 && *it <= style.maxValue)
            shown.push_back(*it);
    }
    if (shown.empty())
        shown.push_back(style.maxValue);
    const int decimals = decimalsFor(shown);
    for (double value : shown) {
        Symbol symbol = style.symbol;
        symbol.markerSizeMm = style.proportionalSizeMm(value);
        legend.entries.push_back({symbol, QLocale().toString(value, 'f', decimals)});
    }
}

} // namespace

Legend legendOf(const LayerStyle &style, const FeatureSymbology *symbology,
                const QString &otherLabel, const QString &noDataLabel)
{
    const auto used = [symbology](int symbol) {
        return !symbology || symbology->featuresWith(symbol) > 0;
    };
    Legend legend;
    legend.title = style.legendTitle;
    switch (style.kind) {
    case StyleKind::Single:
        return legend;
    case StyleKind::Graduated:
        for (const RangeClass &range : style.ranges)
            legend.entries.push_back({range.symbol, range.label});
        break;
    case StyleKind::Categorized:
        for (const CategoryClass &category : style.categories)
            legend.entries.push_back({category.symbol, category.label});
        if (used(style.otherIndex()))
            legend.entries.push_back({style.otherSymbol, otherLabel});
        break;
    case StyleKind::Proportional:
        addProportionalEntries(style, legend);
        break;
    }
    if (used(style.noDataIndex()))
        legend.entries.push_back({style.noDataSymbol, noDataLabel});
    return legend;
}

QString rangeLabel(double lower, double upper, int decimals)
{
    const QLocale locale;
    return locale.toString(lower, 'f', decimals) + QStringLiteral(" – ") +
           locale.toString(upper, 'f', decimals);
}

int decimalsFor(const std::vector<double> &breaks)
{
    for (int decimals = 0; decimals < 4; ++decimals) {
        const double scale = std::pow(10.0, decimals);
        bool exact = true;
        for (double value : breaks)
            exact = exact && std::abs(value * scale - std::round(value * scale)) < 1e-6 * scale;
        if (exact)
            return decimals;
    }
    return 4;
}

} // namespace gis
