#include "gdalhandles.h"

#include "gdalsupport.h"
#include "postgis/pgpasswordsource.h"

namespace gis {

GdalDatasetPointer openVectorReadOnly(const QString &name)
{
    ensureGdalRegistered();
    return GdalDatasetPointer(
        GDALDataset::Open(postgis::PgPasswordSource::openableName(name).toUtf8().constData(),
                          GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
}

} // namespace gis
