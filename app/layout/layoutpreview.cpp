#include "layoutpreview.h"

#include "itemgeometry.h"
#include "layoutdocument.h"
#include "layoutsnapper.h"
#include "previewrenderer.h"

#include "layout/layoutrenderer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace app {

namespace {

constexpr double paddingPx = 16;
constexpr double snapDistancePx = 6;
constexpr double maximumZoom = 8;
// Renders stop growing here however far one zooms in: memory, and time per render.
constexpr double maximumImageSide = 6000;
// Long enough to let a zoom or a run of nudges settle, short enough to feel live.
constexpr int renderDelayMs = 120;

const QColor selectionColor(0x1f, 0x6f, 0xd0);

} // namespace

LayoutPreview::LayoutPreview(LayoutDocument *document, ContentSource contentSource, QWidget *parent)
    : QWidget(parent)
    , mDocument(document)
    , mContentSource(std::move(contentSource))
    , mRenderer(new PreviewRenderer(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(240, 240);
    mRenderTimer.setSingleShot(true);
    mRenderTimer.setInterval(renderDelayMs);
    connect(&mRenderTimer, &QTimer::timeout, this, &LayoutPreview::render);
    connect(mRenderer, &PreviewRenderer::rendered, this, &LayoutPreview::showRendered);
    connect(mDocument, &LayoutDocument::changed, this, [this] {
        update();
        if (mDrag == Drag::None)
            scheduleRender();
    });
    connect(mDocument, &LayoutDocument::selectionChanged, this, qOverload<>(&QWidget::update));
    scheduleRender();
}

PreviewTransform LayoutPreview::transform() const
{
    const QSizeF page = mDocument->layout().pageSizeMm();
    if (page.isEmpty())
        return {};
    const double fit = std::max(0.01, std::min((width() - 2 * paddingPx) / page.width(),
                                               (height() - 2 * paddingPx) / page.height()));
    const double scale = fit * mZoom;
    const QPointF origin =
        QPointF(width() / 2.0, height() / 2.0) - QPointF(page.width(), page.height()) * scale / 2;
    return {origin + mPan, scale};
}

void LayoutPreview::zoomIn()
{
    setZoom(mZoom * 1.25);
}

void LayoutPreview::zoomOut()
{
    setZoom(mZoom / 1.25);
}

void LayoutPreview::zoomToFit()
{
    mPan = {};
    setZoom(1);
}

void LayoutPreview::setZoom(double zoom)
{
    const double clamped = std::clamp(zoom, 1.0, maximumZoom);
    // Zooming keeps the point at the widget's centre where it is.
    mPan *= clamped / mZoom;
    mZoom = clamped;
    if (mZoom == 1)
        mPan = {};
    update();
    scheduleRender();
}

double LayoutPreview::renderDpi() const
{
    const QSizeF page = mDocument->layout().pageSizeMm();
    const double dpi = transform().pixelsPerMm() * 25.4 * devicePixelRatioF();
    const double largest = std::max(page.width(), page.height()) / 25.4;
    return largest > 0 ? std::min(dpi, maximumImageSide / largest) : dpi;
}

void LayoutPreview::scheduleRender()
{
    mRenderTimer.start();
}

void LayoutPreview::render()
{
    const core::PrintLayout &layout = mDocument->layout();
    if (layout.pageSizeMm().isEmpty())
        return;
    // The content is copied here, on the GUI thread; the renderer then needs no project.
    mRenderer->request(core::LayoutRenderer(layout, mContentSource(layout)), renderDpi());
}

void LayoutPreview::showRendered(const QImage &image, double dpi)
{
    mImage = image;
    mImageDpi = dpi;
    update();
    emit imageUpdated();
}

void LayoutPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleRender();
}

void LayoutPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xd4, 0xd7, 0xdc));
    paintPage(painter);
    paintItems(painter);
    paintSelection(painter);
}

void LayoutPreview::paintPage(QPainter &painter) const
{
    const core::PrintLayout &layout = mDocument->layout();
    const PreviewTransform view = transform();
    const QRectF page = view.toWidget(QRectF(QPointF(), layout.pageSizeMm()));
    painter.fillRect(page.translated(3, 3), QColor(0, 0, 0, 60));
    painter.fillRect(page, Qt::white);
    if (!mImage.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(page, mImage);
    }
    painter.setPen(QPen(QColor(0x9a, 0xa4, 0xb0), 0, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(view.toWidget(layout.printableRectMm()));
}

void LayoutPreview::paintItems(QPainter &painter) const
{
    const PreviewTransform view = transform();
    const QVector<core::LayoutItem> &items = mDocument->layout().items;
    for (const core::LayoutItem &item : items) {
        // Hidden items stay visible as faint dotted frames, so they can still be picked.
        painter.setPen(item.visible ? QPen(QColor(0x5a, 0x6a, 0x80, 150), 0, Qt::DashLine)
                                    : QPen(QColor(0x90, 0x90, 0x90, 150), 0, Qt::DotLine));
        painter.drawRect(view.toWidget(item.rectMm));
    }
}

void LayoutPreview::paintSelection(QPainter &painter) const
{
    const core::LayoutItem *item = mDocument->selectedItem();
    if (!item)
        return;
    const QRectF frame = transform().toWidget(item->rectMm);
    painter.setPen(QPen(selectionColor, 1.5));
    painter.drawRect(frame);
    painter.setBrush(Qt::white);
    painter.setPen(QPen(selectionColor, 1));
    for (const QRectF &square : ItemHandles::squares(frame))
        painter.drawRect(square);
    // The item's name on a tag above its frame, so one knows what is selected.
    const QString name = core::PrintLayout::itemTitle(item->kind);
    const QRectF text = painter.fontMetrics().boundingRect(name).adjusted(-4, -1, 4, 1);
    const QRectF tag(frame.left(), std::max(0.0, frame.top() - text.height() - 5), text.width(),
                     text.height());
    painter.fillRect(tag, selectionColor);
    painter.setPen(Qt::white);
    painter.drawText(tag, Qt::AlignCenter, name);
}

int LayoutPreview::itemAt(QPointF px) const
{
    const QPointF mm = transform().toMm(px);
    const QVector<core::LayoutItem> &items = mDocument->layout().items;
    // Visible items first, the last drawn (topmost) first; then the hidden ones.
    for (bool visible : {true, false}) {
        for (int i = int(items.size()) - 1; i >= 0; --i) {
            if (items[i].visible == visible && items[i].rectMm.contains(mm))
                return i;
        }
    }
    return -1;
}

void LayoutPreview::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    mPressPx = event->position();
    if (event->button() == Qt::MiddleButton) {
        mDrag = Drag::Pan;
        mPressPan = mPan;
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    const core::LayoutItem *selected = mDocument->selectedItem();
    mHandle = selected ? ItemHandles::at(transform().toWidget(selected->rectMm), mPressPx)
                       : ItemHandles::None;
    if (mHandle == ItemHandles::None)
        mDocument->select(itemAt(mPressPx));
    if (const core::LayoutItem *item = mDocument->selectedItem()) {
        mDrag = mHandle == ItemHandles::None ? Drag::Move : Drag::Resize;
        mPressRectMm = item->rectMm;
        ++mDragId;
    }
}

void LayoutPreview::mouseMoveEvent(QMouseEvent *event)
{
    if (mDrag == Drag::None)
        updateCursor(event->position());
    else
        dragTo(event->position());
}

void LayoutPreview::mouseReleaseEvent(QMouseEvent *event)
{
    if (mDrag == Drag::None)
        return;
    dragTo(event->position());
    mDrag = Drag::None;
    scheduleRender();
}

void LayoutPreview::dragTo(QPointF px)
{
    if (mDrag == Drag::Pan) {
        // The rendered image is the whole page: panning only moves it.
        mPan = mPressPan + (px - mPressPx);
        update();
        return;
    }
    const PreviewTransform view = transform();
    const QPointF deltaMm = (px - mPressPx) / view.pixelsPerMm();
    const QSizeF page = mDocument->layout().pageSizeMm();
    const QRectF rect =
        mDrag == Drag::Move
            ? ItemGeometry::movedOntoPage(snappedMove(mPressRectMm.translated(deltaMm)), page)
            : ItemGeometry::clippedToPage(
                  snappedResize(ItemHandles::resized(mPressRectMm, mHandle, deltaMm,
                                                     ItemGeometry::minimumSizeMm)),
                  page);
    mDocument->setItemRect(mDocument->selectedIndex(), rect, mDragId);
}

QRectF LayoutPreview::snappedMove(const QRectF &rectMm) const
{
    if (!mSnapping)
        return rectMm;
    return LayoutSnapper(mDocument->layout(), mDocument->selectedIndex())
        .snapMove(rectMm, transform().toMm(snapDistancePx));
}

QRectF LayoutPreview::snappedResize(const QRectF &rectMm) const
{
    if (!mSnapping)
        return rectMm;
    return LayoutSnapper(mDocument->layout(), mDocument->selectedIndex())
        .snapResize(rectMm, mHandle, transform().toMm(snapDistancePx));
}

void LayoutPreview::updateCursor(QPointF px)
{
    const core::LayoutItem *selected = mDocument->selectedItem();
    const ItemHandles::Handle handle =
        selected ? ItemHandles::at(transform().toWidget(selected->rectMm), px) : ItemHandles::None;
    if (handle != ItemHandles::None)
        setCursor(ItemHandles::cursor(handle));
    else if (itemAt(px) >= 0)
        setCursor(Qt::SizeAllCursor);
    else
        unsetCursor();
}

void LayoutPreview::keyPressEvent(QKeyEvent *event)
{
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 10 : 1;
    switch (event->key()) {
    case Qt::Key_Left:
        return nudge({-step, 0});
    case Qt::Key_Right:
        return nudge({step, 0});
    case Qt::Key_Up:
        return nudge({0, -step});
    case Qt::Key_Down:
        return nudge({0, step});
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return zoomIn();
    case Qt::Key_Minus:
        return zoomOut();
    default:
        QWidget::keyPressEvent(event);
    }
}

void LayoutPreview::nudge(QPointF deltaMm)
{
    if (const core::LayoutItem *item = mDocument->selectedItem())
        mDocument->setItemRect(mDocument->selectedIndex(), item->rectMm.translated(deltaMm));
}

void LayoutPreview::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(mZoom * std::pow(1.25, steps));
    } else if (mZoom > 1) {
        mPan += QPointF(event->angleDelta().x(), event->angleDelta().y()) / 3;
        update();
    }
    event->accept();
}

} // namespace app
