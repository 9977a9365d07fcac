#pragma once

#include "editing/neighbourfit.h"

#include <QFrame>

#include <functional>

class QLabel;
class QPainter;
class QPushButton;

namespace gis {
class GeodesicMeasurer;
}

namespace app {

// Shows, before anything is committed, what fitting a new or reshaped zone to its neighbours
// would do: on the map the zone as it would be, the overlaps the clip takes off and the area
// handed to neighbours, each drawn differently; beside it a small panel that says so in words
// (several parts left are named, never made silently) and lets the planner choose. Not modal:
// the map can still be panned and zoomed to look.
class NeighbourFitPreview : public QFrame
{
    Q_OBJECT
public:
    enum class Choice { Fit, Keep, Cancel };
    using ToPixel = std::function<QPointF(const gis::Point &layerPoint)>;

    // `measurer` (the layer's CRS) gives the areas in the text.
    NeighbourFitPreview(core::NeighbourFit fit, const gis::GeodesicMeasurer &measurer,
                        QWidget *canvas);

    const core::NeighbourFit &fit() const { return mFit; }
    QString text() const;
    bool canFit() const { return !mFit.fitted.empty(); }
    // The canvas's keys while it is shown: C or Enter fits, K keeps, Esc cancels.
    bool keyPress(int key);
    void paintOnMap(QPainter &painter, const ToPixel &toPixel) const;

signals:
    void chosen(NeighbourFitPreview::Choice choice);

private:
    QString describe(const gis::GeodesicMeasurer &measurer) const;

    core::NeighbourFit mFit;
    QLabel *mText;
    QPushButton *mFitButton;
};

} // namespace app
