#include "rasterlayerrenderer.h"

#include "crs/coordinatetransform.h"
#include "data/gdalsupport.h"
#include "maptopixel.h"

#include <QPainter>

#include <gdal.h>
#include <gdal_utils.h>

#include <cmath>
#include <memory>
#include <vector>

namespace gis {

namespace {

struct DatasetCloser
{
    void operator()(void *handle) const { GDALClose(handle); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

int CPL_STDCALL continueUnlessCancelled(double, const char *, void *cancel)
{
    return static_cast<const std::atomic_bool *>(cancel)->load(std::memory_order_relaxed) ? FALSE
                                                                                          : TRUE;
}

std::vector<float> readBand(GDALDatasetH dataset, int band, const QSize &size)
{
    std::vector<float> values(static_cast<std::size_t>(size.width()) * size.height(), 0.0f);
    if (GDALRasterIO(GDALGetRasterBand(dataset, band), GF_Read, 0, 0, size.width(), size.height(),
                     values.data(), size.width(), size.height(), GDT_Float32, 0, 0) != CE_None)
        values.clear();
    return values;
}

int clampByte(double value)
{
    return std::clamp(static_cast<int>(std::lround(value)), 0, 255);
}

// The warped bands as colours; the warper's alpha band (always the last) marks what lies
// outside the raster or is nodata.
QImage toImage(GDALDatasetH warped, const RasterSource &source, GDALColorTableH palette,
               const QSize &size)
{
    const int bands = GDALGetRasterCount(warped);
    std::vector<std::vector<float>> values;
    for (int band = 1; band <= bands; ++band) {
        values.push_back(readBand(warped, band, size));
        if (values.back().empty())
            return {};
    }
    const std::vector<float> &alpha = values.back();
    const double span = source.stretchMax - source.stretchMin;
    QImage image(size, QImage::Format_ARGB32);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const std::size_t i = static_cast<std::size_t>(y) * size.width() + x;
            int a = clampByte(alpha[i]);
            int r = 0, g = 0, b = 0;
            if (source.layout == RasterBandLayout::Paletted && palette) {
                GDALColorEntry entry{0, 0, 0, 0};
                GDALGetColorEntryAsRGB(palette, static_cast<int>(values[0][i]), &entry);
                r = entry.c1, g = entry.c2, b = entry.c3;
                a = a * entry.c4 / 255;
            } else if (source.layout == RasterBandLayout::Grey || bands < 4) {
                r = g = b = clampByte((values[0][i] - source.stretchMin) / span * 255.0);
            } else {
                r = clampByte(values[0][i]), g = clampByte(values[1][i]),
                b = clampByte(values[2][i]);
            }
            line[x] = qRgba(r, g, b, a);
        }
    }
    return image;
}

} // namespace

RasterLayerRenderer::RasterLayerRenderer(const LayerSnapshot &layer, const MapSettings &settings)
    : mLayer(layer)
    , mSource(*layer.raster)
    , mSettings(settings)
{
}

std::optional<QRect> RasterLayerRenderer::frameWindow(QString *error) const
{
    const CoordinateTransform transform(mSource.crs, mSettings.crs);
    if (!transform.isValid()) {
        *error = QStringLiteral("%1: %2").arg(mSource.path, transform.error());
        return std::nullopt;
    }
    const Box footprint = transform.transformBox(mSource.extent);
    const MapToPixel mapToPixel(mSettings.visibleExtent(), mSettings.outputSize);
    const QPointF topLeft =
        mapToPixel.toPixel(Point(footprint.min_corner().x(), footprint.max_corner().y()));
    const QPointF bottomRight =
        mapToPixel.toPixel(Point(footprint.max_corner().x(), footprint.min_corner().y()));
    if (!std::isfinite(topLeft.x()) || !std::isfinite(bottomRight.y()))
        return QRect();
    const QRectF covered(topLeft, bottomRight);
    const QRectF frame(QPointF(0, 0), QSizeF(mSettings.outputSize));
    return covered.intersected(frame).toAlignedRect().intersected(frame.toRect());
}

bool RasterLayerRenderer::render(QPainter &painter, const std::atomic_bool &cancel,
                                 QString *error) const
{
    const std::optional<QRect> window = frameWindow(error);
    if (!window)
        return false;
    if (window->isEmpty())
        return true;
    const QImage image = warp(*window, cancel, error);
    if (image.isNull())
        return cancel.load() || error->isEmpty();
    painter.save();
    painter.setOpacity(painter.opacity() * mLayer.opacity);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(window->topLeft(), image);
    painter.restore();
    return true;
}

QImage RasterLayerRenderer::warp(const QRect &window, const std::atomic_bool &cancel,
                                 QString *error) const
{
    GdalErrorCollector errors;
    const auto fail = [&](const QString &fallback) {
        *error = QStringLiteral("%1: %2").arg(
            mSource.path, errors.lastError().isEmpty() ? fallback : errors.lastError());
        return QImage();
    };
    DatasetPtr source(GDALOpenEx(mSource.path.toUtf8().constData(),
                                 GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!source)
        return fail(QStringLiteral("cannot be opened"));
    const MapToPixel mapToPixel(mSettings.visibleExtent(), mSettings.outputSize);
    const Point min = mapToPixel.toMap(QPointF(window.left(), window.top() + window.height()));
    const Point max = mapToPixel.toMap(QPointF(window.left() + window.width(), window.top()));
    const QString crs =
        mSettings.crs.authId().isEmpty() ? mSettings.crs.wkt() : mSettings.crs.authId();
    const bool paletted = mSource.layout == RasterBandLayout::Paletted;
    const QStringList arguments = {QStringLiteral("-of"),
                                   QStringLiteral("MEM"),
                                   QStringLiteral("-t_srs"),
                                   crs,
                                   QStringLiteral("-te"),
                                   QString::number(min.x(), 'g', 17),
                                   QString::number(min.y(), 'g', 17),
                                   QString::number(max.x(), 'g', 17),
                                   QString::number(max.y(), 'g', 17),
                                   QStringLiteral("-ts"),
                                   QString::number(window.width()),
                                   QString::number(window.height()),
                                   QStringLiteral("-r"),
                                   paletted ? QStringLiteral("near") : QStringLiteral("bilinear"),
                                   QStringLiteral("-dstalpha"),
                                   QStringLiteral("-wo"),
                                   QStringLiteral("DST_ALPHA_MAX=255")};
    std::vector<QByteArray> utf8;
    std::vector<char *> argv;
    for (const QString &argument : arguments)
        utf8.push_back(argument.toUtf8());
    for (QByteArray &argument : utf8)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    GDALWarpAppOptions *options = GDALWarpAppOptionsNew(argv.data(), nullptr);
    if (!options)
        return fail(QStringLiteral("invalid warp options"));
    GDALWarpAppOptionsSetProgress(options, continueUnlessCancelled,
                                  const_cast<std::atomic_bool *>(&cancel));
    GDALDatasetH input = source.get();
    DatasetPtr warped(GDALWarp("", nullptr, 1, &input, options, nullptr));
    GDALWarpAppOptionsFree(options);
    if (cancel.load())
        return {};
    if (!warped)
        return fail(QStringLiteral("cannot be warped into the map CRS"));
    GDALColorTableH palette =
        paletted ? GDALGetRasterColorTable(GDALGetRasterBand(source.get(), 1)) : nullptr;
    QImage image = toImage(warped.get(), mSource, palette, window.size());
    if (image.isNull())
        return fail(QStringLiteral("cannot be read"));
    return image;
}

} // namespace gis
