#pragma once

#include "canvasview.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace app {

class CrsSelector;
class LayoutDocument;

// What the map frame shows: the map canvas's view at the time of export ("follow the map
// canvas"), or a fixed extent and CRS taken from the canvas; optionally at a fixed scale 1:N,
// and in a CRS of its own.
class MapFramePanel : public QGroupBox
{
    Q_OBJECT
public:
    MapFramePanel(LayoutDocument *document, CanvasViewSource canvasView, QWidget *parent = nullptr);

    QRadioButton *followButton() const { return mFollow; }
    QRadioButton *fixedButton() const { return mFixed; }
    QPushButton *fromCanvasButton() const { return mFromCanvas; }
    QCheckBox *fixedScaleBox() const { return mFixedScale; }
    QSpinBox *scaleBox() const { return mScale; }
    CrsSelector *crsBox() const { return mCrs; }

    void setFromCanvas();
    // The frame in another CRS: a fixed extent is carried over into it (PROJ), so the frame
    // shows the same place.
    void setCrs(const gis::Crs &crs);

private:
    void refresh();
    void followChosen(bool follow);
    void scaleEdited();
    QString extentText() const;

    LayoutDocument *mDocument;
    CanvasViewSource mCanvasView;
    QRadioButton *mFollow;
    QRadioButton *mFixed;
    QPushButton *mFromCanvas;
    QLabel *mExtent;
    QCheckBox *mFixedScale;
    QSpinBox *mScale;
    CrsSelector *mCrs;
};

} // namespace app
