#pragma once

#include <QMetaType>
#include <QVariant>

#include <ogr_core.h>

class OGRFeature;

namespace gis {

// How planmap's field types and values go into OGR: shared by every writer.
OGRFieldType ogrFieldType(QMetaType::Type type);
// Sets field `index` of `feature` to `value` (null when empty), converted for `type`.
void setOgrField(OGRFeature &feature, int index, const QVariant &value, QMetaType::Type type);

} // namespace gis
