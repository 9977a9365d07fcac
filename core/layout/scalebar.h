#pragma once

#include <QString>

namespace core {

// A scale bar of a round ground length (1, 2 or 5 × 10ⁿ m) that fits a width on paper, for
// a map at 1:denominator (the geodesic scale at the frame's centre, gis::scaleDenominator).
struct ScaleBar
{
    double metres = 0.0;
    double lengthMm = 0.0; // on paper: metres × 1000 / denominator
    int segments = 4;

    static ScaleBar fitting(double denominator, double maximumLengthMm);
    bool isValid() const { return metres > 0 && lengthMm > 0; }
    // "50 km", "500 m" in the interface language.
    static QString distanceLabel(double metres);
};

} // namespace core
