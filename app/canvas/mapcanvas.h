#pragma once

#include "geometry/geometry.h"
#include "render/labelengine.h"
#include "render/mapsettings.h"
#include "viewhistory.h"

#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace core {
class PlanProject;
}
namespace gis {
class MapRenderJob;
}

namespace app {

class MapOverlay;
class MapTool;

// Shows the project's map. Frames are rendered by MapRenderJob on worker threads; while a new
// frame renders, the last finished one is drawn shifted and scaled to the current view, so
// panning and zooming never wait for data.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    static constexpr int refreshDelayMs = 20; // after the last input, before rendering

    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    void setProject(core::PlanProject *project);
    void setExtent(const gis::Box &extent);
    gis::Box extent() const { return mExtent; }
    gis::Box visibleExtent() const;
    double scaleDenominator() const { return mScaleDenominator; }
    double metresPerPixel() const { return mMetresPerPixel; }
    double northAngle() const { return mNorthAngle; }

    void zoomBy(double factor, const QPointF &fixedPixel);
    void zoomToFull();
    void zoomToScale(double denominator);
    void zoomToLonLat(const gis::Box &lonLatExtent);
    void zoomToLayer(const QString &layerId);
    // Shows `box` (map CRS) with a margin; a point or tiny box is shown at a street scale.
    void zoomToBox(const gis::Box &box);
    // Switches the map CRS, keeping the centre and the scale of the view.
    void setCrs(const gis::Crs &crs);
    bool canGoBack() const { return mHistory.canGoBack(); }
    bool canGoForward() const { return mHistory.canGoForward(); }
    void goBack();
    void goForward();
    // Geometries (map CRS) drawn highlighted over the map, such as the identified features.
    void setHighlight(std::vector<gis::Geometry> geometries);
    double unitsPerPixel() const;
    bool isRendering() const;
    QImage frame() const { return mFrame; }
    // The map tool that sees the pointer first (null: panning only); the canvas does not own it.
    void setMapTool(MapTool *tool);
    MapTool *mapTool() const;
    // Drawn over every frame until the overlay is destroyed; the canvas does not own it.
    void addOverlay(MapOverlay *overlay);
    gis::Point toMap(const QPointF &pixel) const;
    QPointF toPixel(const gis::Point &mapPoint) const;
    const std::vector<gis::PlacedLabel> &frameLabels() const { return mFrameLabels; }

public slots:
    void refresh();

signals:
    void cursorMoved(const gis::Point &mapPoint);
    void clicked(const gis::Point &mapPoint, Qt::KeyboardModifiers modifiers);
    void extentChanged();
    void frameRendered();
    void renderErrors(const QStringList &errors);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void startRender();
    void onRenderFinished();
    gis::MapSettings currentSettings() const;
    QRectF frameTargetRect() const;
    void showExtent(const gis::Box &extent, bool record);
    void drawHighlight(QPainter &painter) const;
    void updateViewMetrics();
    double dpi() const;

    QPointer<core::PlanProject> mProject;
    gis::Box mExtent;
    std::unique_ptr<gis::MapRenderJob> mJob;
    QImage mFrame;
    gis::Box mFrameExtent; // visible extent the frame was rendered for
    std::vector<gis::PlacedLabel> mFrameLabels;
    QTimer mRefreshTimer;
    QPoint mDragStart;
    bool mDragging = false;
    Qt::MouseButton mPanButton = Qt::NoButton;
    gis::Box mDragStartExtent;
    ViewHistory mHistory;
    std::vector<gis::Geometry> mHighlight;
    double mScaleDenominator = 0.0;
    double mMetresPerPixel = 0.0;
    double mNorthAngle = 0.0;
    QPointer<MapTool> mTool;
    std::vector<QPointer<MapOverlay>> mOverlays;
};

} // namespace app
