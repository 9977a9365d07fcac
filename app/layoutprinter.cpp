#include "layoutprinter.h"

#include <QPainter>
#include <QPicture>
#include <QPrinter>

namespace app {

namespace {

std::optional<core::PaperSize> paperOf(const QPageSize &page)
{
    switch (page.id()) {
    case QPageSize::A4:
        return core::PaperSize::A4;
    case QPageSize::A3:
        return core::PaperSize::A3;
    case QPageSize::A2:
        return core::PaperSize::A2;
    case QPageSize::A1:
        return core::PaperSize::A1;
    case QPageSize::A0:
        return core::PaperSize::A0;
    default:
        return std::nullopt;
    }
}

} // namespace

void LayoutPrinter::preparePrinter(const core::PrintLayout &layout, QPrinter &printer)
{
    printer.setDocName(layout.name);
    printer.setFullPage(true);
    const QSizeF portrait = core::PrintLayout::paperSizeMm(layout.paper);
    printer.setPageSize(
        layout.paper == core::PaperSize::Custom
            ? QPageSize(layout.pageSizeMm(), QPageSize::Millimeter, layout.name)
            : QPageSize(portrait, QPageSize::Millimeter, layout.name, QPageSize::FuzzyMatch));
    printer.setPageOrientation(layout.orientation == core::PageOrientation::Landscape &&
                                       layout.paper != core::PaperSize::Custom
                                   ? QPageLayout::Landscape
                                   : QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

core::PrintLayout LayoutPrinter::forPrinterPage(const core::PrintLayout &layout,
                                                const QPrinter &printer)
{
    const QPageLayout page = printer.pageLayout();
    const std::optional<core::PaperSize> paper = paperOf(page.pageSize());
    if (!paper)
        return layout;
    const auto orientation = page.orientation() == QPageLayout::Landscape
                                 ? core::PageOrientation::Landscape
                                 : core::PageOrientation::Portrait;
    if (*paper == layout.paper && orientation == layout.orientation)
        return layout;
    return layout.withPage(*paper, orientation);
}

bool LayoutPrinter::print(const core::LayoutRenderer &renderer, QPrinter &printer, QString *error)
{
    const std::atomic_bool never = false;
    return print(renderer, printer, never, error);
}

bool LayoutPrinter::print(const core::LayoutRenderer &renderer, QPrinter &printer,
                          const std::atomic_bool &cancel, QString *error)
{
    // The page is drawn into a recording first: a job is only started once the drawing is
    // whole, since most print engines cannot take back a page they have begun.
    QPicture page;
    {
        core::LayoutRenderer vector = renderer; // a printer takes vectors: keep what shows
        vector.setVectorOutput(true);
        QPainter recorder(&page);
        vector.render(recorder, printer.resolution(), cancel);
    }
    if (cancel.load()) {
        *error = tr("Printing on %1 cancelled").arg(printer.printerName());
        return false;
    }
    QPainter painter;
    if (!painter.begin(&printer)) {
        *error = tr("The printer %1 cannot print now.").arg(printer.printerName());
        return false;
    }
    // The layout draws in page millimetres at the device's resolution; a page that differs
    // from the layout's (a paper the layout does not know) takes it scaled to fit.
    const QSizeF layoutMm = renderer.layout().pageSizeMm();
    const QSizeF pageMm = printer.pageLayout().fullRect(QPageLayout::Millimeter).size();
    const double scale =
        std::min(pageMm.width() / layoutMm.width(), pageMm.height() / layoutMm.height());
    if (std::abs(scale - 1.0) > 0.01)
        painter.scale(scale, scale);
    // A recording plays back scaled from its own resolution to the device's; the page was
    // drawn at the device's already.
    painter.scale(double(page.logicalDpiX()) / printer.logicalDpiX(),
                  double(page.logicalDpiY()) / printer.logicalDpiY());
    page.play(&painter);
    if (!painter.end()) {
        *error = tr("The printer %1 did not take the page.").arg(printer.printerName());
        return false;
    }
    return true;
}

} // namespace app
