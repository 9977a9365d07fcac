#include "exportsizeestimate.h"

#include <QBuffer>
#include <QLocale>

#include <cmath>

namespace core {

namespace {

qint64 writtenSize(const LayoutExporter &exporter, ExportFormat format,
                   const ExportOptions &options, bool *ok)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    *ok = exporter.writeTo(buffer, format, options, &error);
    return buffer.size();
}

} // namespace

std::optional<qint64> ExportSizeEstimate::bytes(const LayoutExporter &exporter, ExportFormat format,
                                                const ExportOptions &options)
{
    ExportOptions sample = options;
    if (format == ExportFormat::Png || format == ExportFormat::Tiff) {
        const QSize full = LayoutExporter::imageSize(exporter.renderer().layout(), options.dpi);
        const double pixels = double(full.width()) * full.height();
        if (pixels > samplePixels)
            sample.dpi = options.dpi * std::sqrt(samplePixels / pixels);
    }
    bool ok = false;
    const qint64 size = writtenSize(exporter, format, sample, &ok);
    if (!ok)
        return std::nullopt;
    const double grown = size * (options.dpi / sample.dpi) * (options.dpi / sample.dpi);
    return qint64(std::llround(grown));
}

QString ExportSizeEstimate::described(qint64 bytes)
{
    return tr("about %1").arg(QLocale().formattedDataSize(bytes, 1));
}

} // namespace core
