#include "scalebar.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace core {

ScaleBar ScaleBar::fitting(double denominator, double maximumLengthMm)
{
    ScaleBar bar;
    const double maximumMetres = maximumLengthMm / 1000.0 * denominator;
    if (!(maximumMetres > 0) || !std::isfinite(maximumMetres))
        return bar;
    const double power = std::pow(10.0, std::floor(std::log10(maximumMetres)));
    bar.metres = power;
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * power <= maximumMetres) {
            bar.metres = step * power;
            // 5 and 1 split into five even steps (10, 20…), 2 into four (0.5, 1…).
            bar.segments = step == 2.0 ? 4 : 5;
            break;
        }
    }
    bar.lengthMm = bar.metres * 1000.0 / denominator;
    return bar;
}

QString ScaleBar::distanceLabel(double metres)
{
    const QLocale locale;
    return metres >= 1000 ? QCoreApplication::translate("ScaleBar", "%1 km")
                                .arg(locale.toString(metres / 1000, 'g', 6))
                          : QCoreApplication::translate("ScaleBar", "%1 m")
                                .arg(locale.toString(metres, 'g', 6));
}

} // namespace core
