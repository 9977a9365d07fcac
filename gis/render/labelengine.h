#pragma once

#include "symbol.h"

#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace gis {

enum class LabelPlacement { Centered, AroundPoint };

struct LabelCandidate
{
    QString text;
    QPointF anchor;
    LabelPlacement placement = LabelPlacement::Centered;
    double clearancePx = 0.0; // marker radius for AroundPoint
    LabelSettings settings;
    int order = 0; // ties in priority keep drawing order: lower layers yield
};

struct PlacedLabel
{
    QString text;
    QRectF box;
    QPointF baseline;
    LabelSettings settings;
};

// Places labels so that none overlaps another: by priority, then by layer order, each label
// tries its candidate positions and takes the first free one (checked in an R-tree of the
// boxes already taken). Every size is proportional to the dpi, so a view exported at another
// dpi (same extent and physical size) places the same labels at the same map positions as the
// screen does.
class LabelEngine
{
public:
    LabelEngine(double dpi, const QRectF &bounds);

    void add(LabelCandidate candidate);
    std::vector<PlacedLabel> place() const;
    static void draw(QPainter &painter, const std::vector<PlacedLabel> &labels, double dpi);

private:
    double mDpi;
    QRectF mBounds;
    std::vector<LabelCandidate> mCandidates;
};

} // namespace gis
