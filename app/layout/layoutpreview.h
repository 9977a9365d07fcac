#pragma once

#include "itemhandles.h"
#include "previewtransform.h"

#include "layout/layoutcontent.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace app {

class LayoutDocument;
class PreviewRenderer;

// The editor's page: the layout rendered by core::LayoutRenderer off the GUI thread (so it is
// what an export gives), with the items' outlines and the selected item's resize handles on
// top. A click selects an item, a drag moves it, a handle resizes it, arrow keys nudge it by
// 1 mm (Shift: 10 mm); items snap to margins and to each other and stay on the page. While a
// drag goes on only the outlines follow the mouse; the page is rendered again once it ends.
class LayoutPreview : public QWidget
{
    Q_OBJECT
public:
    using ContentSource = std::function<core::LayoutContent(const core::PrintLayout &)>;

    LayoutPreview(LayoutDocument *document, ContentSource contentSource, QWidget *parent = nullptr);

    PreviewTransform transform() const;
    // The last page rendered (device pixels); null before the first render ends.
    const QImage &image() const { return mImage; }
    double imageDpi() const { return mImageDpi; } // the resolution image() was rendered at
    double zoom() const { return mZoom; }
    void setSnapping(bool snapping) { mSnapping = snapping; }
    bool snapping() const { return mSnapping; }
    QSize sizeHint() const override { return {640, 560}; }

    void zoomIn();
    void zoomOut();
    void zoomToFit();
    // Renders the page again (soon): what the layout shows of the project has changed.
    void refresh() { scheduleRender(); }

signals:
    void imageUpdated(); // a new render is shown

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    enum class Drag { None, Move, Resize, Pan };

    void scheduleRender();
    void render();
    void showRendered(const QImage &image, double dpi);
    void setZoom(double zoom);
    double renderDpi() const;
    int itemAt(QPointF px) const;
    void dragTo(QPointF px);
    QRectF snappedMove(const QRectF &rectMm) const;
    QRectF snappedResize(const QRectF &rectMm) const;
    void nudge(QPointF deltaMm);
    void updateCursor(QPointF px);
    void paintPage(QPainter &painter) const;
    void paintItems(QPainter &painter) const;
    void paintSelection(QPainter &painter) const;

    LayoutDocument *mDocument;
    ContentSource mContentSource;
    PreviewRenderer *mRenderer;
    QTimer mRenderTimer;
    QImage mImage;
    double mImageDpi = 0;
    double mZoom = 1; // times the zoom that fits the page
    QPointF mPan;     // pixels the page is moved from the centre
    bool mSnapping = true;
    Drag mDrag = Drag::None;
    ItemHandles::Handle mHandle = ItemHandles::None;
    QPointF mPressPx;
    QPointF mPressPan;
    QRectF mPressRectMm;
    int mDragId = 0;
};

} // namespace app
