#include "ogreditedfeature.h"

#include "geometry/ogrgeometryconverter.h"
#include "ogrfieldvalues.h"

#include <ogrsf_frmts.h>

namespace gis {

namespace {

OGRGeometry *forLayer(const Geometry &geometry, OGRLayer &layer)
{
    std::unique_ptr<OGRGeometry> converted = toOgr(geometry);
    if (!converted)
        return nullptr;
    const OGRwkbGeometryType type = wkbFlatten(layer.GetGeomType());
    if (type == wkbUnknown || type == wkbNone)
        return converted.release();
    return OGRGeometryFactory::forceTo(converted.release(), layer.GetGeomType());
}

} // namespace

void fillOgrFeature(OGRFeature &feature, OGRLayer &layer, const Fields &fields,
                    const Feature &edited, bool withGeometry)
{
    for (int i = 0; i < fields.size(); ++i) {
        const int at = feature.GetFieldIndex(fields[i].name.toUtf8().constData());
        if (at >= 0)
            setOgrField(feature, at, edited.attributes.value(i), fields[i].type);
    }
    if (withGeometry)
        feature.SetGeometryDirectly(forLayer(edited.geometry, layer));
}

} // namespace gis
