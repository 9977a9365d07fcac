#pragma once

namespace gis {

// The scales (1:N) at which a layer is drawn. A bound of 0 means none: a layer with neither
// shows at every scale.
struct ScaleRange
{
    double minDenominator = 0.0; // hidden when zoomed in closer than 1:minDenominator
    double maxDenominator = 0.0; // hidden when zoomed out beyond 1:maxDenominator

    bool contains(double denominator) const
    {
        if (minDenominator > 0 && denominator < minDenominator)
            return false;
        return maxDenominator <= 0 || denominator <= maxDenominator;
    }
    bool operator==(const ScaleRange &) const = default;
};

} // namespace gis
