#pragma once

#include "crs/crs.h"
#include "geometry/geometry.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace core {

enum class PaperSize { A4, A3, A2, A1, A0, Custom };
enum class PageOrientation { Portrait, Landscape };

// What a layout item shows; the renderer draws each kind its own way.
enum class LayoutItemKind {
    Map,
    Title,
    Subtitle,
    Legend,
    ScaleBar,
    NorthArrow,
    Sources,
    Date,
    Overview,        // a small map of the whole plan area with the main frame's extent drawn on it
    StatisticsTable, // figures of the features in the main frame, or of one chosen layer
};

// Which features a statistics table lists.
enum class TableSource {
    FeaturesInView, // those of its layer the main frame shows
    Layer,          // every feature of its layer
};

// One item on the page: where it sits (millimetres from the page's top left), whether it is
// drawn, and its text where it has one (title, subtitle; for sources and date, an empty text
// means the one computed from the project and the day). A statistics table also says which
// layer (empty: the one with the most figures in view), indicators (empty: a few the features
// have), features and, for an atlas page, the one feature it is about.
struct LayoutItem
{
    LayoutItem() = default;
    LayoutItem(LayoutItemKind kind, QRectF rectMm, bool visible = true, QString text = {})
        : kind(kind)
        , rectMm(rectMm)
        , visible(visible)
        , text(std::move(text))
    {
    }

    LayoutItemKind kind = LayoutItemKind::Title;
    QRectF rectMm;
    bool visible = true;
    QString text;
    QString layerId;
    QStringList indicators;
    TableSource source = TableSource::FeaturesInView;
    QString featureKey; // one feature only, its figures as rows

    friend bool operator==(const LayoutItem &, const LayoutItem &) = default;
};

// What the map frame shows: an extent and CRS of its own, or the canvas's view when unset;
// a fixed scale (1:N) keeps the extent's centre and zooms to it.
struct MapFrameSettings
{
    std::optional<gis::Box> extent;
    std::optional<gis::Crs> crs;
    std::optional<double> scaleDenominator;

    friend bool operator==(const MapFrameSettings &a, const MapFrameSettings &b);
};

// A print layout as a value: paper, orientation, margins and the items placed on the page.
// The same value feeds the exporters now and the layout editor, printing and atlas later.
class PrintLayout
{
    Q_DECLARE_TR_FUNCTIONS(PrintLayout)
public:
    // The two layouts every project offers.
    static PrintLayout wallMap();    // "A3 landscape wall map"
    static PrintLayout reportPage(); // "A4 portrait report page"
    static QVector<PrintLayout> presets();
    // The preset of that name, in the interface language or in English.
    static std::optional<PrintLayout> preset(const QString &name);

    // Items placed in the standard arrangement for a page: title and subtitle on top, the map
    // beside (landscape) or above (portrait) a column with legend, scale bar, north arrow,
    // sources and date.
    // `extras` may add the overview map (top of the side column in landscape, of the stack
    // beside the legend in portrait) and the statistics table (across the foot of the map).
    static PrintLayout arranged(const QString &name, PaperSize paper, PageOrientation orientation,
                                QSizeF customSizeMm = {},
                                const QVector<LayoutItemKind> &extras = {});

    static QSizeF paperSizeMm(PaperSize paper);                         // portrait: width < height
    static std::optional<PaperSize> paperFromName(const QString &name); // "A3"
    static QString paperName(PaperSize paper);
    // What the interface calls an item of that kind ("Legend", "Overview map").
    static QString itemTitle(LayoutItemKind kind);

    QString name;
    PaperSize paper = PaperSize::A4;
    QSizeF customSizeMm; // Custom paper, portrait
    PageOrientation orientation = PageOrientation::Portrait;
    QMarginsF marginsMm{10, 10, 10, 10};
    MapFrameSettings map;
    QVector<LayoutItem> items;

    QSizeF pageSizeMm() const; // oriented
    QRectF printableRectMm() const { return QRectF(QPointF(), pageSizeMm()) - marginsMm; }
    const LayoutItem *item(LayoutItemKind kind) const; // nullptr when the layout has none
    LayoutItem *item(LayoutItemKind kind);
    // The same layout on another page: items keep their place relative to the printable area.
    PrintLayout onPage(PaperSize paper, PageOrientation orientation,
                       QSizeF customSizeMm = {}) const;
    // The same layout on another page; turning the page arranges the items anew (keeping
    // their texts, whether they show, and the map frame's settings).
    PrintLayout withPage(PaperSize paper, PageOrientation orientation) const;
    // The standard arrangement of this page with `extras` added to the optional items it has,
    // keeping every item's text, visibility and settings and the map frame's settings.
    PrintLayout rearranged(const QVector<LayoutItemKind> &extras) const;

    friend bool operator==(const PrintLayout &, const PrintLayout &) = default;
};

} // namespace core
