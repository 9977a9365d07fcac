#pragma once

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;

namespace app {

class LayoutDocument;

// The page of the edited layout: paper (A4–A0 or a custom size), orientation and margins.
// Each change is one undoable step; a new paper or orientation moves the items with it.
class PagePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit PagePanel(LayoutDocument *document, QWidget *parent = nullptr);

    QComboBox *paperBox() const { return mPaper; }
    QComboBox *orientationBox() const { return mOrientation; }
    QDoubleSpinBox *widthBox() const { return mWidth; } // of the oriented page; custom paper only

private:
    QDoubleSpinBox *millimetreBox(double minimum, double maximum);
    void refresh();
    void pageEdited();
    void marginsEdited();

    LayoutDocument *mDocument;
    QComboBox *mPaper;
    QDoubleSpinBox *mWidth;
    QDoubleSpinBox *mHeight;
    QComboBox *mOrientation;
    QDoubleSpinBox *mTop;
    QDoubleSpinBox *mRight;
    QDoubleSpinBox *mBottom;
    QDoubleSpinBox *mLeft;
};

} // namespace app
