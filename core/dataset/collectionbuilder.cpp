#include "collectionbuilder.h"

namespace core {

gis::FeatureCollection
makeCollection(const QString &name, gis::GeometryKind kind,
               std::initializer_list<std::pair<const char *, QMetaType::Type>> fields)
{
    gis::FeatureCollection collection;
    collection.name = name;
    collection.kind = kind;
    collection.crs = gis::Crs::wgs84();
    for (const auto &[fieldName, type] : fields)
        collection.fields.push_back({QString::fromLatin1(fieldName), type});
    return collection;
}

void appendFeature(gis::FeatureCollection &collection, QVariantList attributes,
                   gis::Geometry geometry)
{
    gis::Feature feature;
    feature.id = static_cast<qint64>(collection.features.size()) + 1;
    attributes.resize(collection.fields.size());
    feature.attributes = std::move(attributes);
    feature.geometry = std::move(geometry);
    collection.features.push_back(std::move(feature));
}

} // namespace core
