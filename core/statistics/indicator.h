#pragma once

#include <QString>

namespace core {

// One figure about one feature of one layer: what it measures, its value, unit and period, and
// where it comes from. Imported figures cite their source; derived ones (computed by the
// engine from boundaries or other figures) are marked so and cite the computation.
struct Indicator
{
    QString layerId;
    QString featureKey;
    QString name; // "import_export_value", "area_km2"
    double value = 0;
    QString unit;   // "billion_yuan", "percent", "km2"
    QString period; // "2020-H1", "2018-01..10"; empty when the source states none
    QString sourceFile;
    QString quote;
    QString qualifier; // "more than", "each worth more than 30 million yuan"
    bool derived = false;

    friend bool operator==(const Indicator &, const Indicator &) = default;
};

} // namespace core
