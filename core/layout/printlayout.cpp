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

namespace {

// Where the items of the standard arrangement go, in millimetres on the page.
struct Arrangement
{
    QRectF map, legend, scaleBar, arrow, sources, date, overview, table;
};

// The side area's stack (right half in portrait, lower part in landscape): the overview on
// top when wanted, scale bar and north arrow, sources, and the date at the bottom.
void arrangeStack(Arrangement &places, QRectF stack, double k, bool overview)
{
    const double gap = 4 * k;
    if (overview) {
        const double height = std::min(stack.width() * 0.6, stack.height() * 0.45);
        places.overview = QRectF(stack.left(), stack.top(), stack.width(), height);
        stack.setTop(places.overview.bottom() + gap);
    }
    const double arrowSize = 16 * k, scaleBarHeight = 12 * k, dateHeight = 5 * k;
    places.scaleBar =
        QRectF(stack.left(), stack.top(), stack.width() - arrowSize - gap, scaleBarHeight);
    places.arrow = QRectF(stack.right() - arrowSize, stack.top(), arrowSize, arrowSize);
    const double sourcesTop = std::max(places.scaleBar.bottom(), places.arrow.bottom()) + gap;
    places.date = QRectF(stack.left(), stack.bottom() - dateHeight, stack.width(), dateHeight);
    places.sources =
        QRectF(stack.left(), sourcesTop, stack.width(), places.date.top() - sourcesTop);
}

// Landscape: the map left with the table across its foot, a column right with the overview
// on top, the legend and the stack.
Arrangement arrangeLandscape(const QRectF &body, double k, bool overview, bool table)
{
    const double gap = 4 * k;
    const double sideWidth = std::min(body.width() * 0.26, 95.0 * k);
    Arrangement places;
    const double tableHeight = table ? body.height() * 0.25 : 0.0;
    places.map = QRectF(body.left(), body.top(), body.width() - sideWidth - gap,
                        body.height() - (table ? tableHeight + gap : 0));
    if (table)
        places.table =
            QRectF(body.left(), places.map.bottom() + gap, places.map.width(), tableHeight);
    QRectF side(places.map.right() + gap, body.top(), sideWidth, body.height());
    if (overview) {
        places.overview = QRectF(side.left(), side.top(), side.width(),
                                 std::min(side.width() * 0.62, side.height() * 0.3));
        side.setTop(places.overview.bottom() + gap);
    }
    places.legend = QRectF(side.left(), side.top(), side.width(), side.height() * 0.55);
    arrangeStack(places,
                 QRectF(side.left(), places.legend.bottom() + gap, side.width(),
                        side.bottom() - places.legend.bottom() - gap),
                 k, false);
    return places;
}

// Portrait: the map on top, the table across the page below it, then the legend beside the
// stack (which holds the overview).
Arrangement arrangePortrait(const QRectF &body, double k, bool overview, bool table)
{
    const double gap = 4 * k;
    const double sideHeight = body.height() * (table ? 0.29 : 0.33);
    const double tableHeight = table ? body.height() * 0.17 : 0.0;
    Arrangement places;
    const double mapHeight = body.height() - sideHeight - gap - (table ? tableHeight + gap : 0);
    places.map = QRectF(body.left(), body.top(), body.width(), mapHeight);
    if (table)
        places.table = QRectF(body.left(), places.map.bottom() + gap, body.width(), tableHeight);
    const QRectF side(body.left(), body.bottom() - sideHeight, body.width(), sideHeight);
    places.legend = QRectF(side.left(), side.top(), side.width() * 0.5 - gap / 2, side.height());
    arrangeStack(places,
                 QRectF(places.legend.right() + gap, side.top(),
                        side.width() - places.legend.width() - gap, side.height()),
                 k, overview);
    return places;
}

} // namespace

PrintLayout PrintLayout::arranged(const QString &name, PaperSize paper, PageOrientation orientation,
                                  QSizeF customSizeMm, const QVector<LayoutItemKind> &extras)
{
    PrintLayout layout;
    layout.name = name;
    layout.paper = paper;
    layout.customSizeMm = customSizeMm;
    layout.orientation = orientation;
    const double k = paperFactor(layout.pageSizeMm());
    layout.marginsMm = QMarginsF(10 * k, 10 * k, 10 * k, 10 * k);
    const QRectF area = layout.printableRectMm();
    const double titleHeight = 12 * k, subtitleHeight = 7 * k;
    const QRectF title(area.left(), area.top(), area.width(), titleHeight);
    const QRectF subtitle(area.left(), title.bottom(), area.width(), subtitleHeight);
    const QRectF body(area.left(), subtitle.bottom() + 4 * k, area.width(),
                      area.bottom() - subtitle.bottom() - 4 * k);
    const bool overview = extras.contains(LayoutItemKind::Overview);
    const bool table = extras.contains(LayoutItemKind::StatisticsTable);
    const Arrangement places = orientation == PageOrientation::Landscape
                                   ? arrangeLandscape(body, k, overview, table)
                                   : arrangePortrait(body, k, overview, table);
    layout.items = {
        {LayoutItemKind::Map, places.map, true, {}},
        {LayoutItemKind::Title, title, true, tr("Jilin: one master, six pairs")},
        {LayoutItemKind::Subtitle, subtitle, true,
         tr("Industrial layout, Changchun's four plates, zones and corridors")},
        {LayoutItemKind::Legend, places.legend, true, {}},
        {LayoutItemKind::ScaleBar, places.scaleBar, true, {}},
        {LayoutItemKind::NorthArrow, places.arrow, true, {}},
        {LayoutItemKind::Sources, places.sources, true, {}},
        {LayoutItemKind::Date, places.date, true, {}},
    };
    if (overview)
        layout.items.push_back({LayoutItemKind::Overview, places.overview, true, {}});
    if (table)
        layout.items.push_back({LayoutItemKind::StatisticsTable, places.table, true, {}});
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
    return arranged(tr(wallMapName), PaperSize::A3, PageOrientation::Landscape, {},
                    {LayoutItemKind::Overview});
}

PrintLayout PrintLayout::reportPage()
{
    return arranged(tr(reportPageName), PaperSize::A4, PageOrientation::Portrait, {},
                    {LayoutItemKind::StatisticsTable});
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
    PrintLayout turned = *this;
    turned.paper = newPaper;
    turned.orientation = newOrientation;
    return turned.rearranged({});
}

PrintLayout PrintLayout::rearranged(const QVector<LayoutItemKind> &extras) const
{
    QVector<LayoutItemKind> wanted = extras;
    for (LayoutItemKind kind : {LayoutItemKind::Overview, LayoutItemKind::StatisticsTable}) {
        if (item(kind) && !wanted.contains(kind))
            wanted.push_back(kind);
    }
    PrintLayout result = arranged(name, paper, orientation, customSizeMm, wanted);
    result.map = map;
    for (LayoutItem &placed : result.items) {
        if (const LayoutItem *old = item(placed.kind)) {
            const QRectF rect = placed.rectMm;
            placed = *old;
            placed.rectMm = rect;
        }
    }
    return result;
}

} // namespace core
