#include "ogrmakevalid.h"

#include "data/gdalsupport.h"
#include "ogrgeometryconverter.h"

#include <ogr_geometry.h>

namespace gis {

MultiPolygon makeValidWithGeos(const MultiPolygon &polygons)
{
    GdalErrorCollector errors;
    std::unique_ptr<OGRGeometry> input = toOgr(Geometry(polygons));
    if (!input)
        return polygons;
    std::unique_ptr<OGRGeometry> valid(input->MakeValid());
    if (!valid)
        return polygons;
    const Geometry result = fromOgr(valid.get());
    const auto *repaired = std::get_if<MultiPolygon>(&result);
    return repaired ? *repaired : polygons;
}

} // namespace gis
