#pragma once

#include "layout/printlayout.h"

#include <QGroupBox>

#include <functional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace app {

class LayoutDocument;

// Where the selected item sits (x, y, width, height in millimetres from the page's top left)
// and, for the items that print a text, that text.
class ItemPropertiesPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ItemPropertiesPanel(LayoutDocument *document, QWidget *parent = nullptr);

    QDoubleSpinBox *xBox() const { return mX; }
    QDoubleSpinBox *yBox() const { return mY; }
    QDoubleSpinBox *widthBox() const { return mWidth; }
    QDoubleSpinBox *heightBox() const { return mHeight; }
    QLineEdit *textEdit() const { return mText; }

    // Items whose text the user may write (an empty sources or date text is computed).
    static bool hasText(core::LayoutItemKind kind);

private:
    QDoubleSpinBox *millimetreBox();
    void refresh();
    void rectEdited(double value, const std::function<void(QRectF &)> &change,
                    double (QRectF::*shown)() const);

    LayoutDocument *mDocument;
    QDoubleSpinBox *mX;
    QDoubleSpinBox *mY;
    QDoubleSpinBox *mWidth;
    QDoubleSpinBox *mHeight;
    QLabel *mTextLabel;
    QLineEdit *mText;
};

} // namespace app
