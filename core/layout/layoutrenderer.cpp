#include "layoutrenderer.h"

#include "tablepainter.h"

#include "render/maprenderer.h"
#include "render/mapscale.h"
#include "render/maptopixel.h"
#include "render/textfonts.h"

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace core {

namespace {

// Latin letters and digits from DejaVu Sans, Chinese from Noto Sans CJK (through planmap's copy
// of it whose PDF text is right, see gis::TextFonts).
QStringList fontFamilies()
{
    return gis::TextFonts::familiesFor(
        QStringList{QStringLiteral("DejaVu Sans"), QLatin1String(gis::TextFonts::notoFamily)});
}
// The scale is measured on a frame of this resolution: fine enough that rounding the frame to
// whole pixels moves it by far less than 1 %.
constexpr double measuringDpi = 300.0;

gis::Point centreOf(const gis::Box &box)
{
    return {(box.min_corner().x() + box.max_corner().x()) / 2,
            (box.min_corner().y() + box.max_corner().y()) / 2};
}

} // namespace

struct LayoutRenderer::Device
{
    double dpi;
    double pixelsPerMm() const { return dpi / 25.4; }
    double px(double mm) const { return mm * pixelsPerMm(); }
    QRectF rect(const QRectF &mm) const
    {
        return {px(mm.x()), px(mm.y()), px(mm.width()), px(mm.height())};
    }
    QFont font(double pointSize, bool bold) const
    {
        QFont font;
        font.setFamilies(fontFamilies());
        font.setPixelSize(std::max(1, qRound(pointSize * dpi / 72.0)));
        font.setBold(bold);
        return font;
    }
};

LayoutRenderer::LayoutRenderer(PrintLayout layout, LayoutContent content)
    : mLayout(std::move(layout))
    , mContent(std::move(content))
{
}

double LayoutRenderer::textScale() const
{
    const QSizeF page = mLayout.pageSizeMm();
    return std::sqrt(page.width() * page.height() / (210.0 * 297.0));
}

gis::MapSettings LayoutRenderer::onDevice(gis::MapSettings settings, LayoutItemKind kind,
                                          QSizeF fallbackMm, double dpi) const
{
    const LayoutItem *item = mLayout.item(kind);
    const QSizeF sizeMm = item ? item->rectMm.size() : fallbackMm;
    const Device device{dpi};
    settings.outputSize = QSize(std::max(1, qRound(device.px(sizeMm.width()))),
                                std::max(1, qRound(device.px(sizeMm.height()))));
    settings.dpi = dpi;
    settings.simplifyMm = mSimplifyMm;
    settings.clipToOutput = mVectorOutput;
    return settings;
}

gis::MapSettings LayoutRenderer::frameSettings(double dpi) const
{
    gis::MapSettings settings = onDevice(mContent.map, LayoutItemKind::Map, QSizeF(100, 100), dpi);
    if (mLayout.map.scaleDenominator && *mLayout.map.scaleDenominator > 0) {
        if (const auto extent =
                gis::extentForScale(centreOf(settings.extent), *mLayout.map.scaleDenominator,
                                    settings.outputSize, dpi, settings.crs))
            settings.extent = *extent;
    }
    return settings;
}

std::optional<double> LayoutRenderer::scaleDenominator() const
{
    const gis::MapSettings settings = frameSettings(measuringDpi);
    return gis::scaleDenominator(settings.visibleExtent(), settings.outputSize, settings.dpi,
                                 settings.crs);
}

ScaleBar LayoutRenderer::scaleBar() const
{
    const LayoutItem *item = mLayout.item(LayoutItemKind::ScaleBar);
    const auto denominator = scaleDenominator();
    if (!item || !denominator)
        return {};
    return ScaleBar::fitting(*denominator, item->rectMm.width() * 0.8);
}

double LayoutRenderer::northAngle() const
{
    const gis::MapSettings settings = frameSettings(measuringDpi);
    return gis::trueNorthAngle(centreOf(settings.visibleExtent()), settings.crs).value_or(0.0);
}

std::vector<const LegendBlock *> LayoutRenderer::shownLegend() const
{
    const std::optional<double> scale = scaleDenominator();
    std::vector<const LegendBlock *> shown;
    for (const LegendBlock &block : mContent.legend) {
        if (!scale || block.scaleRange.contains(*scale))
            shown.push_back(&block);
    }
    return shown;
}

QStringList LayoutRenderer::render(QPainter &painter, double dpi) const
{
    const std::atomic_bool never = false;
    return render(painter, dpi, never);
}

QStringList LayoutRenderer::render(QPainter &painter, double dpi,
                                   const std::atomic_bool &cancel) const
{
    const Device device{dpi};
    QStringList problems;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(device.rect(QRectF(QPointF(), mLayout.pageSizeMm())), Qt::white);
    const double k = textScale();
    for (const LayoutItem &item : mLayout.items) {
        if (!item.visible || item.rectMm.isEmpty())
            continue;
        switch (item.kind) {
        case LayoutItemKind::Map:
            drawMap(painter, device, item.rectMm, cancel, problems);
            break;
        case LayoutItemKind::Title:
            drawText(painter, device, item.rectMm, item.text, 20 * k, true,
                     Qt::AlignLeft | Qt::AlignVCenter);
            break;
        case LayoutItemKind::Subtitle:
            drawText(painter, device, item.rectMm, item.text, 11 * k, false,
                     Qt::AlignLeft | Qt::AlignVCenter);
            break;
        case LayoutItemKind::Legend:
            drawLegend(painter, device, item.rectMm);
            break;
        case LayoutItemKind::ScaleBar:
            drawScaleBar(painter, device, item.rectMm);
            break;
        case LayoutItemKind::NorthArrow:
            drawNorthArrow(painter, device, item.rectMm);
            break;
        case LayoutItemKind::Sources:
            drawText(painter, device, item.rectMm,
                     item.text.isEmpty() ? mContent.attribution : item.text, 6.5 * k, false,
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
            break;
        case LayoutItemKind::Date:
            drawText(painter, device, item.rectMm, dateText(item), 7 * k, false,
                     Qt::AlignLeft | Qt::AlignBottom);
            break;
        case LayoutItemKind::Overview:
            drawOverview(painter, device, item.rectMm, cancel, problems);
            break;
        case LayoutItemKind::StatisticsTable:
            if (mContent.table)
                TablePainter(*mContent.table, device.font(6.5 * k, false), device.pixelsPerMm())
                    .paint(painter, device.rect(item.rectMm));
            break;
        }
    }
    painter.restore();
    return problems;
}

void LayoutRenderer::drawMap(QPainter &painter, const Device &device, const QRectF &rectMm,
                             const std::atomic_bool &cancel, QStringList &problems) const
{
    std::function<void(QPainter &)> over;
    if (mContent.highlight) {
        over = [&](QPainter &on) {
            on.setPen(
                QPen(highlightColor(), device.px(1.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            on.setBrush(Qt::NoBrush);
            on.drawPath(highlightPath(device.dpi));
        };
    }
    drawFrame(painter, device, frameSettings(device.dpi), device.rect(rectMm).topLeft(), cancel,
              problems, over);
}

QPainterPath LayoutRenderer::highlightPath(double dpi) const
{
    QPainterPath path;
    if (!mContent.highlight)
        return path;
    const gis::MapSettings settings = frameSettings(dpi);
    const gis::MapToPixel toPixel(settings.visibleExtent(), settings.outputSize);
    // Rings come closed; a line stays open, since the path is only stroked.
    const auto addLine = [&](const auto &points) {
        QPolygonF line;
        for (const gis::Point &point : points)
            line.push_back(toPixel.toPixel(point));
        path.addPolygon(line);
    };
    if (const auto *polygons = std::get_if<gis::MultiPolygon>(&*mContent.highlight)) {
        for (const gis::Polygon &polygon : *polygons) {
            addLine(polygon.outer());
            for (const auto &inner : polygon.inners())
                addLine(inner);
        }
    } else if (const auto *lines = std::get_if<gis::MultiLineString>(&*mContent.highlight)) {
        for (const gis::LineString &line : *lines)
            addLine(line);
    }
    return path;
}

void LayoutRenderer::drawFrame(QPainter &painter, const Device &device,
                               const gis::MapSettings &settings, QPointF topLeft,
                               const std::atomic_bool &cancel, QStringList &problems,
                               const std::function<void(QPainter &)> &over) const
{
    painter.save();
    painter.translate(topLeft);
    const QRectF local(QPointF(), QSizeF(settings.outputSize));
    painter.setClipRect(local);
    painter.fillRect(local, settings.background);
    gis::RenderResult result;
    gis::MapRenderer(settings).render(painter, cancel, result);
    problems += result.errors;
    if (over)
        over(painter);
    painter.setClipping(false);
    painter.setPen(QPen(Qt::black, device.px(0.3)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(local);
    painter.restore();
}

gis::MapSettings LayoutRenderer::overviewSettings(double dpi) const
{
    return onDevice(mContent.overview ? mContent.overview->map : gis::MapSettings(),
                    LayoutItemKind::Overview, QSizeF(50, 50), dpi);
}

QPolygonF LayoutRenderer::overviewFrameOutline(double dpi) const
{
    if (!mContent.overview)
        return {};
    const gis::MapSettings settings = overviewSettings(dpi);
    const gis::MapToPixel toPixel(settings.visibleExtent(), settings.outputSize);
    QPolygonF outline;
    for (const QPointF &point : mContent.overview->frameOutline)
        outline.push_back(toPixel.toPixel(gis::Point(point.x(), point.y())));
    return outline;
}

void LayoutRenderer::drawOverview(QPainter &painter, const Device &device, const QRectF &rectMm,
                                  const std::atomic_bool &cancel, QStringList &problems) const
{
    if (!mContent.overview)
        return;
    const QPolygonF outline = overviewFrameOutline(device.dpi);
    drawFrame(painter, device, overviewSettings(device.dpi), device.rect(rectMm).topLeft(), cancel,
              problems, [&](QPainter &on) {
                  // The main frame's extent in a colour no bundled layer uses, thick enough to
                  // find at once.
                  on.setPen(QPen(overviewFrameColor(), device.px(0.6), Qt::SolidLine, Qt::SquareCap,
                                 Qt::MiterJoin));
                  on.setBrush(Qt::NoBrush);
                  on.drawPolygon(outline);
              });
}

void LayoutRenderer::drawText(QPainter &painter, const Device &device, const QRectF &rectMm,
                              const QString &text, double pointSize, bool bold, int flags) const
{
    const QRectF rect = device.rect(rectMm);
    // Shrink long texts (a long list of sources) until they fit their box.
    QFont font = device.font(pointSize, bold);
    for (int step = 0; step < 6; ++step) {
        const QRectF needed = QFontMetricsF(font).boundingRect(rect, flags, text);
        if (needed.height() <= rect.height() && needed.width() <= rect.width() + 1)
            break;
        font.setPixelSize(std::max(1, qRound(font.pixelSize() * 0.85)));
    }
    painter.save();
    painter.setFont(font);
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.drawText(rect, flags, text);
    painter.restore();
}

namespace {

void drawSwatch(QPainter &painter, const QRectF &box, gis::GeometryKind geometry,
                const gis::Symbol &symbol, double pixelsPerMm)
{
    QColor fill = symbol.fillColor;
    fill.setAlphaF(fill.alphaF() * symbol.opacity);
    QPen pen(symbol.strokeColor, std::max(0.5, symbol.strokeWidthMm * pixelsPerMm));
    pen.setStyle(symbol.strokeStyle);
    painter.save();
    switch (geometry) {
    case gis::GeometryKind::Line:
        pen.setColor(symbol.strokeColor);
        painter.setPen(pen);
        painter.drawLine(QPointF(box.left(), box.center().y()),
                         QPointF(box.right(), box.center().y()));
        break;
    case gis::GeometryKind::Point: {
        const double diameter =
            std::min(box.height(), std::max(1.5, symbol.markerSizeMm) * pixelsPerMm);
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawEllipse(box.center(), diameter / 2, diameter / 2);
        break;
    }
    case gis::GeometryKind::Polygon:
    case gis::GeometryKind::None:
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawRect(box);
        break;
    }
    painter.restore();
}

} // namespace

void LayoutRenderer::drawLegend(QPainter &painter, const Device &device, const QRectF &rectMm) const
{
    const std::vector<const LegendBlock *> blocks = shownLegend();
    int rows = 1; // the heading
    for (const LegendBlock *block : blocks)
        rows += 1 + int(block->legend.entries.size()) + (block->legend.title.isEmpty() ? 0 : 1);
    // Rows shrink (to half) before any is left out.
    const double k = textScale();
    const double fullRow = 5.0 * k;
    const double rowMm = std::max(fullRow / 2, std::min(fullRow, rectMm.height() / rows));
    const double shrink = rowMm / fullRow;
    const QFont heading = device.font(9 * k * shrink, true);
    const QFont title = device.font(7.5 * k * shrink, false);
    const QFont entry = device.font(7 * k * shrink, false);
    const double swatchW = 7 * k * shrink, swatchH = 3.6 * k * shrink, indent = 3 * k * shrink;
    double y = rectMm.top();
    painter.save();
    painter.setPen(QColor(0x20, 0x20, 0x20));
    const auto row = [&](double left, const QString &text, const QFont &font) {
        painter.setFont(font);
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(device.rect(QRectF(left, y, rectMm.right() - left, rowMm)),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        y += rowMm;
    };
    const auto fits = [&] {
        return y + rowMm <= rectMm.bottom() + 0.01;
    };
    row(rectMm.left(), tr("Legend"), heading);
    for (const LegendBlock *shown : blocks) {
        const LegendBlock &block = *shown;
        if (!fits())
            break;
        const bool themed = !block.legend.entries.empty();
        if (!themed) {
            const QRectF swatch(rectMm.left(), y + (rowMm - swatchH) / 2, swatchW, swatchH);
            drawSwatch(painter, device.rect(swatch), block.geometry, block.symbol,
                       device.pixelsPerMm());
            row(rectMm.left() + swatchW + 2 * shrink, block.layerTitle, entry);
            continue;
        }
        row(rectMm.left(), block.layerTitle, title);
        if (!block.legend.title.isEmpty() && fits())
            row(rectMm.left() + indent, block.legend.title, entry);
        for (const gis::LegendEntry &legendEntry : block.legend.entries) {
            if (!fits())
                break;
            const QRectF swatch(rectMm.left() + indent, y + (rowMm - swatchH) / 2, swatchW,
                                swatchH);
            drawSwatch(painter, device.rect(swatch), block.geometry, legendEntry.symbol,
                       device.pixelsPerMm());
            row(rectMm.left() + indent + swatchW + 2 * shrink, legendEntry.label, entry);
        }
    }
    painter.restore();
}

void LayoutRenderer::drawScaleBar(QPainter &painter, const Device &device,
                                  const QRectF &rectMm) const
{
    const ScaleBar bar = scaleBar();
    if (!bar.isValid())
        return;
    const double k = textScale();
    const double barHeight = 1.6 * k;
    const QRectF barMm(rectMm.left(), rectMm.bottom() - barHeight - 0.3, bar.lengthMm, barHeight);
    const QRectF barPx = device.rect(barMm);
    painter.save();
    painter.setPen(QPen(Qt::black, device.px(0.2)));
    const double segment = barPx.width() / bar.segments;
    for (int i = 0; i < bar.segments; ++i) {
        painter.setBrush(i % 2 == 0 ? Qt::black : Qt::white);
        painter.drawRect(QRectF(barPx.left() + i * segment, barPx.top(), segment, barPx.height()));
    }
    painter.setFont(device.font(7 * k, false));
    painter.setPen(Qt::black);
    const QRectF labels = device.rect(
        QRectF(rectMm.left(), rectMm.top(), rectMm.width(), barMm.top() - rectMm.top() - 0.5));
    painter.drawText(
        QRectF(barPx.left() - device.px(10), labels.top(), device.px(20), labels.height()),
        Qt::AlignHCenter | Qt::AlignBottom, QLocale().toString(0));
    painter.drawText(
        QRectF(barPx.right() - device.px(20), labels.top(), device.px(40), labels.height()),
        Qt::AlignHCenter | Qt::AlignBottom, ScaleBar::distanceLabel(bar.metres));
    if (const auto denominator = scaleDenominator())
        painter.drawText(labels, Qt::AlignRight | Qt::AlignTop,
                         tr("1:%1").arg(QLocale().toString(std::round(*denominator), 'f', 0)));
    painter.restore();
}

void LayoutRenderer::drawNorthArrow(QPainter &painter, const Device &device,
                                    const QRectF &rectMm) const
{
    const QRectF box = device.rect(rectMm);
    const double size = std::min(box.width(), box.height());
    const double r = size * 0.32;
    painter.save();
    painter.translate(box.center() + QPointF(0, size * 0.08));
    painter.rotate(northAngle());
    QPainterPath left, right;
    left.moveTo(0, -r);
    left.lineTo(-r * 0.45, r * 0.6);
    left.lineTo(0, r * 0.3);
    left.closeSubpath();
    right.moveTo(0, -r);
    right.lineTo(r * 0.45, r * 0.6);
    right.lineTo(0, r * 0.3);
    right.closeSubpath();
    painter.setPen(QPen(Qt::black, device.px(0.2)));
    painter.setBrush(Qt::black);
    painter.drawPath(left);
    painter.setBrush(Qt::white);
    painter.drawPath(right);
    painter.setFont(device.font(8 * textScale(), true));
    painter.drawText(QRectF(-size / 2, -r - size * 0.26, size, size * 0.24), Qt::AlignCenter,
                     tr("N"));
    painter.restore();
}

QString LayoutRenderer::dateText(const LayoutItem &item) const
{
    if (!item.text.isEmpty())
        return item.text;
    return tr("Made with planmap on %1")
        .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
}

} // namespace core
