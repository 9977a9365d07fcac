#pragma once

#include "exportoptions.h"
#include "layoutrenderer.h"

#include <QCoreApplication>
#include <QSize>

#include <optional>

namespace core {

enum class ExportFormat { Pdf, Svg, Png, Tiff };

// Writes a layout page to a file: PDF (vector, real text, fonts embedded), SVG, or PNG/TIFF
// (LZW) at the given dpi (pixel size = paper size × dpi). Every format goes through a QSaveFile, so
// a failed or cancelled export leaves no partial file and an existing file intact.
class LayoutExporter
{
    Q_DECLARE_TR_FUNCTIONS(LayoutExporter)
public:
    explicit LayoutExporter(LayoutRenderer renderer);

    // By the file's suffix (.pdf, .svg, .png, .tif/.tiff); nothing for any other.
    static std::optional<ExportFormat> formatForPath(const QString &path);
    // The pixel size of an image export of `layout` at `dpi`.
    static QSize imageSize(const PrintLayout &layout, double dpi);

    // On failure `error` names the file and says why. `problems` (may be null) receives what
    // the map could not draw; the file is still written.
    bool write(const QString &path, double dpi, QString *error,
               QStringList *problems = nullptr) const;
    // The same with a quality's simplification and a cancel flag: a cancelled export says so
    // in `error` and leaves no file.
    bool write(const QString &path, const ExportOptions &options, QString *error,
               QStringList *problems = nullptr) const;
    // The export into any device (a buffer, to learn its size); false when it failed or was
    // cancelled.
    bool writeTo(QIODevice &device, ExportFormat format, const ExportOptions &options,
                 QString *error, QStringList *problems = nullptr) const;

    // The map frame alone as a GeoTIFF (its pixels at `dpi` placed on the frame's extent in
    // the frame's CRS), for GIS software; written as atomically as write().
    bool writeGeoTiff(const QString &path, double dpi, QString *error) const;

    const LayoutRenderer &renderer() const { return mRenderer; }

private:
    // What every format draws: the renderer with the export's simplification.
    struct Page
    {
        const LayoutRenderer &renderer;
        double dpi;
        const std::atomic_bool &cancel;
    };
    bool writePdf(QIODevice &device, const Page &page, QStringList &problems) const;
    bool writeSvg(QIODevice &device, const Page &page, QStringList &problems) const;
    bool writeImage(QIODevice &device, ExportFormat format, const Page &page, QStringList &problems,
                    QString *error) const;

    LayoutRenderer mRenderer;
};

} // namespace core
