#pragma once

#include "exportoptions.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace core {

enum class QualityPreset { Screen, Print, Press };

// The three qualities a planner picks from instead of a dpi and a tolerance: screen (small
// files for e-mail and slides), print (office printers and wall maps) and press (a print
// shop, every vertex kept).
class ExportQuality
{
    Q_DECLARE_TR_FUNCTIONS(ExportQuality)
public:
    static constexpr QualityPreset all[] = {QualityPreset::Screen, QualityPreset::Print,
                                            QualityPreset::Press};

    static ExportOptions options(QualityPreset preset);
    static QString title(QualityPreset preset); // "Print (300 dpi)", in the interface language
    static QString name(QualityPreset preset);  // "print", for the command line
    static std::optional<QualityPreset> fromName(const QString &name);
    // The preset with these options, if they are exactly one's.
    static std::optional<QualityPreset> matching(double dpi, double simplifyMm);
};

} // namespace core
