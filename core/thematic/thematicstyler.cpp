#include "thematicstyler.h"

#include "classify/colorramp.h"
#include "layer/vectorlayer.h"
#include "statistics/indicatornames.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <set>

namespace core {

namespace {

QString legendTitle(const ThematicSpec &spec)
{
    const QString quantity = spec.source == ThematicValueSource::Indicator
                                 ? IndicatorNames::displayName(spec.indicator)
                                 : spec.field;
    QStringList qualifiers;
    if (!spec.unit.isEmpty())
        qualifiers.push_back(spec.unit);
    if (!spec.periodLabel.isEmpty())
        qualifiers.push_back(spec.periodLabel);
    if (qualifiers.isEmpty())
        return quantity;
    return QCoreApplication::translate("ThematicStyler", "%1 (%2)")
        .arg(quantity, qualifiers.join(QCoreApplication::translate("ThematicStyler", ", ")));
}

// Lines show their class in the line colour, areas and points in the fill.
gis::Symbol coloured(const gis::Symbol &base, const QColor &color, gis::GeometryKind kind)
{
    gis::Symbol symbol = base;
    if (kind == gis::GeometryKind::Line)
        symbol.strokeColor = color;
    else
        symbol.fillColor = color;
    return symbol;
}

// A diverging ramp over values either side of zero puts zero at its pale middle, so that a
// fall reads as one hue and a rise as the other however lopsided the range: each class takes
// the colour of its midpoint on [−m, m], m the larger end. Otherwise the classes spread
// evenly from one end of the ramp to the other.
QVector<QColor> classColors(const gis::ColorRamp &ramp, const std::vector<double> &breaks,
                            bool invert)
{
    const int classes = int(breaks.size()) - 1;
    if (ramp.kind() != gis::ColorRamp::Kind::Diverging || !(breaks.front() < 0) ||
        !(breaks.back() > 0))
        return ramp.colors(classes, invert);
    const double reach = std::max(-breaks.front(), breaks.back());
    QVector<QColor> colors;
    for (int i = 0; i < classes; ++i) {
        const double t = 0.5 + (breaks[i] + breaks[i + 1]) / 4 / reach;
        colors.push_back(ramp.at(invert ? 1 - t : t));
    }
    return colors;
}

void addRanges(const ThematicSpec &spec, const std::vector<std::optional<double>> &values,
               gis::GeometryKind kind, gis::LayerStyle &style)
{
    std::vector<double> numbers;
    for (const std::optional<double> &value : values)
        numbers.push_back(value.value_or(std::nan("")));
    const std::vector<double> breaks =
        gis::classBreaks(numbers, spec.method, std::clamp(spec.classCount, 1, 12));
    if (breaks.size() < 2)
        return;
    const QVector<QColor> colors =
        classColors(gis::ColorRamp::namedOrDefault(spec.ramp), breaks, spec.invert);
    const int decimals = gis::decimalsFor(breaks);
    for (std::size_t i = 0; i + 1 < breaks.size(); ++i)
        style.ranges.push_back({breaks[i], breaks[i + 1],
                                coloured(style.symbol, colors[int(i)], kind),
                                gis::rangeLabel(breaks[i], breaks[i + 1], decimals)});
}

void addCategories(const ThematicSpec &spec, const gis::FeatureCollection &features,
                   gis::GeometryKind kind, gis::LayerStyle &style)
{
    const int field = features.fieldIndex(spec.field);
    std::set<QString> distinct;
    for (const gis::Feature &feature : features.features) {
        if (field >= 0 && field < feature.attributes.size() && !feature.attributes[field].isNull())
            distinct.insert(feature.attributes[field].toString());
    }
    const int count = std::min<int>(int(distinct.size()), kMaxCategories);
    const QVector<QColor> colors =
        gis::ColorRamp::namedOrDefault(spec.ramp).colors(count, spec.invert);
    int i = 0;
    for (const QString &value : distinct) {
        if (i == count)
            break;
        style.categories.push_back({value, coloured(style.symbol, colors[i++], kind), value});
    }
    style.otherSymbol = coloured(style.symbol, QColor(0xbd, 0xbd, 0xbd), kind);
}

} // namespace

ThematicStyler::ThematicStyler(IndicatorValues indicators)
    : mIndicators(std::move(indicators))
{
}

std::vector<std::optional<double>> ThematicStyler::values(const ThematicSpec &spec,
                                                          const gis::VectorLayer &layer) const
{
    if (spec.source == ThematicValueSource::Field)
        return layer.features().numericValues(spec.field);
    std::vector<std::optional<double>> result;
    if (mIndicators)
        result = mIndicators(layer, spec.indicator, spec.period);
    result.resize(layer.features().features.size());
    return result;
}

gis::LayerStyle ThematicStyler::style(const ThematicSpec &spec, const gis::VectorLayer &layer,
                                      const std::vector<std::optional<double>> &values,
                                      const gis::Symbol &base) const
{
    gis::LayerStyle style;
    style.kind = spec.kind;
    style.symbol = base;
    style.field = spec.source == ThematicValueSource::Field ? spec.field : QString();
    style.legendTitle = legendTitle(spec);
    style.noDataSymbol = gis::defaultNoDataSymbol(base);
    const gis::GeometryKind kind = layer.features().kind;
    switch (spec.kind) {
    case gis::StyleKind::Single:
        break;
    case gis::StyleKind::Graduated:
        addRanges(spec, values, kind, style);
        break;
    case gis::StyleKind::Categorized:
        style.field = spec.field;
        addCategories(spec, layer.features(), kind, style);
        break;
    case gis::StyleKind::Proportional:
        for (const std::optional<double> &value : values) {
            if (value)
                style.maxValue = std::max(style.maxValue, *value);
        }
        style.maxSizeMm = spec.maxSizeMm;
        style.symbol.fillColor = gis::ColorRamp::namedOrDefault(spec.ramp).at(0.7);
        style.symbol.fillColor.setAlphaF(0.85f);
        // A missing value has no size to show, but the place should not vanish: a small dot.
        style.noDataSymbol.markerSizeMm = 1.5;
        break;
    }
    return style;
}

void ThematicStyler::apply(const ThematicSpec &spec, gis::VectorLayer &layer) const
{
    const gis::Symbol base = layer.symbol();
    if (spec.kind == gis::StyleKind::Categorized) {
        layer.setStyle(style(spec, layer, {}, base));
        return;
    }
    const std::vector<std::optional<double>> numbers = values(spec, layer);
    const gis::LayerStyle computed = style(spec, layer, numbers, base);
    if (spec.kind == gis::StyleKind::Single)
        layer.setStyle(computed);
    else
        layer.setStyle(computed, numbers);
}

gis::Legend ThematicStyler::legend(const gis::VectorLayer &layer)
{
    return gis::legendOf(layer.style(), layer.symbology().get(),
                         QCoreApplication::translate("ThematicStyler", "Other"),
                         QCoreApplication::translate("ThematicStyler", "No data"));
}

} // namespace core
