#include "layoutexporter.h"

#include "data/tiffencoder.h"
#include "render/maprenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace core {

namespace {

// Qt's PNG writer turns quality into zlib's level; 80 is its fastest level that still
// compresses (the strongest takes seconds on a print-size page for little gain on flat colours).
constexpr int fastPngQuality = 80;
// QPainter's raster engine and most viewers stop at this many pixels a side.
constexpr int maximumImageSide = 32767;

} // namespace

LayoutExporter::LayoutExporter(LayoutRenderer renderer)
    : mRenderer(std::move(renderer))
{
}

std::optional<ExportFormat> LayoutExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return ExportFormat::Pdf;
    if (suffix == u"svg")
        return ExportFormat::Svg;
    if (suffix == u"png")
        return ExportFormat::Png;
    if (suffix == u"tif" || suffix == u"tiff")
        return ExportFormat::Tiff;
    return std::nullopt;
}

QSize LayoutExporter::imageSize(const PrintLayout &layout, double dpi)
{
    const QSizeF page = layout.pageSizeMm();
    return {qRound(page.width() / 25.4 * dpi), qRound(page.height() / 25.4 * dpi)};
}

bool LayoutExporter::write(const QString &path, double dpi, QString *error,
                           QStringList *problems) const
{
    ExportOptions options;
    options.dpi = dpi;
    return write(path, options, error, problems);
}

bool LayoutExporter::write(const QString &path, const ExportOptions &options, QString *error,
                           QStringList *problems) const
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto format = formatForPath(path);
    if (!format) {
        *error = tr("%1: unknown format; use .pdf, .svg, .png or .tif").arg(shown);
        return false;
    }
    if (!(options.dpi >= 1 && options.dpi <= 2400)) {
        *error = tr("%1: the resolution must be between 1 and 2400 dpi").arg(shown);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    QString reason;
    if (!writeTo(file, *format, options, &reason, problems)) {
        // The QSaveFile discards what it holds; an older file stays as it was.
        *error = options.cancelled() ? tr("Export to %1 cancelled").arg(shown)
                                     : tr("Cannot write %1: %2").arg(shown, reason);
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

bool LayoutExporter::writeTo(QIODevice &device, ExportFormat format, const ExportOptions &options,
                             QString *error, QStringList *problems) const
{
    LayoutRenderer renderer = mRenderer;
    renderer.setSimplifyMm(options.simplifyMm);
    renderer.setVectorOutput(format == ExportFormat::Pdf || format == ExportFormat::Svg);
    const std::atomic_bool never = false;
    const Page page{renderer, options.dpi, options.cancel ? *options.cancel : never};
    QStringList drawn;
    bool written = false;
    switch (format) {
    case ExportFormat::Pdf:
        written = writePdf(device, page, drawn);
        break;
    case ExportFormat::Svg:
        written = writeSvg(device, page, drawn);
        break;
    case ExportFormat::Png:
    case ExportFormat::Tiff:
        written = writeImage(device, format, page, drawn, error);
        break;
    }
    if (options.cancelled())
        return false;
    if (!written) {
        if (error->isEmpty())
            *error = device.errorString();
        return false;
    }
    if (problems)
        *problems = drawn;
    return true;
}

bool LayoutExporter::writePdf(QIODevice &device, const Page &page, QStringList &problems) const
{
    const PrintLayout &layout = mRenderer.layout();
    QPdfWriter writer(&device);
    writer.setTitle(layout.name);
    writer.setCreator(QStringLiteral("planmap"));
    writer.setPageSize(
        QPageSize(layout.pageSizeMm(), QPageSize::Millimeter, layout.name, QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(qRound(page.dpi));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    problems = page.renderer.render(painter, writer.resolution(), page.cancel);
    return painter.end();
}

bool LayoutExporter::writeSvg(QIODevice &device, const Page &page, QStringList &problems) const
{
    const PrintLayout &layout = mRenderer.layout();
    const QSize size = imageSize(layout, page.dpi);
    QSvgGenerator generator;
    generator.setOutputDevice(&device);
    generator.setTitle(layout.name);
    generator.setDescription(QStringLiteral("planmap"));
    generator.setResolution(qRound(page.dpi));
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(), size));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    problems = page.renderer.render(painter, qRound(page.dpi), page.cancel);
    return painter.end();
}

bool LayoutExporter::writeGeoTiff(const QString &path, double dpi, QString *error) const
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!(dpi >= 1 && dpi <= 2400)) {
        *error = tr("%1: the resolution must be between 1 and 2400 dpi").arg(shown);
        return false;
    }
    const gis::MapSettings settings = mRenderer.frameSettings(dpi);
    if (settings.outputSize.width() > maximumImageSide ||
        settings.outputSize.height() > maximumImageSide) {
        *error = tr("%1: %2 × %3 pixels is too large an image; lower the resolution")
                     .arg(shown)
                     .arg(settings.outputSize.width())
                     .arg(settings.outputSize.height());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    const std::atomic_bool cancel = false;
    const gis::RenderResult frame = gis::MapRenderer(settings).renderImage(cancel);
    QString reason;
    const std::optional<QByteArray> tiff =
        gis::encodeGeoTiff(frame.image, dpi, {settings.visibleExtent(), settings.crs}, &reason);
    if (!tiff || file.write(*tiff) != tiff->size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(shown, tiff ? file.errorString() : reason);
        return false;
    }
    return true;
}

bool LayoutExporter::writeImage(QIODevice &device, ExportFormat format, const Page &page,
                                QStringList &problems, QString *error) const
{
    const double dpi = page.dpi;
    const QSize size = imageSize(mRenderer.layout(), dpi);
    if (size.width() > maximumImageSide || size.height() > maximumImageSide) {
        *error = tr("%1 × %2 pixels is too large an image; lower the resolution")
                     .arg(size.width())
                     .arg(size.height());
        return false;
    }
    QImage image(size, QImage::Format_RGB32);
    if (image.isNull()) {
        *error = tr("not enough memory for %1 × %2 pixels").arg(size.width()).arg(size.height());
        return false;
    }
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        problems = page.renderer.render(painter, dpi, page.cancel);
    }
    if (page.cancel.load())
        return false;
    if (format == ExportFormat::Tiff) {
        const std::optional<QByteArray> tiff = gis::encodeTiff(image, dpi, error);
        if (!tiff)
            return false;
        if (device.write(*tiff) != tiff->size()) {
            *error = device.errorString();
            return false;
        }
        return true;
    }
    QImageWriter writer(&device, "png");
    writer.setQuality(fastPngQuality);
    if (!writer.write(image)) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

} // namespace core
