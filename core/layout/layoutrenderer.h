#pragma once

#include "layoutcontent.h"
#include "printlayout.h"
#include "scalebar.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPolygonF>

#include <functional>

#include <atomic>

class QPainter;
class QPainterPath;

namespace core {

// Paints a layout page onto any QPainter: a PDF or SVG generator, an image, later a printer
// and the layout editor's preview. The painter works in device pixels at `dpi` with the page's
// top left at the origin; every item is placed from its millimetres. The map frame goes
// through gis::MapRenderer at the same dpi, and labels are placed in proportion to the dpi,
// so every output shows them in the same places. Texts are drawn as text, so a PDF keeps them
// selectable with their fonts embedded.
class LayoutRenderer
{
    Q_DECLARE_TR_FUNCTIONS(LayoutRenderer)
public:
    LayoutRenderer(PrintLayout layout, LayoutContent content);

    // Returns the problems of the map frame (a layer that could not be drawn).
    QStringList render(QPainter &painter, double dpi) const;
    // The same, stopping the map's drawing as soon as `cancel` is set.
    QStringList render(QPainter &painter, double dpi, const std::atomic_bool &cancel) const;

    // Geometry detail the map frame may give up, in mm on paper (export quality).
    void setSimplifyMm(double mm) { mSimplifyMm = mm; }
    double simplifyMm() const { return mSimplifyMm; }
    // Drawing for a vector device (PDF, SVG, printer): shapes are cut to the frames first, so
    // a file keeps only what its page shows.
    void setVectorOutput(bool vector) { mVectorOutput = vector; }

    // The map frame's settings on a device of `dpi`: its size in pixels, and the extent grown
    // to the frame's shape (or set by the layout's fixed scale).
    gis::MapSettings frameSettings(double dpi) const;
    // The frame's true scale (1:N) at its centre, whatever the device.
    std::optional<double> scaleDenominator() const;
    ScaleBar scaleBar() const;
    // Direction of true north at the frame's centre, degrees clockwise from the page's up.
    double northAngle() const;
    // The legend blocks of the layers the frame draws at its scale, top first.
    std::vector<const LegendBlock *> shownLegend() const;

    // The overview map's settings on a device of `dpi`, and the main frame's outline on it in
    // the overview's pixels (from the overview item's top left).
    gis::MapSettings overviewSettings(double dpi) const;
    QPolygonF overviewFrameOutline(double dpi) const;
    static QColor overviewFrameColor() { return QColor(0xe0, 0x10, 0x10); }
    // The halo around a highlighted feature: orange, half transparent, so the boundary under it
    // still shows.
    static QColor highlightColor() { return QColor(0xe6, 0x9f, 0x00, 0xb0); }
    // The highlighted feature's rings in the frame's pixels at `dpi`.
    QPainterPath highlightPath(double dpi) const;

    const PrintLayout &layout() const { return mLayout; }
    const LayoutContent &content() const { return mContent; }

private:
    struct Device;
    // A map item's settings on a device: its size in pixels at `dpi`, and the export's
    // simplification and clipping.
    gis::MapSettings onDevice(gis::MapSettings settings, LayoutItemKind kind, QSizeF fallbackMm,
                              double dpi) const;
    void drawMap(QPainter &painter, const Device &device, const QRectF &rectMm,
                 const std::atomic_bool &cancel, QStringList &problems) const;
    // A map in a frame at `topLeft` (device pixels) with a thin border; `over` draws on the
    // map, in the frame's pixels, before the border.
    void drawFrame(QPainter &painter, const Device &device, const gis::MapSettings &settings,
                   QPointF topLeft, const std::atomic_bool &cancel, QStringList &problems,
                   const std::function<void(QPainter &)> &over) const;
    void drawOverview(QPainter &painter, const Device &device, const QRectF &rectMm,
                      const std::atomic_bool &cancel, QStringList &problems) const;
    void drawText(QPainter &painter, const Device &device, const QRectF &rectMm,
                  const QString &text, double pointSize, bool bold, int flags) const;
    void drawLegend(QPainter &painter, const Device &device, const QRectF &rectMm) const;
    void drawScaleBar(QPainter &painter, const Device &device, const QRectF &rectMm) const;
    void drawNorthArrow(QPainter &painter, const Device &device, const QRectF &rectMm) const;
    QString dateText(const LayoutItem &item) const;
    double textScale() const; // text grows with the paper: 1 on A4

    PrintLayout mLayout;
    LayoutContent mContent;
    double mSimplifyMm = 0.0;
    bool mVectorOutput = false;
};

} // namespace core
