#pragma once

#include "exportoptions.h"
#include "layoutexporter.h"

#include <QCoreApplication>

#include <optional>

namespace core {

// The size an export will have on disk, learnt by making it: a vector format (PDF, SVG) is
// written into memory with the export's own options, so its size is exact; an image is drawn
// at a resolution of at most `samplePixels` and its size grown by the ratio of pixel counts.
// Maps are large areas of flat colour, which compress better the more pixels they cover, so
// the image estimate errs on the large side.
class ExportSizeEstimate
{
    Q_DECLARE_TR_FUNCTIONS(ExportSizeEstimate)
public:
    static constexpr double samplePixels = 2.0e6;

    // Nothing when the export would fail or `options.cancel` was set.
    static std::optional<qint64> bytes(const LayoutExporter &exporter, ExportFormat format,
                                       const ExportOptions &options);
    // "about 5.4 MB", in the interface language.
    static QString described(qint64 bytes);
};

} // namespace core
