#pragma once

#include <QString>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace gis {

// Owning handles for GDAL's C++ objects, so that every early return closes what was opened.
struct GdalDatasetCloser
{
    void operator()(GDALDataset *dataset) const { GDALClose(dataset); }
};
using GdalDatasetPointer = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

struct OgrFeatureDeleter
{
    void operator()(OGRFeature *feature) const { OGRFeature::DestroyFeature(feature); }
};
using OgrFeaturePointer = std::unique_ptr<OGRFeature, OgrFeatureDeleter>;

// A vector dataset opened for reading; null when GDAL cannot open it.
GdalDatasetPointer openVectorReadOnly(const QString &name);

} // namespace gis
