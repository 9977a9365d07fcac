#include "stylejson.h"

#include "jsonfields.h"

#include <QJsonArray>

#include <algorithm>

#include <utility>

namespace core {

namespace {

const std::pair<Qt::PenStyle, const char *> penStyles[] = {
    {Qt::NoPen, "none"},  {Qt::SolidLine, "solid"},      {Qt::DashLine, "dash"},
    {Qt::DotLine, "dot"}, {Qt::DashDotLine, "dash-dot"}, {Qt::DashDotDotLine, "dash-dot-dot"},
};

const std::pair<gis::MarkerShape, const char *> markerShapes[] = {
    {gis::MarkerShape::Circle, "circle"},     {gis::MarkerShape::Square, "square"},
    {gis::MarkerShape::Triangle, "triangle"}, {gis::MarkerShape::Star, "star"},
    {gis::MarkerShape::Diamond, "diamond"},
};

const std::pair<gis::StyleKind, const char *> styleKinds[] = {
    {gis::StyleKind::Single, "single"},
    {gis::StyleKind::Graduated, "graduated"},
    {gis::StyleKind::Categorized, "categorized"},
    {gis::StyleKind::Proportional, "proportional"},
};

const std::pair<gis::ClassificationMethod, const char *> methods[] = {
    {gis::ClassificationMethod::NaturalBreaks, "jenks"},
    {gis::ClassificationMethod::EqualInterval, "equal-interval"},
    {gis::ClassificationMethod::Quantile, "quantile"},
    {gis::ClassificationMethod::Pretty, "pretty"},
};

const std::pair<ThematicValueSource, const char *> valueSources[] = {
    {ThematicValueSource::Field, "field"},
    {ThematicValueSource::Indicator, "indicator"},
};

template <typename Enum, std::size_t N>
QString wordFor(const std::pair<Enum, const char *> (&table)[N], Enum value)
{
    for (const auto &[entry, word] : table) {
        if (entry == value)
            return QString::fromLatin1(word);
    }
    return QString::fromLatin1(table[0].second);
}

template <typename Enum, std::size_t N>
Enum enumFor(const std::pair<Enum, const char *> (&table)[N], const JsonFields &fields,
             const QString &key, Enum fallback)
{
    const QString word = fields.string(key);
    if (word.isEmpty())
        return fallback;
    for (const auto &[entry, name] : table) {
        if (word == QLatin1String(name))
            return entry;
    }
    fields.reportInvalid(key, word);
    return fallback;
}

QString colorText(const QColor &color)
{
    return color.name(QColor::HexArgb);
}

} // namespace

QJsonObject symbolToJson(const gis::Symbol &symbol)
{
    return {
        {QStringLiteral("fill"), colorText(symbol.fillColor)},
        {QStringLiteral("stroke"), colorText(symbol.strokeColor)},
        {QStringLiteral("strokeWidthMm"), symbol.strokeWidthMm},
        {QStringLiteral("strokeStyle"), wordFor(penStyles, symbol.strokeStyle)},
        {QStringLiteral("marker"), wordFor(markerShapes, symbol.marker)},
        {QStringLiteral("markerSizeMm"), symbol.markerSizeMm},
        {QStringLiteral("opacity"), symbol.opacity},
        {QStringLiteral("markerSvg"), symbol.markerSvg},
    };
}

gis::Symbol symbolFromJson(const QJsonObject &object, const QString &where, QStringList *problems)
{
    const JsonFields fields(object, where, problems);
    gis::Symbol symbol;
    symbol.fillColor = fields.color(QStringLiteral("fill"), symbol.fillColor);
    symbol.strokeColor = fields.color(QStringLiteral("stroke"), symbol.strokeColor);
    symbol.strokeWidthMm = fields.number(QStringLiteral("strokeWidthMm"), symbol.strokeWidthMm);
    symbol.strokeStyle =
        enumFor(penStyles, fields, QStringLiteral("strokeStyle"), symbol.strokeStyle);
    symbol.marker = enumFor(markerShapes, fields, QStringLiteral("marker"), symbol.marker);
    symbol.markerSizeMm = fields.number(QStringLiteral("markerSizeMm"), symbol.markerSizeMm);
    symbol.opacity = fields.number(QStringLiteral("opacity"), symbol.opacity);
    symbol.markerSvg = fields.string(QStringLiteral("markerSvg"), symbol.markerSvg);
    return symbol;
}

QJsonObject labelsToJson(const gis::LabelSettings &labels)
{
    return {
        {QStringLiteral("enabled"), labels.enabled},
        {QStringLiteral("field"), labels.field},
        {QStringLiteral("font"), labels.fontFamily},
        {QStringLiteral("sizePt"), labels.sizePt},
        {QStringLiteral("bold"), labels.bold},
        {QStringLiteral("color"), colorText(labels.color)},
        {QStringLiteral("halo"), colorText(labels.haloColor)},
        {QStringLiteral("haloMm"), labels.haloMm},
        {QStringLiteral("priority"), labels.priority},
        {QStringLiteral("valueKey"), labels.valueKey},
        {QStringLiteral("valuePeriod"), labels.valuePeriod},
    };
}

gis::LabelSettings labelsFromJson(const QJsonObject &object, const QString &where,
                                  QStringList *problems)
{
    const JsonFields fields(object, where, problems);
    gis::LabelSettings labels;
    labels.enabled = fields.boolean(QStringLiteral("enabled"), labels.enabled);
    labels.field = fields.string(QStringLiteral("field"), labels.field);
    labels.fontFamily = fields.string(QStringLiteral("font"), labels.fontFamily);
    labels.sizePt = fields.number(QStringLiteral("sizePt"), labels.sizePt);
    labels.bold = fields.boolean(QStringLiteral("bold"), labels.bold);
    labels.color = fields.color(QStringLiteral("color"), labels.color);
    labels.haloColor = fields.color(QStringLiteral("halo"), labels.haloColor);
    labels.haloMm = fields.number(QStringLiteral("haloMm"), labels.haloMm);
    labels.priority = fields.integer(QStringLiteral("priority"), labels.priority);
    labels.valueKey = fields.string(QStringLiteral("valueKey"), labels.valueKey);
    labels.valuePeriod = fields.string(QStringLiteral("valuePeriod"), labels.valuePeriod);
    return labels;
}

QJsonObject themeToJson(const ThematicSpec &spec, const gis::LayerStyle &style)
{
    QJsonObject json{
        {QStringLiteral("kind"), wordFor(styleKinds, spec.kind)},
        {QStringLiteral("source"), wordFor(valueSources, spec.source)},
        {QStringLiteral("field"), spec.field},
        {QStringLiteral("indicator"), spec.indicator},
        {QStringLiteral("period"), spec.period},
        {QStringLiteral("method"), wordFor(methods, spec.method)},
        {QStringLiteral("classes"), spec.classCount},
        {QStringLiteral("ramp"), spec.ramp},
        {QStringLiteral("invert"), spec.invert},
        {QStringLiteral("unit"), spec.unit},
        {QStringLiteral("periodLabel"), spec.periodLabel},
        {QStringLiteral("maxSizeMm"), spec.maxSizeMm},
    };
    QJsonArray ranges;
    for (const gis::RangeClass &range : style.ranges)
        ranges.push_back(QJsonObject{{QStringLiteral("lower"), range.lower},
                                     {QStringLiteral("upper"), range.upper},
                                     {QStringLiteral("label"), range.label},
                                     {QStringLiteral("symbol"), symbolToJson(range.symbol)}});
    if (!ranges.isEmpty())
        json.insert(QStringLiteral("ranges"), ranges);
    QJsonArray categories;
    for (const gis::CategoryClass &category : style.categories)
        categories.push_back(
            QJsonObject{{QStringLiteral("value"), category.value},
                        {QStringLiteral("label"), category.label},
                        {QStringLiteral("symbol"), symbolToJson(category.symbol)}});
    if (!categories.isEmpty())
        json.insert(QStringLiteral("categories"), categories);
    if (style.kind == gis::StyleKind::Proportional)
        json.insert(QStringLiteral("maxValue"), style.maxValue);
    return json;
}

ThematicSpec themeFromJson(const QJsonObject &object, const QString &where, QStringList *problems)
{
    const JsonFields fields(object, where, problems);
    ThematicSpec spec;
    spec.kind = enumFor(styleKinds, fields, QStringLiteral("kind"), spec.kind);
    spec.source = enumFor(valueSources, fields, QStringLiteral("source"), spec.source);
    spec.field = fields.string(QStringLiteral("field"));
    spec.indicator = fields.string(QStringLiteral("indicator"));
    spec.period = fields.string(QStringLiteral("period"));
    spec.method = enumFor(methods, fields, QStringLiteral("method"), spec.method);
    spec.classCount = std::clamp(fields.integer(QStringLiteral("classes"), spec.classCount), 1, 12);
    spec.ramp = fields.string(QStringLiteral("ramp"), spec.ramp);
    spec.invert = fields.boolean(QStringLiteral("invert"), spec.invert);
    spec.unit = fields.string(QStringLiteral("unit"));
    spec.periodLabel = fields.string(QStringLiteral("periodLabel"));
    spec.maxSizeMm = std::max(0.5, fields.number(QStringLiteral("maxSizeMm"), spec.maxSizeMm));
    return spec;
}

} // namespace core
