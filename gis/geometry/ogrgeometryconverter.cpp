#include "ogrgeometryconverter.h"

#include <ogr_geometry.h>

namespace gis {

namespace {

template <typename Target> void appendPoints(const OGRSimpleCurve &curve, Target &target)
{
    target.reserve(target.size() + curve.getNumPoints());
    for (int i = 0; i < curve.getNumPoints(); ++i)
        target.emplace_back(curve.getX(i), curve.getY(i));
}

Polygon polygonFrom(const OGRPolygon &source)
{
    Polygon polygon;
    if (const OGRLinearRing *exterior = source.getExteriorRing())
        appendPoints(*exterior, polygon.outer());
    for (int i = 0; i < source.getNumInteriorRings(); ++i) {
        polygon.inners().emplace_back();
        appendPoints(*source.getInteriorRing(i), polygon.inners().back());
    }
    return polygon;
}

void collect(const OGRGeometry &source, MultiPoint &points, MultiLineString &lines,
             MultiPolygon &polygons)
{
    switch (wkbFlatten(source.getGeometryType())) {
    case wkbPoint: {
        const auto &point = *source.toPoint();
        if (!point.IsEmpty())
            points.emplace_back(point.getX(), point.getY());
        break;
    }
    case wkbLineString:
    case wkbLinearRing: {
        LineString line;
        appendPoints(*source.toSimpleCurve(), line);
        if (!line.empty())
            lines.push_back(std::move(line));
        break;
    }
    case wkbPolygon:
        if (!source.IsEmpty())
            polygons.push_back(polygonFrom(*source.toPolygon()));
        break;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry *part : *source.toGeometryCollection())
            collect(*part, points, lines, polygons);
        break;
    default:
        if (source.hasCurveGeometry()) {
            std::unique_ptr<OGRGeometry> linear(source.getLinearGeometry());
            if (linear)
                collect(*linear, points, lines, polygons);
        }
        break;
    }
}

OGRLinearRing ringFrom(const Ring &ring)
{
    OGRLinearRing target;
    target.setNumPoints(static_cast<int>(ring.size()), false);
    for (std::size_t i = 0; i < ring.size(); ++i)
        target.setPoint(static_cast<int>(i), ring[i].x(), ring[i].y());
    return target;
}

std::unique_ptr<OGRGeometry> toOgrPolygons(const MultiPolygon &source)
{
    auto target = std::make_unique<OGRMultiPolygon>();
    for (const Polygon &polygon : source) {
        OGRPolygon part;
        OGRLinearRing exterior = ringFrom(polygon.outer());
        part.addRing(&exterior);
        for (const Ring &inner : polygon.inners()) {
            OGRLinearRing hole = ringFrom(inner);
            part.addRing(&hole);
        }
        target->addGeometry(&part);
    }
    return target;
}

std::unique_ptr<OGRGeometry> toOgrLines(const MultiLineString &source)
{
    auto target = std::make_unique<OGRMultiLineString>();
    for (const LineString &line : source) {
        OGRLineString part;
        part.setNumPoints(static_cast<int>(line.size()), false);
        for (std::size_t i = 0; i < line.size(); ++i)
            part.setPoint(static_cast<int>(i), line[i].x(), line[i].y());
        target->addGeometry(&part);
    }
    return target;
}

std::unique_ptr<OGRGeometry> toOgrPoints(const MultiPoint &source)
{
    auto target = std::make_unique<OGRMultiPoint>();
    for (const Point &point : source) {
        OGRPoint part(point.x(), point.y());
        target->addGeometry(&part);
    }
    return target;
}

// The highest dimension present: collections keep only those parts, as fromOgr does.
GeometryKind leadingKind(const OGRGeometry &source)
{
    switch (wkbFlatten(source.getGeometryType())) {
    case wkbPoint:
        return source.IsEmpty() ? GeometryKind::None : GeometryKind::Point;
    case wkbLineString:
    case wkbLinearRing:
        return source.toSimpleCurve()->getNumPoints() > 0 ? GeometryKind::Line : GeometryKind::None;
    case wkbPolygon:
        return source.IsEmpty() ? GeometryKind::None : GeometryKind::Polygon;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
        GeometryKind kind = GeometryKind::None;
        for (const OGRGeometry *part : *source.toGeometryCollection())
            kind = std::max(kind, leadingKind(*part));
        return kind;
    }
    default:
        return GeometryKind::None;
    }
}

void appendCurve(GeometryStore &store, const OGRSimpleCurve &curve)
{
    store.beginRing();
    const int count = curve.getNumPoints();
    for (int i = 0; i < count; ++i)
        store.addVertex(curve.getX(i), curve.getY(i));
}

void appendParts(GeometryStore &store, const OGRGeometry &source, GeometryKind kind)
{
    switch (wkbFlatten(source.getGeometryType())) {
    case wkbPoint:
        if (kind == GeometryKind::Point && !source.IsEmpty()) {
            store.beginPart();
            store.beginRing();
            store.addVertex(source.toPoint()->getX(), source.toPoint()->getY());
        }
        break;
    case wkbLineString:
    case wkbLinearRing:
        if (kind == GeometryKind::Line && source.toSimpleCurve()->getNumPoints() > 0) {
            store.beginPart();
            appendCurve(store, *source.toSimpleCurve());
        }
        break;
    case wkbPolygon:
        if (kind == GeometryKind::Polygon && !source.IsEmpty()) {
            const OGRPolygon &polygon = *source.toPolygon();
            store.beginPart();
            if (const OGRLinearRing *exterior = polygon.getExteriorRing())
                appendCurve(store, *exterior);
            for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
                appendCurve(store, *polygon.getInteriorRing(i));
        }
        break;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry *part : *source.toGeometryCollection())
            appendParts(store, *part, kind);
        break;
    default:
        break;
    }
}

} // namespace

void appendOgr(GeometryStore &store, const OGRGeometry *geometry)
{
    if (geometry && geometry->hasCurveGeometry()) {
        // Curves are rare; the Boost path linearises them.
        store.append(fromOgr(geometry));
        return;
    }
    const GeometryKind kind = geometry ? leadingKind(*geometry) : GeometryKind::None;
    store.beginFeature(kind);
    if (kind != GeometryKind::None)
        appendParts(store, *geometry, kind);
}

Geometry fromOgr(const OGRGeometry *geometry)
{
    if (!geometry)
        return {};
    MultiPoint points;
    MultiLineString lines;
    MultiPolygon polygons;
    collect(*geometry, points, lines, polygons);
    if (!polygons.empty())
        return polygons;
    if (!lines.empty())
        return lines;
    if (!points.empty())
        return points;
    return {};
}

std::unique_ptr<OGRGeometry> toOgr(const Geometry &geometry)
{
    switch (geometryKind(geometry)) {
    case GeometryKind::Point:
        return toOgrPoints(std::get<MultiPoint>(geometry));
    case GeometryKind::Line:
        return toOgrLines(std::get<MultiLineString>(geometry));
    case GeometryKind::Polygon:
        return toOgrPolygons(std::get<MultiPolygon>(geometry));
    case GeometryKind::None:
        break;
    }
    return nullptr;
}

} // namespace gis
