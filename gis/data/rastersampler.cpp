#include "rastersampler.h"

#include "gdalsupport.h"
#include "rastersource.h"

#include <gdal.h>

#include <cmath>
#include <memory>

namespace gis {

namespace {

struct DatasetCloser
{
    void operator()(void *handle) const { GDALClose(handle); }
};

std::optional<double> bandValue(GDALRasterBandH band, int column, int row)
{
    double value = 0.0;
    if (GDALRasterIO(band, GF_Read, column, row, 1, 1, &value, 1, 1, GDT_Float64, 0, 0) != CE_None)
        return std::nullopt;
    int hasNoData = 0;
    const double noData = GDALGetRasterNoDataValue(band, &hasNoData);
    if (hasNoData && (value == noData || (std::isnan(noData) && std::isnan(value))))
        return std::nullopt;
    return value;
}

} // namespace

std::optional<RasterSample> sampleRaster(const RasterSource &source, const Point &point)
{
    GdalErrorCollector errors; // a failed read is "no sample", not a message on stderr
    std::unique_ptr<void, DatasetCloser> dataset(GDALOpenEx(source.path.toUtf8().constData(),
                                                            GDAL_OF_RASTER | GDAL_OF_READONLY,
                                                            nullptr, nullptr, nullptr));
    double transform[6];
    if (!dataset || GDALGetGeoTransform(dataset.get(), transform) != CE_None)
        return std::nullopt;
    double inverse[6];
    if (!GDALInvGeoTransform(transform, inverse))
        return std::nullopt;
    double pixel = 0.0, line = 0.0;
    GDALApplyGeoTransform(inverse, point.x(), point.y(), &pixel, &line);
    RasterSample sample;
    sample.column = int(std::floor(pixel));
    sample.row = int(std::floor(line));
    if (sample.column < 0 || sample.row < 0 || sample.column >= GDALGetRasterXSize(dataset.get()) ||
        sample.row >= GDALGetRasterYSize(dataset.get()))
        return std::nullopt;
    for (int band = 1; band <= GDALGetRasterCount(dataset.get()); ++band)
        sample.bands.push_back(
            bandValue(GDALGetRasterBand(dataset.get(), band), sample.column, sample.row));
    return sample;
}

} // namespace gis
