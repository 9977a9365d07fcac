#include "tablepainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace core {

namespace {

const QColor kText(0x20, 0x20, 0x20);
const QColor kStripe(0xf2, 0xf4, 0xf6);
const QColor kRule(0x60, 0x60, 0x60);

// Headers wrap to at most this many lines (name over two, the period below).
constexpr int kHeaderLines = 3;

// Figures line up on the right: every column but the names, or a one-feature table's values.
bool alignedRight(const StatisticsTableContent &table, int column)
{
    return table.oneFeature ? column == 1 : column > 0;
}

} // namespace

struct TablePainter::Metrics
{
    double title = 0, header = 0, row = 0, source = 0;
    int shown = 0; // rows drawn in full
    int more = 0;  // rows left out, counted on the "more" line
};

TablePainter::TablePainter(const StatisticsTableContent &table, const QFont &font,
                           double pixelsPerMm)
    : mTable(table)
    , mFont(font)
    , mBold(font)
    , mSmall(font)
    , mPixelsPerMm(pixelsPerMm)
{
    mBold.setBold(true);
    mSmall.setPixelSize(std::max(1, qRound(font.pixelSize() * 0.85)));
}

QVector<double> TablePainter::columnWidths(double width) const
{
    // Each column as wide as its widest cell (headers may wrap, so count half of theirs), then
    // all scaled to the table's width: long names are elided rather than drawn outside.
    const QFontMetricsF fm(mFont), bold(mBold);
    const double pad = 2 * mPixelsPerMm;
    QVector<double> natural(mTable.headers.size(), pad);
    for (int c = 0; c < mTable.headers.size(); ++c) {
        for (const QString &line : mTable.headers[c].split(u'\n'))
            natural[c] = std::max(natural[c], bold.horizontalAdvance(line) * 0.55 + pad);
        for (const QStringList &row : mTable.rows)
            natural[c] = std::max(natural[c], fm.horizontalAdvance(row.value(c)) + pad);
    }
    double total = 0;
    for (double w : std::as_const(natural))
        total += w;
    for (double &w : natural)
        w *= width / total;
    return natural;
}

TablePainter::Metrics TablePainter::metrics(const QRectF &rect) const
{
    Metrics m;
    const QFontMetricsF fm(mFont), bold(mBold), small(mSmall);
    m.title = mTable.title.isEmpty() ? 0 : bold.height() * 1.5;
    m.row = fm.height() * 1.4;
    int lines = 1;
    const QVector<double> widths = columnWidths(rect.width());
    for (int c = 0; c < mTable.headers.size(); ++c) {
        const QRectF needed = bold.boundingRect(QRectF(0, 0, widths[c] - mPixelsPerMm, 1e6),
                                                Qt::TextWordWrap, mTable.headers[c]);
        lines = std::max(lines, int(std::ceil(needed.height() / bold.lineSpacing() - 0.01)));
    }
    m.header = mTable.headers.isEmpty()
                   ? 0
                   : bold.lineSpacing() * std::min(lines, kHeaderLines) + mPixelsPerMm;
    if (!mTable.sourceLine.isEmpty())
        m.source =
            std::min(rect.height() * 0.3, small.boundingRect(QRectF(0, 0, rect.width(), 1e6),
                                                             Qt::TextWordWrap, mTable.sourceLine)
                                                  .height() +
                                              mPixelsPerMm);
    const double space = rect.height() - m.title - m.header - m.source;
    const int fit = std::max(0, int(std::floor(space / m.row + 1e-6)));
    const int rows = int(mTable.rows.size());
    m.shown = rows <= fit ? rows : std::max(0, fit - 1);
    m.more = rows - m.shown;
    return m;
}

int TablePainter::rowsShown(const QRectF &rect) const
{
    return metrics(rect).shown;
}

void TablePainter::paintHeader(QPainter &painter, const QRectF &rect,
                               const QVector<double> &widths) const
{
    painter.setFont(mBold);
    double x = rect.left();
    const double pad = mPixelsPerMm / 2;
    for (int c = 0; c < mTable.headers.size(); ++c) {
        const QRectF cell(x + pad, rect.top(), widths[c] - 2 * pad, rect.height());
        const int align =
            (alignedRight(mTable, c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom;
        painter.save();
        painter.setClipRect(cell, Qt::IntersectClip);
        painter.drawText(cell, align | Qt::TextWordWrap, mTable.headers[c]);
        painter.restore();
        x += widths[c];
    }
    painter.setPen(QPen(kRule, 0.25 * mPixelsPerMm));
    painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()));
    painter.setPen(kText);
}

void TablePainter::paintRow(QPainter &painter, const QRectF &rect, const QVector<double> &widths,
                            const QStringList &cells) const
{
    painter.setFont(mFont);
    const QFontMetricsF fm(mFont);
    const double pad = mPixelsPerMm / 2;
    double x = rect.left();
    // The wide table's figures, and the value of a one-feature table, line up on the right.
    for (int c = 0; c < cells.size() && c < widths.size(); ++c) {
        const QRectF cell(x + pad, rect.top(), widths[c] - 2 * pad, rect.height());
        const bool right = alignedRight(mTable, c);
        const QString text = fm.elidedText(cells[c], Qt::ElideRight, cell.width());
        painter.drawText(cell, (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, text);
        x += widths[c];
    }
}

void TablePainter::paint(QPainter &painter, const QRectF &rect) const
{
    const Metrics m = metrics(rect);
    const QVector<double> widths = columnWidths(rect.width());
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setPen(kText);
    double y = rect.top();
    if (m.title > 0) {
        painter.setFont(mBold);
        const QRectF line(rect.left(), y, rect.width(), m.title);
        painter.drawText(
            line, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(mBold).elidedText(mTable.title, Qt::ElideRight, rect.width()));
        y += m.title;
    }
    if (m.header > 0) {
        paintHeader(painter, QRectF(rect.left(), y, rect.width(), m.header), widths);
        y += m.header;
    }
    for (int r = 0; r < m.shown; ++r) {
        const QRectF line(rect.left(), y, rect.width(), m.row);
        if (r % 2 == 1)
            painter.fillRect(line, kStripe);
        paintRow(painter, line, widths, mTable.rows[r]);
        y += m.row;
    }
    const QString tail = m.more > 0 ? tr("… %1 more").arg(m.more) : mTable.note;
    if (!tail.isEmpty() && y + m.row <= rect.bottom() - m.source + 0.5) {
        painter.setFont(mFont);
        painter.drawText(QRectF(rect.left() + mPixelsPerMm / 2, y, rect.width(), m.row),
                         Qt::AlignLeft | Qt::AlignVCenter, tail);
    }
    if (m.source > 0) {
        painter.setFont(mSmall);
        painter.drawText(QRectF(rect.left(), rect.bottom() - m.source, rect.width(), m.source),
                         Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, mTable.sourceLine);
    }
    painter.restore();
}

} // namespace core
