#include "tiffencoder.h"

#include "gdalsupport.h"

#include <QUuid>

#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal.h>

#include <memory>

namespace gis {

namespace {

struct DatasetCloser
{
    void operator()(GDALDatasetH dataset) const { GDALClose(dataset); }
};
using DatasetPointer = std::unique_ptr<void, DatasetCloser>;

bool georeferenceDataset(GDALDatasetH dataset, const Georeference &georeference, int width,
                         int height, QString *error)
{
    const Box &extent = georeference.extent;
    double transform[6] = {extent.min_corner().x(),
                           (extent.max_corner().x() - extent.min_corner().x()) / width,
                           0.0,
                           extent.max_corner().y(),
                           0.0,
                           -(extent.max_corner().y() - extent.min_corner().y()) / height};
    const QByteArray wkt = georeference.crs.wkt().toUtf8();
    if (GDALSetGeoTransform(dataset, transform) != CE_None ||
        GDALSetProjection(dataset, wkt.constData()) != CE_None) {
        *error = QStringLiteral("GDAL cannot georeference the image");
        return false;
    }
    return true;
}

} // namespace

namespace {

std::optional<QByteArray> encode(const QImage &source, double dpi, const Georeference *georeference,
                                 QString *error)
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    const QImage image = source.convertToFormat(QImage::Format_RGB888);
    const int width = image.width(), height = image.height();
    GDALDriverH memory = GDALGetDriverByName("MEM");
    GDALDriverH tiff = GDALGetDriverByName("GTiff");
    if (!memory || !tiff) {
        *error = QStringLiteral("GDAL has no GTiff driver");
        return std::nullopt;
    }
    DatasetPointer pixels(GDALCreate(memory, "", width, height, 3, GDT_Byte, nullptr));
    if (!pixels) {
        *error = errors.lastError();
        return std::nullopt;
    }
    // The three bands interleaved as QImage holds them: one call, no copy.
    int bands[] = {1, 2, 3};
    if (GDALDatasetRasterIO(pixels.get(), GF_Write, 0, 0, width, height,
                            const_cast<uchar *>(image.constBits()), width, height, GDT_Byte, 3,
                            bands, 3, image.bytesPerLine(), 1) != CE_None) {
        *error = errors.lastError();
        return std::nullopt;
    }
    if (georeference && !georeferenceDataset(pixels.get(), *georeference, width, height, error))
        return std::nullopt;
    const QByteArray resolution = QByteArray::number(dpi, 'f', 3);
    GDALSetMetadataItem(pixels.get(), "TIFFTAG_XRESOLUTION", resolution.constData(), nullptr);
    GDALSetMetadataItem(pixels.get(), "TIFFTAG_YRESOLUTION", resolution.constData(), nullptr);
    GDALSetMetadataItem(pixels.get(), "TIFFTAG_RESOLUTIONUNIT", "2", nullptr); // inches
    const QByteArray path =
        "/vsimem/planmap-" + QUuid::createUuid().toByteArray(QUuid::Id128) + ".tif";
    char **options = nullptr;
    options = CSLSetNameValue(options, "COMPRESS", "LZW");
    options = CSLSetNameValue(options, "PHOTOMETRIC", "RGB");
    DatasetPointer written(
        GDALCreateCopy(tiff, path.constData(), pixels.get(), FALSE, options, nullptr, nullptr));
    CSLDestroy(options);
    if (!written) {
        *error = errors.lastError();
        VSIUnlink(path.constData());
        return std::nullopt;
    }
    written.reset(); // flushes the file
    vsi_l_offset length = 0;
    GByte *bytes = VSIGetMemFileBuffer(path.constData(), &length, FALSE);
    QByteArray encoded =
        bytes ? QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(length)) : QByteArray();
    VSIUnlink(path.constData());
    if (encoded.isEmpty()) {
        *error = errors.lastError();
        return std::nullopt;
    }
    return encoded;
}

} // namespace

std::optional<QByteArray> encodeTiff(const QImage &image, double dpi, QString *error)
{
    return encode(image, dpi, nullptr, error);
}

std::optional<QByteArray> encodeGeoTiff(const QImage &image, double dpi,
                                        const Georeference &georeference, QString *error)
{
    return encode(image, dpi, &georeference, error);
}

} // namespace gis
