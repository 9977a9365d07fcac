#include "featurecollection.h"

#include <boost/geometry/algorithms/expand.hpp>

#include <cmath>

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

std::vector<std::optional<double>> FeatureCollection::numericValues(const QString &fieldName) const
{
    std::vector<std::optional<double>> values(features.size());
    const int field = fieldIndex(fieldName);
    if (field < 0)
        return values;
    for (std::size_t i = 0; i < features.size(); ++i) {
        const QVariantList &attributes = features[i].attributes;
        if (field >= attributes.size() || attributes[field].isNull())
            continue;
        bool ok = false;
        const double value = attributes[field].toDouble(&ok);
        if (ok && std::isfinite(value))
            values[i] = value;
    }
    return values;
}

Geometry FeatureCollection::geometry(std::size_t index) const
{
    return isCompact() ? geometries.geometry(index) : features[index].geometry;
}

Box FeatureCollection::envelope(std::size_t index) const
{
    return isCompact() ? geometries.envelope(index) : gis::envelope(features[index].geometry);
}

Box FeatureCollection::extent() const
{
    Box box;
    boost::geometry::assign_inverse(box);
    for (std::size_t i = 0; i < features.size(); ++i) {
        const Box part = envelope(i);
        if (part.min_corner().x() <= part.max_corner().x())
            boost::geometry::expand(box, part);
    }
    return box;
}

std::optional<std::size_t> FeatureCollection::indexOfValue(const QString &fieldName,
                                                           const QVariant &value) const
{
    const int field = fieldIndex(fieldName);
    if (field < 0)
        return std::nullopt;
    const QString wanted = value.toString();
    for (std::size_t i = 0; i < features.size(); ++i) {
        if (features[i].attributes.value(field).toString() == wanted)
            return i;
    }
    return std::nullopt;
}

const Feature *FeatureCollection::findByValue(const QString &fieldName, const QVariant &value) const
{
    const std::optional<std::size_t> index = indexOfValue(fieldName, value);
    return index ? &features[*index] : nullptr;
}

} // namespace gis
