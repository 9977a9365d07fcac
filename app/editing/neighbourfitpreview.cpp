#include "neighbourfitpreview.h"

#include "geometry/geodesicmeasure.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace app {

namespace {

QString squareKilometres(const gis::GeodesicMeasurer &measurer, const gis::MultiPolygon &area)
{
    const auto size = measurer.measure(gis::Geometry{area});
    return QLocale().toString(size ? size->areaSquareMetres / 1e6 : 0.0, 'f', 3);
}

QPainterPath pathOf(const gis::MultiPolygon &polygons, const NeighbourFitPreview::ToPixel &toPixel)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const auto addRing = [&](const gis::Ring &ring) {
        QPolygonF pixels;
        for (const gis::Point &point : ring)
            pixels << toPixel(point);
        path.addPolygon(pixels);
        path.closeSubpath();
    };
    for (const gis::Polygon &polygon : polygons) {
        addRing(polygon.outer());
        for (const gis::Ring &inner : polygon.inners())
            addRing(inner);
    }
    return path;
}

} // namespace

NeighbourFitPreview::NeighbourFitPreview(core::NeighbourFit fit,
                                         const gis::GeodesicMeasurer &measurer, QWidget *canvas)
    : QFrame(canvas)
    , mFit(std::move(fit))
    , mText(new QLabel(this))
    , mFitButton(new QPushButton(tr("&Clip to neighbours"), this))
{
    setObjectName(QStringLiteral("NeighbourFitPreview"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    mText->setWordWrap(true);
    mText->setText(describe(measurer));
    auto *keep = new QPushButton(tr("&Keep as drawn"), this);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    mFitButton->setObjectName(QStringLiteral("ClipToNeighboursButton"));
    keep->setObjectName(QStringLiteral("KeepAsDrawnButton"));
    cancel->setObjectName(QStringLiteral("CancelDrawnButton"));
    mFitButton->setEnabled(canFit());
    for (QPushButton *button : {mFitButton, keep, cancel})
        button->setFocusPolicy(Qt::NoFocus); // the map keeps the keys
    connect(mFitButton, &QPushButton::clicked, this, [this] { emit chosen(Choice::Fit); });
    connect(keep, &QPushButton::clicked, this, [this] { emit chosen(Choice::Keep); });
    connect(cancel, &QPushButton::clicked, this, [this] { emit chosen(Choice::Cancel); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mFitButton);
    buttons->addWidget(keep);
    buttons->addWidget(cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mText);
    layout->addLayout(buttons);
    setMaximumWidth(460);
    adjustSize();
    move(12, 12);
    show();
}

QString NeighbourFitPreview::text() const
{
    return mText->text();
}

QString NeighbourFitPreview::describe(const gis::GeodesicMeasurer &measurer) const
{
    QStringList lines;
    if (!mFit.overlapped.empty())
        lines << tr("It overlaps %1 of its neighbours by %2 km² (hatched red).")
                     .arg(mFit.overlapped.size())
                     .arg(squareKilometres(measurer, mFit.removed));
    if (!mFit.neighbourChanges.empty())
        lines << tr("It gives up %1 km² along edges it shares (hatched blue); fitting hands that "
                    "area to the neighbours there, so no gap opens.")
                     .arg(squareKilometres(measurer, mFit.freed));
    if (mFit.fitted.empty())
        lines << tr("Nothing of it is left once clipped: its neighbours cover all of it.");
    else if (mFit.fitted.size() > 1)
        lines << tr("Clipped, it falls into %1 separate parts, kept as one zone of %2 km².")
                     .arg(mFit.fitted.size())
                     .arg(squareKilometres(measurer, mFit.fitted));
    else
        lines
            << tr("Clipped, it keeps %1 km² (green).").arg(squareKilometres(measurer, mFit.fitted));
    return lines.join(u'\n');
}

bool NeighbourFitPreview::keyPress(int key)
{
    switch (key) {
    case Qt::Key_C:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (canFit())
            emit chosen(Choice::Fit);
        return true;
    case Qt::Key_K:
        emit chosen(Choice::Keep);
        return true;
    case Qt::Key_Escape:
        emit chosen(Choice::Cancel);
        return true;
    default:
        return false;
    }
}

void NeighbourFitPreview::paintOnMap(QPainter &painter, const ToPixel &toPixel) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QColor green(0x2e, 0x9d, 0x4a), red(0xd0, 0x30, 0x30), blue(0x2f, 0x6f, 0xd0);
    painter.setPen(QPen(green, 2));
    painter.setBrush(QColor(green.red(), green.green(), green.blue(), 70));
    painter.drawPath(pathOf(mFit.fitted, toPixel));
    painter.setPen(QPen(red, 1.5, Qt::DashLine));
    painter.setBrush(QBrush(red, Qt::BDiagPattern));
    painter.drawPath(pathOf(mFit.removed, toPixel));
    painter.setPen(QPen(blue, 1.5, Qt::DashLine));
    painter.setBrush(QBrush(blue, Qt::FDiagPattern));
    painter.drawPath(pathOf(mFit.freed, toPixel));
    painter.restore();
}

} // namespace app
