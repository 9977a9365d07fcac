#include "colorramp.h"

#include <algorithm>
#include <cmath>

namespace gis {

namespace {

struct RampData
{
    const char *name;
    ColorRamp::Kind kind;
    std::initializer_list<const char *> colors;
};

// The palettes' published colour values: ColorBrewer 2.0 (Cynthia Brewer, Penn State; the
// largest class count of each scheme), matplotlib's viridis sampled at tenths, and the
// Okabe & Ito (2008) qualitative set without its black, which no fill should be.
const RampData ramps[] = {
    {"Blues",
     ColorRamp::Kind::Sequential,
     {"#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c",
      "#08306b"}},
    {"Greens",
     ColorRamp::Kind::Sequential,
     {"#f7fcf5", "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#006d2c",
      "#00441b"}},
    {"YlGnBu",
     ColorRamp::Kind::Sequential,
     {"#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494",
      "#081d58"}},
    {"Oranges",
     ColorRamp::Kind::Sequential,
     {"#fff5eb", "#fee6ce", "#fdd0a2", "#fdae6b", "#fd8d3c", "#f16913", "#d94801", "#a63603",
      "#7f2704"}},
    {"Viridis",
     ColorRamp::Kind::Sequential,
     {"#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89", "#35b779", "#6ece58",
      "#b5de2b", "#fde725"}},
    {"RdBu",
     ColorRamp::Kind::Diverging,
     {"#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de",
      "#4393c3", "#2166ac", "#053061"}},
    {"PuOr",
     ColorRamp::Kind::Diverging,
     {"#7f3b08", "#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7", "#d8daeb", "#b2abd2",
      "#8073ac", "#542788", "#2d004b"}},
    {"BrBG",
     ColorRamp::Kind::Diverging,
     {"#543005", "#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#f5f5f5", "#c7eae5", "#80cdc1",
      "#35978f", "#01665e", "#003c30"}},
    {"OkabeIto",
     ColorRamp::Kind::Qualitative,
     {"#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#999999"}},
};

ColorRamp fromData(const RampData &data)
{
    QVector<QColor> stops;
    for (const char *color : data.colors)
        stops.push_back(QColor::fromString(QLatin1String(color)));
    return ColorRamp(QString::fromLatin1(data.name), data.kind, std::move(stops));
}

int mix(int a, int b, double t)
{
    return int(std::lround(a + (b - a) * t));
}

} // namespace

ColorRamp::ColorRamp(QString name, Kind kind, QVector<QColor> stops)
    : mName(std::move(name))
    , mKind(kind)
    , mStops(std::move(stops))
{
    if (mStops.isEmpty())
        mStops = {Qt::gray};
}

QStringList ColorRamp::names()
{
    QStringList result;
    for (const RampData &data : ramps)
        result.push_back(QString::fromLatin1(data.name));
    return result;
}

std::optional<ColorRamp> ColorRamp::named(const QString &name)
{
    for (const RampData &data : ramps) {
        if (name == QLatin1String(data.name))
            return fromData(data);
    }
    return std::nullopt;
}

ColorRamp ColorRamp::namedOrDefault(const QString &name)
{
    return named(name).value_or(fromData(ramps[0]));
}

QColor ColorRamp::at(double t) const
{
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0);
    const double position = t * (mStops.size() - 1);
    const int below = std::min(int(position), int(mStops.size()) - 1);
    if (below + 1 >= mStops.size())
        return mStops.back();
    const double f = position - below;
    const QColor &a = mStops[below], &b = mStops[below + 1];
    return QColor(mix(a.red(), b.red(), f), mix(a.green(), b.green(), f),
                  mix(a.blue(), b.blue(), f));
}

QColor ColorRamp::qualitative(int index) const
{
    // Past the palette's end the colours come round again paler, each round a third nearer
    // white, so that the tenth category is not mistaken for the first.
    const QColor &base = mStops[index % mStops.size()];
    const double toWhite = std::min(0.75, (index / mStops.size()) / 3.0);
    return QColor(mix(base.red(), 255, toWhite), mix(base.green(), 255, toWhite),
                  mix(base.blue(), 255, toWhite));
}

QVector<QColor> ColorRamp::colors(int count, bool inverted) const
{
    QVector<QColor> result;
    for (int i = 0; i < count; ++i) {
        if (mKind == Kind::Qualitative)
            result.push_back(qualitative(i));
        else
            result.push_back(at(count == 1 ? 0.5 : double(i) / (count - 1)));
    }
    if (inverted)
        std::reverse(result.begin(), result.end());
    return result;
}

} // namespace gis
