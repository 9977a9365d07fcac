#pragma once

#include <QColor>
#include <QToolButton>

namespace app {

// A button showing a colour; a click opens a colour dialog (with transparency) to change it.
class ColorButton : public QToolButton
{
    Q_OBJECT
public:
    explicit ColorButton(QWidget *parent = nullptr);

    QColor color() const { return mColor; }
    void setColor(const QColor &color);

signals:
    void colorChanged(const QColor &color);

private:
    void chooseColor();

    QColor mColor;
};

} // namespace app
