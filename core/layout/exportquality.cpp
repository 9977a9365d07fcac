#include "exportquality.h"

namespace core {

ExportOptions ExportQuality::options(QualityPreset preset)
{
    // Tolerances stay under what the eye resolves at the distance each output is read from:
    // a tenth of a millimetre is invisible on paper, and press keeps every vertex the pixels
    // can show.
    switch (preset) {
    case QualityPreset::Screen:
        return {150.0, 0.2, nullptr};
    case QualityPreset::Print:
        return {300.0, 0.08, nullptr};
    case QualityPreset::Press:
        return {600.0, 0.0, nullptr};
    }
    return {};
}

QString ExportQuality::title(QualityPreset preset)
{
    const int dpi = qRound(options(preset).dpi);
    switch (preset) {
    case QualityPreset::Screen:
        return tr("Screen (%1 dpi, simplified)").arg(dpi);
    case QualityPreset::Print:
        return tr("Print (%1 dpi)").arg(dpi);
    case QualityPreset::Press:
        return tr("Press (%1 dpi, full detail)").arg(dpi);
    }
    return {};
}

QString ExportQuality::name(QualityPreset preset)
{
    switch (preset) {
    case QualityPreset::Screen:
        return QStringLiteral("screen");
    case QualityPreset::Print:
        return QStringLiteral("print");
    case QualityPreset::Press:
        return QStringLiteral("press");
    }
    return {};
}

std::optional<QualityPreset> ExportQuality::fromName(const QString &name)
{
    for (QualityPreset preset : all) {
        if (ExportQuality::name(preset).compare(name, Qt::CaseInsensitive) == 0)
            return preset;
    }
    return std::nullopt;
}

std::optional<QualityPreset> ExportQuality::matching(double dpi, double simplifyMm)
{
    for (QualityPreset preset : all) {
        const ExportOptions known = options(preset);
        if (qFuzzyCompare(known.dpi, dpi) &&
            qFuzzyCompare(1.0 + known.simplifyMm, 1.0 + simplifyMm))
            return preset;
    }
    return std::nullopt;
}

} // namespace core
