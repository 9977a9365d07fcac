#pragma once

#include "layout/layoutrenderer.h"

#include <QCoreApplication>

#include <atomic>

class QPrinter;

namespace app {

// Prints a layout page on a system printer with the drawing of the PDF export: the printer's
// page is the layout's paper and orientation, and the whole sheet is the page (the layout
// keeps its own margins), so a printout matches the PDF.
class LayoutPrinter
{
    Q_DECLARE_TR_FUNCTIONS(LayoutPrinter)
public:
    // Sets the printer's page to the layout's, before a print dialog shows it.
    static void preparePrinter(const core::PrintLayout &layout, QPrinter &printer);
    // The layout moved to the paper and orientation chosen in a print dialog, when the paper is
    // one the layout knows (A4–A0); else the layout as it is, scaled onto the page.
    static core::PrintLayout forPrinterPage(const core::PrintLayout &layout,
                                            const QPrinter &printer);
    // False with `error` set when the printer cannot be drawn on.
    static bool print(const core::LayoutRenderer &renderer, QPrinter &printer, QString *error);
    // The same from a worker thread (Qt paints on printers off the GUI thread), stopping and
    // aborting the job when `cancel` is set.
    static bool print(const core::LayoutRenderer &renderer, QPrinter &printer,
                      const std::atomic_bool &cancel, QString *error);
};

} // namespace app
