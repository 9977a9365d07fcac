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
    double gap = 0, groupWidth = 0; // blocks of columns side by side, and their width
    int groups = 1;
    int perGroup = 0; // lines (rows and the "more" line) in each block
    int shown = 0;    // rows drawn in full
    int more = 0;     // rows left out, counted on the "more" line
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

QVector<double> TablePainter::naturalWidths() const
{
    // Each column as wide as its widest cell (headers may wrap, so count half of theirs).
    const QFontMetricsF fm(mFont), bold(mBold);
    const double pad = 3 * mPixelsPerMm;
    QVector<double> natural(mTable.headers.size(), pad);
    for (int c = 0; c < mTable.headers.size(); ++c) {
        for (const QString &line : mTable.headers[c].split(u'\n'))
            natural[c] = std::max(natural[c], bold.horizontalAdvance(line) * 0.55 + pad);
        for (const QStringList &row : mTable.rows)
            natural[c] = std::max(natural[c], fm.horizontalAdvance(row.value(c)) + pad);
    }
    return natural;
}

QVector<double> TablePainter::columnWidths(double width) const
{
    // When the columns do not fit, the names in the first give way first (down to a third of
    // the table), so that figures and periods stay whole; then all shrink alike. Cells too
    // long are elided, never drawn outside.
    QVector<double> widths = naturalWidths();
    double total = 0;
    for (double w : std::as_const(widths))
        total += w;
    if (total > width && !widths.isEmpty()) {
        const double first = std::max(width / 3, widths[0] - (total - width));
        total += first - widths[0];
        widths[0] = std::min(widths[0], first);
    }
    for (double &w : widths)
        w *= width / total;
    return widths;
}

TablePainter::Metrics TablePainter::metrics(const QRectF &rect) const
{
    Metrics m;
    const QFontMetricsF fm(mFont), bold(mBold), small(mSmall);
    m.title = mTable.title.isEmpty() ? 0 : bold.height() * 1.5;
    m.row = fm.height() * 1.3;
    m.gap = 4 * mPixelsPerMm;
    // One feature's figures are three narrow columns: on a wide item they run in two blocks
    // side by side rather than leave half the rows out.
    double natural = 0;
    for (double w : naturalWidths())
        natural += w;
    const int rows = int(mTable.rows.size());
    m.groups = mTable.oneFeature && rows > 1 && 2 * natural + m.gap <= rect.width() ? 2 : 1;
    m.groupWidth = (rect.width() - m.gap * (m.groups - 1)) / m.groups;
    m.header = headerHeight(m.groupWidth);
    if (!mTable.sourceLine.isEmpty())
        m.source =
            std::min(rect.height() * 0.3, small.boundingRect(QRectF(0, 0, rect.width(), 1e6),
                                                             Qt::TextWordWrap, mTable.sourceLine)
                                                  .height() +
                                              mPixelsPerMm);
    const double space = rect.height() - m.title - m.header - m.source;
    const int fit = std::max(0, int(std::floor(space / m.row + 1e-6)));
    const int capacity = fit * m.groups;
    m.shown = rows <= capacity ? rows : std::max(0, capacity - 1);
    m.more = rows - m.shown;
    const int lines = m.shown + (m.more > 0 || !mTable.note.isEmpty() ? 1 : 0);
    m.perGroup = std::min(fit, (lines + m.groups - 1) / m.groups);
    return m;
}

double TablePainter::headerHeight(double width) const
{
    if (mTable.headers.isEmpty())
        return 0;
    const QFontMetricsF bold(mBold);
    const QVector<double> widths = columnWidths(width);
    int lines = 1;
    for (int c = 0; c < mTable.headers.size(); ++c) {
        const QRectF needed = bold.boundingRect(QRectF(0, 0, widths[c] - mPixelsPerMm, 1e6),
                                                Qt::TextWordWrap, mTable.headers[c]);
        lines = std::max(lines, int(std::ceil(needed.height() / bold.lineSpacing() - 0.01)));
    }
    return bold.lineSpacing() * std::min(lines, kHeaderLines) + mPixelsPerMm;
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
    const double pad = mPixelsPerMm;
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
    const double pad = mPixelsPerMm;
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
    const QVector<double> widths = columnWidths(m.groupWidth);
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setPen(kText);
    double top = rect.top();
    if (m.title > 0) {
        painter.setFont(mBold);
        painter.drawText(
            QRectF(rect.left(), top, rect.width(), m.title), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(mBold).elidedText(mTable.title, Qt::ElideRight, rect.width()));
        top += m.title;
    }
    const auto slot = [&](int line) {
        const int group = m.perGroup > 0 ? line / m.perGroup : 0;
        const double left = rect.left() + group * (m.groupWidth + m.gap);
        return QRectF(left, top + m.header + (line - group * m.perGroup) * m.row, m.groupWidth,
                      m.row);
    };
    for (int group = 0; group < m.groups && m.header > 0; ++group)
        paintHeader(
            painter,
            QRectF(rect.left() + group * (m.groupWidth + m.gap), top, m.groupWidth, m.header),
            widths);
    for (int r = 0; r < m.shown; ++r) {
        if ((r % std::max(1, m.perGroup)) % 2 == 1)
            painter.fillRect(slot(r), kStripe);
        paintRow(painter, slot(r), widths, mTable.rows[r]);
    }
    const QString tail = m.more > 0 ? tr("… %1 more").arg(m.more) : mTable.note;
    const int lines = m.shown + (tail.isEmpty() ? 0 : 1);
    if (!tail.isEmpty() && m.perGroup > 0 && lines <= m.perGroup * m.groups) {
        painter.setFont(mFont);
        painter.drawText(slot(m.shown).adjusted(mPixelsPerMm / 2, 0, 0, 0),
                         Qt::AlignLeft | Qt::AlignVCenter, tail);
    }
    if (m.source > 0) {
        // Right below the figures it cites; the rows left room for it at the foot.
        const double y = top + m.header + std::min(lines, m.perGroup) * m.row;
        painter.setFont(mSmall);
        painter.drawText(QRectF(rect.left(), y, rect.width(), m.source),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, mTable.sourceLine);
    }
    painter.restore();
}

} // namespace core
