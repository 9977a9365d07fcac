#pragma once

#include "statisticstablecontent.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>

class QPainter;

namespace core {

// Draws a layout's statistics table in its rect: the title, a header row, the rows that fit
// and then a "… N more" line for the rest, and the source line below them. One feature's
// figures run in two blocks side by side where the item is wide enough. Each text is
// elided to its cell and the painter clipped to the rect, so nothing is drawn outside it;
// texts stay text, so a PDF keeps them selectable.
class TablePainter
{
    Q_DECLARE_TR_FUNCTIONS(TablePainter)
public:
    // `font`: the body text's font at the device's resolution.
    TablePainter(const StatisticsTableContent &table, const QFont &font, double pixelsPerMm);

    void paint(QPainter &painter, const QRectF &rect) const;
    // How many rows `rect` holds in full, and whether a "more" line takes the last place.
    int rowsShown(const QRectF &rect) const;

private:
    struct Metrics;
    Metrics metrics(const QRectF &rect) const;
    QVector<double> naturalWidths() const;
    QVector<double> columnWidths(double width) const;
    double headerHeight(double width) const;
    void paintHeader(QPainter &painter, const QRectF &rect, const QVector<double> &widths) const;
    void paintRow(QPainter &painter, const QRectF &rect, const QVector<double> &widths,
                  const QStringList &cells) const;

    const StatisticsTableContent &mTable;
    QFont mFont, mBold, mSmall;
    double mPixelsPerMm;
};

} // namespace core
