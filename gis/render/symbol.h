#pragma once

#include <QColor>
#include <QString>

namespace gis {

enum class MarkerShape { Circle, Square, Triangle, Star, Diamond };

// How a layer's features are drawn. Widths and sizes are in millimetres so that a map keeps
// its look between screen and print.
struct Symbol
{
    QColor fillColor{0xa6, 0xce, 0xe3};
    QColor strokeColor{0x1f, 0x4e, 0x79};
    double strokeWidthMm = 0.26;
    Qt::PenStyle strokeStyle = Qt::SolidLine;
    MarkerShape marker = MarkerShape::Circle;
    double markerSizeMm = 2.0;
    QString markerSvg; // an SVG icon (":/planmap/markers/city.svg" or a file) drawn instead of the
                       // shape
    double opacity = 1.0;
};

struct LabelSettings
{
    bool enabled = false;
    QString field;
    QString fontFamily = QStringLiteral("Noto Sans CJK SC");
    double sizePt = 9.0;
    bool bold = false;
    QColor color{0x20, 0x20, 0x20};
    QColor haloColor{255, 255, 255, 230};
    double haloMm = 0.5;
    int priority = 0; // higher wins a contested place
    // A figure the application joins to the features (by key, in a period; an empty period
    // means the latest), written after the field's text ("¥342.7 bn"). The engine draws the
    // texts it is given (VectorLayer::setLabelValues) and knows nothing of where they come from.
    QString valueKey;
    QString valuePeriod;
};

} // namespace gis
