#include "bundledlayers.h"

#include <QCoreApplication>

namespace core {

namespace {

gis::Symbol area(QColor fill, QColor stroke, double widthMm, Qt::PenStyle style = Qt::SolidLine)
{
    gis::Symbol symbol;
    symbol.fillColor = fill;
    symbol.strokeColor = stroke;
    symbol.strokeWidthMm = widthMm;
    symbol.strokeStyle = style;
    return symbol;
}

gis::Symbol line(QColor stroke, double widthMm, Qt::PenStyle style)
{
    return area(Qt::transparent, stroke, widthMm, style);
}

gis::Symbol marker(QColor fill, gis::MarkerShape shape, double sizeMm)
{
    gis::Symbol symbol = area(fill, Qt::white, 0.3);
    symbol.marker = shape;
    symbol.markerSizeMm = sizeMm;
    return symbol;
}

gis::LabelSettings labels(double sizePt, int priority, QColor color = QColor(0x20, 0x20, 0x20),
                          bool bold = false, const QString &field = QStringLiteral("name_zh"))
{
    gis::LabelSettings settings;
    settings.enabled = true;
    settings.field = field;
    settings.sizePt = sizePt;
    settings.priority = priority;
    settings.color = color;
    settings.bold = bold;
    return settings;
}

QVector<BundledLayerStyle> makeStyles()
{
    return {
        {QStringLiteral("countries"), QStringLiteral("base"),
         QT_TRANSLATE_NOOP("BundledLayers", "Countries"),
         area(QColor(0xf1, 0xee, 0xe6), QColor(0xa8, 0x9f, 0x91), 0.25),
         labels(10, 1, QColor(0x6e, 0x65, 0x5a))},
        {QStringLiteral("neighbours"), QStringLiteral("base"),
         QT_TRANSLATE_NOOP("BundledLayers", "Neighbouring prefectures"),
         area(QColor(0xe9, 0xe5, 0xdc), QColor(0xb9, 0xb0, 0xa2), 0.2),
         labels(7.5, 2, QColor(0x80, 0x78, 0x6c))},
        {QStringLiteral("counties"), QStringLiteral("administrative"),
         QT_TRANSLATE_NOOP("BundledLayers", "Counties of Jilin"),
         area(QColor(0xfd, 0xfa, 0xf0), QColor(0xa3, 0x96, 0x80), 0.2),
         labels(7, 3, QColor(0x5a, 0x50, 0x44))},
        {QStringLiteral("prefectures"), QStringLiteral("administrative"),
         QT_TRANSLATE_NOOP("BundledLayers", "Prefectures of Jilin"),
         area(Qt::transparent, QColor(0x6c, 0x4f, 0x8c), 0.6),
         labels(9.5, 6, QColor(0x4a, 0x32, 0x66), true)},
        {QStringLiteral("layout_areas"), QStringLiteral("layout"),
         QT_TRANSLATE_NOOP("BundledLayers", "Layout areas (one master, two wings)"),
         area(QColor(0xe6, 0x7e, 0x22, 38), QColor(0xd3, 0x54, 0x00), 0.7, Qt::DashLine),
         labels(8, 4, QColor(0xa0, 0x40, 0x00)), false},
        {QStringLiteral("layout_lines"), QStringLiteral("layout"),
         QT_TRANSLATE_NOOP("BundledLayers", "Rings, axes and rays"),
         line(QColor(0xc0, 0x39, 0x2b), 0.45, Qt::DashDotLine),
         labels(7.5, 4, QColor(0xa9, 0x32, 0x26))},
        {QStringLiteral("plates"), QStringLiteral("plates_zones"),
         QT_TRANSLATE_NOOP("BundledLayers", "Changchun's four plates"),
         area(QColor(0x2e, 0x86, 0xc1, 110), QColor(0x1b, 0x4f, 0x72), 0.5),
         labels(8.5, 8, QColor(0x15, 0x3e, 0x5c), true)},
        {QStringLiteral("zones"), QStringLiteral("plates_zones"),
         QT_TRANSLATE_NOOP("BundledLayers", "Zones and parks"),
         area(QColor(0x27, 0xae, 0x60, 140), QColor(0x19, 0x6f, 0x3d), 0.4),
         labels(7.5, 7, QColor(0x14, 0x5a, 0x32))},
        {QStringLiteral("corridors"), QStringLiteral("corridors"),
         QT_TRANSLATE_NOOP("BundledLayers", "Freight corridors"),
         line(QColor(0x8e, 0x44, 0xad), 0.7, Qt::DashLine),
         labels(7.5, 5, QColor(0x6c, 0x34, 0x83))},
        {QStringLiteral("cities"), QStringLiteral("corridors"),
         QT_TRANSLATE_NOOP("BundledLayers", "Cities"),
         marker(QColor(0xc0, 0x39, 0x2b), gis::MarkerShape::Circle, 2.2),
         labels(8.5, 10, QColor(0x1a, 0x1a, 0x1a), true)},
    };
}

} // namespace

const QVector<BundledLayerStyle> &bundledLayerStyles()
{
    static const QVector<BundledLayerStyle> styles = makeStyles();
    return styles;
}

QVector<LayerGroup> bundledLayerGroups()
{
    const struct
    {
        const char *id;
        const char *title;
    } order[] = {
        {"corridors", QT_TRANSLATE_NOOP("BundledLayers", "Corridors and cities")},
        {"plates_zones", QT_TRANSLATE_NOOP("BundledLayers", "Plates and zones")},
        {"layout", QT_TRANSLATE_NOOP("BundledLayers", "Layout: one master, six pairs")},
        {"administrative", QT_TRANSLATE_NOOP("BundledLayers", "Administrative units")},
        {"base", QT_TRANSLATE_NOOP("BundledLayers", "Base map")},
    };
    QVector<LayerGroup> groups;
    for (const auto &entry : order) {
        LayerGroup group{QString::fromLatin1(entry.id),
                         QCoreApplication::translate("BundledLayers", entry.title),
                         {}};
        const auto &styles = bundledLayerStyles();
        for (auto it = styles.rbegin(); it != styles.rend(); ++it) {
            if (it->groupId == group.id)
                group.layerIds.push_back(it->layerName);
        }
        groups.push_back(group);
    }
    return groups;
}

QStringList bundledLayerNames()
{
    QStringList names;
    for (const BundledLayerStyle &style : bundledLayerStyles())
        names.push_back(style.layerName);
    names.push_back(QStringLiteral("statistics"));
    return names;
}

} // namespace core
