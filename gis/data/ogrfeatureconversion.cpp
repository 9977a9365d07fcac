#include "ogrfeatureconversion.h"

#include "geometry/ogrgeometryconverter.h"

#include <ogr_feature.h>
#include <ogr_spatialref.h>

namespace gis::detail {

namespace {

QMetaType::Type metaTypeOf(OGRFieldType type)
{
    switch (type) {
    case OFTInteger:
        return QMetaType::Int;
    case OFTInteger64:
        return QMetaType::LongLong;
    case OFTReal:
        return QMetaType::Double;
    default:
        return QMetaType::QString;
    }
}

QVariant valueOf(const OGRFeature &source, int index, QMetaType::Type type)
{
    if (!source.IsFieldSetAndNotNull(index))
        return QVariant();
    switch (type) {
    case QMetaType::Int:
        return source.GetFieldAsInteger(index);
    case QMetaType::LongLong:
        return static_cast<qlonglong>(source.GetFieldAsInteger64(index));
    case QMetaType::Double:
        return source.GetFieldAsDouble(index);
    default:
        // Invalid UTF-8 from foreign files becomes U+FFFD rather than garbage or a crash.
        return QString::fromUtf8(source.GetFieldAsString(index));
    }
}

} // namespace

Fields fieldsFrom(const OGRFeatureDefn &definition)
{
    Fields fields;
    fields.reserve(definition.GetFieldCount());
    for (int i = 0; i < definition.GetFieldCount(); ++i) {
        const OGRFieldDefn *field = definition.GetFieldDefn(i);
        fields.push_back({QString::fromUtf8(field->GetNameRef()), metaTypeOf(field->GetType())});
    }
    return fields;
}

Feature attributesFrom(const OGRFeature &source, const Fields &fields)
{
    Feature feature;
    feature.id = source.GetFID();
    feature.attributes.reserve(fields.size());
    for (int i = 0; i < fields.size(); ++i)
        feature.attributes.push_back(valueOf(source, i, fields[i].type));
    return feature;
}

Feature featureFrom(const OGRFeature &source, const Fields &fields)
{
    Feature feature = attributesFrom(source, fields);
    feature.geometry = fromOgr(source.GetGeometryRef());
    return feature;
}

Crs crsFrom(const OGRSpatialReference *srs)
{
    if (!srs)
        return {};
    const char *authority = srs->GetAuthorityName(nullptr);
    const char *code = srs->GetAuthorityCode(nullptr);
    if (authority && code) {
        Crs crs = Crs::fromUserInput(QString::fromUtf8(authority) + u':' + QString::fromUtf8(code));
        if (crs.isValid())
            return crs;
    }
    char *wkt = nullptr;
    const char *options[] = {"FORMAT=WKT2_2019", nullptr};
    if (srs->exportToWkt(&wkt, options) != OGRERR_NONE) {
        CPLFree(wkt);
        return {};
    }
    Crs crs = Crs::fromUserInput(QString::fromUtf8(wkt));
    CPLFree(wkt);
    return crs;
}

GeometryKind kindOf(int ogrGeometryType)
{
    const auto type = static_cast<OGRwkbGeometryType>(ogrGeometryType);
    switch (wkbFlatten(OGR_GT_GetLinear(type))) {
    case wkbPoint:
    case wkbMultiPoint:
        return GeometryKind::Point;
    case wkbLineString:
    case wkbMultiLineString:
        return GeometryKind::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
        return GeometryKind::Polygon;
    default:
        return GeometryKind::None;
    }
}

} // namespace gis::detail
