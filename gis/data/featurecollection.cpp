#include "featurecollection.h"

#include <boost/geometry/algorithms/expand.hpp>

namespace gis {

int FeatureCollection::fieldIndex(const QString &fieldName) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields[i].name.compare(fieldName, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QVariant FeatureCollection::value(const Feature &feature, const QString &fieldName) const
{
    const int index = fieldIndex(fieldName);
    return index >= 0 && index < feature.attributes.size() ? feature.attributes[index] : QVariant();
}

Box FeatureCollection::extent() const
{
    Box box;
    boost::geometry::assign_inverse(box);
    for (const Feature &feature : features) {
        if (!isEmpty(feature.geometry))
            boost::geometry::expand(box, envelope(feature.geometry));
    }
    return box;
}

const Feature *FeatureCollection::findByValue(const QString &fieldName, const QVariant &value) const
{
    const int index = fieldIndex(fieldName);
    if (index < 0)
        return nullptr;
    const QString wanted = value.toString();
    for (const Feature &feature : features) {
        if (feature.attributes.value(index).toString() == wanted)
            return &feature;
    }
    return nullptr;
}

} // namespace gis
