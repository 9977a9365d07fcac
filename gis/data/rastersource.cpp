#include "rastersource.h"

#include "gdalsupport.h"
#include "ogrfeatureconversion.h"

#include <QFileInfo>

#include <gdal.h>
#include <ogr_spatialref.h>

namespace gis {

namespace {

struct DatasetCloser
{
    void operator()(void *handle) const { GDALClose(handle); }
};

RasterBandLayout layoutOf(GDALDatasetH dataset)
{
    const int count = GDALGetRasterCount(dataset);
    GDALRasterBandH first = GDALGetRasterBand(dataset, 1);
    if (count == 1 && GDALGetRasterColorTable(first))
        return RasterBandLayout::Paletted;
    if (count >= 4)
        return RasterBandLayout::Rgba;
    if (count == 3)
        return RasterBandLayout::Rgb;
    return RasterBandLayout::Grey;
}

} // namespace

std::shared_ptr<const RasterSource> RasterSource::open(const QString &path, QString *error)
{
    const auto fail = [&](const QString &problem) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, problem);
        return nullptr;
    };
    GdalErrorCollector errors;
    if (!QFileInfo::exists(path))
        return fail(QStringLiteral("no such file"));
    std::unique_ptr<void, DatasetCloser> dataset(GDALOpenEx(
        path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!dataset)
        return fail(errors.lastError().isEmpty() ? QStringLiteral("not a raster GDAL can read")
                                                 : errors.lastError());
    GDALDatasetH handle = dataset.get();
    double transform[6];
    if (GDALGetRasterCount(handle) == 0)
        return fail(QStringLiteral("the dataset has no raster band"));
    if (GDALGetGeoTransform(handle, transform) != CE_None)
        return fail(QStringLiteral("the raster is not georeferenced"));
    auto source = std::make_shared<RasterSource>();
    source->path = path;
    source->crs =
        detail::crsFrom(static_cast<const OGRSpatialReference *>(GDALGetSpatialRef(handle)));
    if (!source->crs.isValid())
        return fail(QStringLiteral("the raster has no coordinate reference system"));
    source->size = QSize(GDALGetRasterXSize(handle), GDALGetRasterYSize(handle));
    source->bandCount = GDALGetRasterCount(handle);
    source->layout = layoutOf(handle);
    // Corners of the pixel grid; a rotated grid is covered by its bounding box.
    const auto corner = [&](double column, double row) {
        return Point(transform[0] + column * transform[1] + row * transform[2],
                     transform[3] + column * transform[4] + row * transform[5]);
    };
    const double w = source->size.width(), h = source->size.height();
    const Point corners[] = {corner(0, 0), corner(w, 0), corner(0, h), corner(w, h)};
    source->extent = Box(corners[0], corners[0]);
    for (const Point &point : corners) {
        source->extent.min_corner().x(std::min(source->extent.min_corner().x(), point.x()));
        source->extent.min_corner().y(std::min(source->extent.min_corner().y(), point.y()));
        source->extent.max_corner().x(std::max(source->extent.max_corner().x(), point.x()));
        source->extent.max_corner().y(std::max(source->extent.max_corner().y(), point.y()));
    }
    if (source->layout == RasterBandLayout::Grey) {
        double range[2] = {0.0, 255.0};
        // Approximate statistics: an overview is enough to choose a stretch.
        if (GDALComputeRasterMinMax(GDALGetRasterBand(handle, 1), TRUE, range) == CE_None) {
            source->stretchMin = range[0];
            source->stretchMax = range[1] > range[0] ? range[1] : range[0] + 1.0;
        }
    }
    return source;
}

} // namespace gis
