#pragma once

#include "layout/printlayout.h"

namespace app {

// A layout moved to another paper or orientation in the editor. Turning the page arranges the
// items anew (core::PrintLayout::withPage); items of kinds that arrangement does not place keep
// their place relative to the printable area, so every kind survives a page change. Every
// item ends on the page.
class PageChange
{
public:
    static core::PrintLayout toPage(const core::PrintLayout &layout, core::PaperSize paper,
                                    core::PageOrientation orientation, QSizeF customSizeMm);
    // Moves (and where needed shrinks) every item onto the page.
    static void keepItemsOnPage(core::PrintLayout &layout);

private:
    static core::PrintLayout turned(const core::PrintLayout &layout,
                                    const core::PrintLayout &scaled,
                                    core::PageOrientation orientation);
};

} // namespace app
