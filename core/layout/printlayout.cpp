#include "printlayout.h"

#include <algorithm>
#include <cmath>

namespace core {

namespace {

bool sameBox(const std::optional<gis::Box> &a, const std::optional<gis::Box> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->min_corner().x() == b->min_corner().x() &&
                  a->min_corner().y() == b->min_corner().y() &&
                  a->max_corner().x() == b->max_corner().x() &&
                  a->max_corner().y() == b->max_corner().y());
}

bool sameCrs(const std::optional<gis::Crs> &a, const std::optional<gis::Crs> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || a->isEquivalentTo(*b);
}

// Text sizes and gaps grow with the paper, so that an A0 poster reads from as far as an A4
// page is read from near; A4 is 1.
double paperFactor(QSizeF page)
{
    return std::sqrt(page.width() * page.height() / (210.0 * 297.0));
}

// The presets' names in English too, so that `planmap export --layout` finds them whatever the
// interface language.
const char *const wallMapName = QT_TRANSLATE_NOOP("PrintLayout", "A3 landscape wall map");
const char *const reportPageName = QT_TRANSLATE_NOOP("PrintLayout", "A4 portrait report page");

} // namespace

bool operator==(const MapFrameSettings &a, const MapFrameSettings &b)
{
    return sameBox(a.extent, b.extent) && sameCrs(a.crs, b.crs) &&
           a.scaleDenominator == b.scaleDenominator;
}

QSizeF PrintLayout::paperSizeMm(PaperSize paper)
{
    switch (paper) {
    case PaperSize::A4:
        return {210, 297};
    case PaperSize::A3:
        return {297, 420};
    case PaperSize::A2:
        return {420, 594};
    case PaperSize::A1:
        return {594, 841};
    case PaperSize::A0:
        return {841, 1189};
    case PaperSize::Custom:
        break;
    }
    return {};
}

std::optional<PaperSize> PrintLayout::paperFromName(const QString &name)
{
    for (PaperSize paper :
         {PaperSize::A4, PaperSize::A3, PaperSize::A2, PaperSize::A1, PaperSize::A0}) {
        if (name.compare(paperName(paper), Qt::CaseInsensitive) == 0)
            return paper;
    }
    return std::nullopt;
}

QString PrintLayout::paperName(PaperSize paper)
{
    switch (paper) {
    case PaperSize::A4:
        return QStringLiteral("A4");
    case PaperSize::A3:
        return QStringLiteral("A3");
    case PaperSize::A2:
        return QStringLiteral("A2");
    case PaperSize::A1:
        return QStringLiteral("A1");
    case PaperSize::A0:
        return QStringLiteral("A0");
    case PaperSize::Custom:
        break;
    }
    return QStringLiteral("custom");
}

QSizeF PrintLayout::pageSizeMm() const
{
    const QSizeF portrait = paper == PaperSize::Custom ? customSizeMm : paperSizeMm(paper);
    const bool landscape = orientation == PageOrientation::Landscape;
    return landscape ? QSizeF(std::max(portrait.width(), portrait.height()),
                              std::min(portrait.width(), portrait.height()))
                     : QSizeF(std::min(portrait.width(), portrait.height()),
                              std::max(portrait.width(), portrait.height()));
}

const LayoutItem *PrintLayout::item(LayoutItemKind kind) const
{
    const auto found = std::find_if(items.begin(), items.end(),
                                    [kind](const LayoutItem &item) { return item.kind == kind; });
    return found == items.end() ? nullptr : &*found;
}

LayoutItem *PrintLayout::item(LayoutItemKind kind)
{
    // Non-const iteration detaches the items from other copies of the layout, which a pointer
    // from the const overload would write through.
    const auto found = std::find_if(items.begin(), items.end(),
                                    [kind](const LayoutItem &item) { return item.kind == kind; });
    return found == items.end() ? nullptr : &*found;
}

PrintLayout PrintLayout::arranged(const QString &name, PaperSize paper, PageOrientation orientation,
                                  QSizeF customSizeMm)
{
    PrintLayout layout;
    layout.name = name;
    layout.paper = paper;
    layout.customSizeMm = customSizeMm;
    layout.orientation = orientation;
    const double k = paperFactor(layout.pageSizeMm());
    layout.marginsMm = QMarginsF(10 * k, 10 * k, 10 * k, 10 * k);
    const QRectF area = layout.printableRectMm();
    const double gap = 4 * k;
    const double titleHeight = 12 * k, subtitleHeight = 7 * k;
    const QRectF title(area.left(), area.top(), area.width(), titleHeight);
    const QRectF subtitle(area.left(), title.bottom(), area.width(), subtitleHeight);
    const double bodyTop = subtitle.bottom() + gap;
    QRectF map, side;
    if (orientation == PageOrientation::Landscape) {
        const double sideWidth = std::min(area.width() * 0.26, 95.0 * k);
        map = QRectF(area.left(), bodyTop, area.width() - sideWidth - gap, area.bottom() - bodyTop);
        side = QRectF(map.right() + gap, bodyTop, sideWidth, map.height());
    } else {
        const double sideHeight = area.height() * 0.30;
        map =
            QRectF(area.left(), bodyTop, area.width(), area.bottom() - bodyTop - sideHeight - gap);
        side = QRectF(area.left(), map.bottom() + gap, area.width(), sideHeight);
    }
    // The side area: legend on top (left in portrait), then scale bar, north arrow, sources
    // and date stacked below (right in portrait).
    const double arrowSize = 16 * k, scaleBarHeight = 12 * k, dateHeight = 5 * k;
    QRectF legend, stack;
    if (orientation == PageOrientation::Landscape) {
        legend = QRectF(side.left(), side.top(), side.width(), side.height() * 0.55);
        stack = QRectF(side.left(), legend.bottom() + gap, side.width(),
                       side.bottom() - legend.bottom() - gap);
    } else {
        legend = QRectF(side.left(), side.top(), side.width() * 0.5 - gap / 2, side.height());
        stack = QRectF(legend.right() + gap, side.top(), side.width() - legend.width() - gap,
                       side.height());
    }
    const QRectF scaleBar(stack.left(), stack.top(), stack.width() - arrowSize - gap,
                          scaleBarHeight);
    const QRectF arrow(stack.right() - arrowSize, stack.top(), arrowSize, arrowSize);
    const double sourcesTop = std::max(scaleBar.bottom(), arrow.bottom()) + gap;
    const QRectF date(stack.left(), stack.bottom() - dateHeight, stack.width(), dateHeight);
    const QRectF sources(stack.left(), sourcesTop, stack.width(), date.top() - sourcesTop);
    layout.items = {
        {LayoutItemKind::Map, map, true, {}},
        {LayoutItemKind::Title, title, true, tr("Jilin: one master, six pairs")},
        {LayoutItemKind::Subtitle, subtitle, true,
         tr("Industrial layout, Changchun's four plates, zones and corridors")},
        {LayoutItemKind::Legend, legend, true, {}},
        {LayoutItemKind::ScaleBar, scaleBar, true, {}},
        {LayoutItemKind::NorthArrow, arrow, true, {}},
        {LayoutItemKind::Sources, sources, true, {}},
        {LayoutItemKind::Date, date, true, {}},
    };
    return layout;
}

QString PrintLayout::itemTitle(LayoutItemKind kind)
{
    switch (kind) {
    case LayoutItemKind::Map:
        return tr("Map");
    case LayoutItemKind::Title:
        return tr("Title");
    case LayoutItemKind::Subtitle:
        return tr("Subtitle");
    case LayoutItemKind::Legend:
        return tr("Legend");
    case LayoutItemKind::ScaleBar:
        return tr("Scale bar");
    case LayoutItemKind::NorthArrow:
        return tr("North arrow");
    case LayoutItemKind::Sources:
        return tr("Sources and attribution");
    case LayoutItemKind::Date:
        return tr("Date");
    case LayoutItemKind::Overview:
        return tr("Overview map");
    case LayoutItemKind::StatisticsTable:
        return tr("Statistics table");
    }
    return {};
}

PrintLayout PrintLayout::wallMap()
{
    return arranged(tr(wallMapName), PaperSize::A3, PageOrientation::Landscape);
}

PrintLayout PrintLayout::reportPage()
{
    return arranged(tr(reportPageName), PaperSize::A4, PageOrientation::Portrait);
}

QVector<PrintLayout> PrintLayout::presets()
{
    return {wallMap(), reportPage()};
}

std::optional<PrintLayout> PrintLayout::preset(const QString &name)
{
    if (name == QLatin1String(wallMapName) || name == tr(wallMapName))
        return wallMap();
    if (name == QLatin1String(reportPageName) || name == tr(reportPageName))
        return reportPage();
    return std::nullopt;
}

PrintLayout PrintLayout::onPage(PaperSize newPaper, PageOrientation newOrientation,
                                QSizeF newCustomSizeMm) const
{
    PrintLayout moved = *this;
    moved.paper = newPaper;
    moved.orientation = newOrientation;
    moved.customSizeMm = newCustomSizeMm;
    const double k = paperFactor(moved.pageSizeMm()) / paperFactor(pageSizeMm());
    moved.marginsMm = marginsMm * k;
    const QRectF from = printableRectMm(), to = moved.printableRectMm();
    if (from.isEmpty() || to.isEmpty())
        return moved;
    const double sx = to.width() / from.width(), sy = to.height() / from.height();
    for (LayoutItem &item : moved.items) {
        const QRectF r = item.rectMm;
        item.rectMm =
            QRectF(to.left() + (r.left() - from.left()) * sx,
                   to.top() + (r.top() - from.top()) * sy, r.width() * sx, r.height() * sy);
    }
    return moved;
}

PrintLayout PrintLayout::withPage(PaperSize newPaper, PageOrientation newOrientation) const
{
    if (newOrientation == orientation)
        return onPage(newPaper, newOrientation, customSizeMm);
    PrintLayout turned = arranged(name, newPaper, newOrientation, customSizeMm);
    turned.map = map;
    for (LayoutItem &item : turned.items) {
        if (const LayoutItem *old = this->item(item.kind)) {
            item.visible = old->visible;
            item.text = old->text;
        }
    }
    return turned;
}

} // namespace core
