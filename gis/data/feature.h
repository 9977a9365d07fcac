#pragma once

#include "geometry/geometry.h"

#include <QVariant>
#include <QVector>

namespace gis {

struct Field
{
    QString name;
    QMetaType::Type type = QMetaType::QString;
};

using Fields = QVector<Field>;

// One feature: its id in the source, its attribute values in field order, its geometry.
struct Feature
{
    qint64 id = -1;
    QVariantList attributes;
    Geometry geometry;
};

} // namespace gis
