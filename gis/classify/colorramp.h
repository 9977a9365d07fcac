#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace gis {

// A named colour ramp: published palettes (ColorBrewer, matplotlib's viridis, Okabe & Ito)
// chosen because readers with colour-vision deficiencies can tell their classes apart.
// Sequential and diverging ramps are interpolated to any class count; a qualitative one hands
// out its colours in turn, paler on each round past its end.
class ColorRamp
{
public:
    enum class Kind { Sequential, Diverging, Qualitative };

    ColorRamp(QString name, Kind kind, QVector<QColor> stops);

    // Blues, Greens, YlGnBu, Oranges, Viridis, RdBu, PuOr, BrBG, OkabeIto.
    static QStringList names();
    static std::optional<ColorRamp> named(const QString &name);
    // The ramp `name`, or Blues when there is none of that name.
    static ColorRamp namedOrDefault(const QString &name);

    const QString &name() const { return mName; }
    Kind kind() const { return mKind; }
    const QVector<QColor> &stops() const { return mStops; }

    // The colour at t in [0, 1], interpolated between the stops.
    QColor at(double t) const;
    // `count` colours from one end to the other (reversed when `inverted`): the ends of a
    // sequential or diverging ramp are its first and last stops.
    QVector<QColor> colors(int count, bool inverted = false) const;

private:
    QColor qualitative(int index) const;

    QString mName;
    Kind mKind;
    QVector<QColor> mStops;
};

} // namespace gis
