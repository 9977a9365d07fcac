#pragma once

#include "geometry/geometry.h"

#include <QVariant>
#include <QVector>

namespace gis {

struct Field
{
    QString name;
    QMetaType::Type type = QMetaType::QString;

    // Integers and reals: what a graduated map or a sum can use.
    bool isNumeric() const
    {
        switch (type) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Double:
        case QMetaType::Float:
            return true;
        default:
            return false;
        }
    }
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
