#pragma once

#include <atomic>

namespace core {

// How a layout is written: its resolution, how much geometry detail may go (in mm on paper,
// see gis::MapSettings::simplifyMm), and a flag that stops the export when set.
struct ExportOptions
{
    double dpi = 300.0;
    double simplifyMm = 0.0;
    const std::atomic_bool *cancel = nullptr; // null: cannot be cancelled

    bool cancelled() const { return cancel && cancel->load(); }
};

} // namespace core
