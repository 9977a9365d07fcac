#pragma once

#include "data/geopackagewriter.h"
#include "data/vectordataset.h"

#include <QtTest>

#include <memory>

namespace testing {

// A square zone of `side` degrees with its lower left corner at (x, y), counter-clockwise.
inline gis::Polygon squareZone(double x, double y, double side)
{
    gis::Polygon polygon;
    polygon.outer() = {{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}, {x, y}};
    return polygon;
}

// Writes polygons as layer "zones" (WGS 84, a text field "name": "zone 0", "zone 1"…) into a
// new GeoPackage, the writable file editing tests work on (never the bundled dataset).
inline bool writeZones(const QString &path, const std::vector<gis::Polygon> &polygons)
{
    gis::FeatureCollection zones;
    zones.name = QStringLiteral("zones");
    zones.crs = gis::Crs::wgs84();
    zones.kind = gis::GeometryKind::Polygon;
    zones.fields = {{QStringLiteral("name"), QMetaType::QString}};
    for (std::size_t i = 0; i < polygons.size(); ++i)
        zones.features.push_back(
            {qint64(i), {QStringLiteral("zone %1").arg(i)}, gis::MultiPolygon{polygons[i]}});
    gis::GeoPackageWriter writer(path);
    QString error;
    const bool written =
        writer.open(&error) && writer.writeLayer(zones, &error) && writer.commit(&error);
    if (!written)
        qWarning("%s", qPrintable(error));
    return written;
}

// Layer "zones" of a GeoPackage as it is on disk now.
inline gis::FeatureCollection readZones(const QString &path)
{
    QString error;
    const auto dataset = gis::VectorDataset::open(path, &error);
    auto collection = dataset ? dataset->readLayer(QStringLiteral("zones"), &error) : std::nullopt;
    if (!collection)
        qFatal("%s", qPrintable(error));
    return std::move(*collection);
}

// The zones as a project layer that saves its edits back into `path`.
inline std::shared_ptr<gis::VectorLayer> zonesLayer(const QString &path)
{
    auto layer = std::make_shared<gis::VectorLayer>(
        QStringLiteral("zones"), std::make_shared<gis::FeatureCollection>(readZones(path)));
    layer->setSource({path, QStringLiteral("zones")});
    return layer;
}

} // namespace testing
