#include "legend.h"

#include "classify/classbreaks.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

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

int decimalsFor(std::vector<double> breaks)
{
    std::sort(breaks.begin(), breaks.end());
    // The fewest decimals at which the breaks stay apart and move by at most 1 % of the
    // narrowest class: 342.7123 and 1234.5678 read as 343 and 1,235, 0.5 and 1.25 keep theirs.
    double narrowest = std::numeric_limits<double>::infinity();
    for (std::size_t i = 1; i < breaks.size(); ++i) {
        if (breaks[i] > breaks[i - 1])
            narrowest = std::min(narrowest, breaks[i] - breaks[i - 1]);
    }
    const double tolerance = std::isfinite(narrowest) ? narrowest / 100 : 0.0;
    for (int decimals = 0; decimals < 4; ++decimals) {
        const double scale = std::pow(10.0, decimals);
        bool fits = true;
        double previous = -std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < breaks.size() && fits; ++i) {
            const double rounded = std::round(breaks[i] * scale) / scale;
            const double error = std::abs(rounded - breaks[i]);
            fits = (error <= tolerance || error < 1e-9 * std::max(1.0, std::abs(breaks[i]))) &&
                   (i == 0 || breaks[i] == breaks[i - 1] || rounded > previous);
            previous = rounded;
        }
        if (fits)
            return decimals;
    }
    return 4;
}

} // namespace gis
