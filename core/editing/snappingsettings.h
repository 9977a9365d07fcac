#pragma once

#include <QStringList>

namespace core {

// How the editing tools snap, kept with the project: to which layers, within how many pixels,
// and to vertices, segments or both.
struct SnappingSettings
{
    static constexpr double defaultTolerancePixels = 8.0;

    bool allVisibleLayers = true; // every vector layer shown; else `layerIds`
    QStringList layerIds;
    double tolerancePixels = defaultTolerancePixels;
    bool vertices = true;
    bool segments = true;

    friend bool operator==(const SnappingSettings &, const SnappingSettings &) = default;
};

} // namespace core
