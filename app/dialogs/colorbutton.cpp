#include "colorbutton.h"

#include <QColorDialog>
#include <QPainter>

namespace app {

ColorButton::ColorButton(QWidget *parent)
    : QToolButton(parent)
{
    setIconSize(QSize(40, 16));
    connect(this, &QToolButton::clicked, this, &ColorButton::chooseColor);
}

void ColorButton::setColor(const QColor &color)
{
    mColor = color;
    QPixmap pixmap(iconSize());
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    // A checker shows through a transparent colour.
    painter.fillRect(QRect(0, 0, pixmap.width() / 2, pixmap.height() / 2), Qt::lightGray);
    painter.fillRect(
        QRect(pixmap.width() / 2, pixmap.height() / 2, pixmap.width(), pixmap.height()),
        Qt::lightGray);
    painter.fillRect(pixmap.rect(), color);
    painter.setPen(Qt::darkGray);
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    setIcon(QIcon(pixmap));
    setToolTip(color.name(QColor::HexArgb));
    emit colorChanged(color);
}

void ColorButton::chooseColor()
{
    const QColor chosen =
        QColorDialog::getColor(mColor, this, QString(), QColorDialog::ShowAlphaChannel);
    if (chosen.isValid())
        setColor(chosen);
}

} // namespace app
