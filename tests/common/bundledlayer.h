#pragma once

#include "data/vectordataset.h"
#include "testdata.h"

#include <memory>

namespace testing {

// One layer of the bundled GeoPackage, read with GDAL as the application reads it; nullptr
// when it cannot be read.
inline std::shared_ptr<const gis::FeatureCollection> readBundledLayer(const QString &name)
{
    QString error;
    const auto dataset = gis::VectorDataset::open(bundledGeoPackage(), &error);
    auto features = dataset ? dataset->readLayer(name, &error) : std::nullopt;
    return features ? std::make_shared<const gis::FeatureCollection>(std::move(*features))
                    : nullptr;
}

} // namespace testing
