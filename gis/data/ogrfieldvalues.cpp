#include "ogrfieldvalues.h"

#include <ogrsf_frmts.h>

namespace gis {

OGRFieldType ogrFieldType(QMetaType::Type type)
{
    switch (type) {
    case QMetaType::Int:
    case QMetaType::Bool:
        return OFTInteger;
    case QMetaType::LongLong:
        return OFTInteger64;
    case QMetaType::Double:
        return OFTReal;
    default:
        return OFTString;
    }
}

void setOgrField(OGRFeature &feature, int index, const QVariant &value, QMetaType::Type type)
{
    if (!value.isValid() || value.isNull()) {
        feature.SetFieldNull(index);
        return;
    }
    switch (ogrFieldType(type)) {
    case OFTInteger:
        feature.SetField(index, value.toInt());
        break;
    case OFTInteger64:
        feature.SetField(index, static_cast<GIntBig>(value.toLongLong()));
        break;
    case OFTReal:
        feature.SetField(index, value.toDouble());
        break;
    default:
        feature.SetField(index, value.toString().toUtf8().constData());
        break;
    }
}

} // namespace gis
