#pragma once

#include <QString>

namespace gis {

// Where a layer's features were read from, so that a project can read them again.
struct LayerSource
{
    QString dataset;   // a file path or any dataset name GDAL accepts
    QString layerName; // the layer inside that dataset

    bool isEmpty() const { return dataset.isEmpty(); }
    friend bool operator==(const LayerSource &, const LayerSource &) = default;
};

} // namespace gis
