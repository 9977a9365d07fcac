#pragma once

// Writes small GeoTIFFs with GDAL for the raster tests (gis and core tests link GDAL).

#include <QColor>
#include <QString>

#include <gdal.h>
#include <ogr_srs_api.h>

#include <functional>
#include <vector>

namespace testing {

// A `width` × `height` RGB GeoTIFF whose pixel (column, row) has colour `colourAt`, with its
// top-left corner at (originX, originY) in EPSG:`epsg` and square pixels `pixelSize` across.
inline bool writeRgbGeoTiff(const QString &path, int epsg, double originX, double originY,
                            double pixelSize, int width, int height,
                            const std::function<QColor(int, int)> &colourAt)
{
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName("GTiff");
    GDALDatasetH dataset =
        GDALCreate(driver, path.toUtf8().constData(), width, height, 3, GDT_Byte, nullptr);
    if (!dataset)
        return false;
    double transform[6] = {originX, pixelSize, 0, originY, 0, -pixelSize};
    GDALSetGeoTransform(dataset, transform);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, epsg);
    GDALSetSpatialRef(dataset, srs);
    OSRDestroySpatialReference(srs);
    bool ok = true;
    for (int band = 1; band <= 3; ++band) {
        std::vector<unsigned char> values(static_cast<std::size_t>(width) * height);
        for (int row = 0; row < height; ++row)
            for (int column = 0; column < width; ++column) {
                const QColor colour = colourAt(column, row);
                const int value = band == 1   ? colour.red()
                                  : band == 2 ? colour.green()
                                              : colour.blue();
                values[static_cast<std::size_t>(row) * width + column] =
                    static_cast<unsigned char>(value);
            }
        ok = ok && GDALRasterIO(GDALGetRasterBand(dataset, band), GF_Write, 0, 0, width, height,
                                values.data(), width, height, GDT_Byte, 0, 0) == CE_None;
    }
    GDALClose(dataset);
    return ok;
}

} // namespace testing

namespace testing {

// A one-band GeoTIFF in EPSG:4326 with `values` row by row; `palette` (when not empty) makes
// it a paletted raster, `noData` marks the cells to leave out.
inline bool writeSingleBandGeoTiff(const QString &path, double originX, double originY,
                                   double pixelSize, int width, int height,
                                   const std::vector<unsigned char> &values,
                                   const std::vector<QColor> &palette, int noData = -1)
{
    GDALAllRegister();
    GDALDatasetH dataset = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(),
                                      width, height, 1, GDT_Byte, nullptr);
    if (!dataset)
        return false;
    double transform[6] = {originX, pixelSize, 0, originY, 0, -pixelSize};
    GDALSetGeoTransform(dataset, transform);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4326);
    GDALSetSpatialRef(dataset, srs);
    OSRDestroySpatialReference(srs);
    GDALRasterBandH band = GDALGetRasterBand(dataset, 1);
    if (!palette.empty()) {
        GDALColorTableH table = GDALCreateColorTable(GPI_RGB);
        for (int i = 0; i < static_cast<int>(palette.size()); ++i) {
            const GDALColorEntry entry{static_cast<short>(palette[i].red()),
                                       static_cast<short>(palette[i].green()),
                                       static_cast<short>(palette[i].blue()), 255};
            GDALSetColorEntry(table, i, &entry);
        }
        GDALSetRasterColorTable(band, table);
        GDALDestroyColorTable(table);
    }
    if (noData >= 0)
        GDALSetRasterNoDataValue(band, noData);
    std::vector<unsigned char> copy = values;
    const bool ok = GDALRasterIO(band, GF_Write, 0, 0, width, height, copy.data(), width, height,
                                 GDT_Byte, 0, 0) == CE_None;
    GDALClose(dataset);
    return ok;
}

} // namespace testing
