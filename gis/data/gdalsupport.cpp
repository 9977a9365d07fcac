#include "gdalsupport.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>

#include <mutex>

namespace gis {

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Network-reaching and executable-running features stay off: files planmap opens come
        // from other offices and must not make it fetch or run anything.
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "10");
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "none");
        CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0");
        GDALAllRegister();
    });
}

GdalErrorCollector::GdalErrorCollector()
{
    ensureGdalRegistered();
    CPLPushErrorHandlerEx(
        [](CPLErr errorClass, CPLErrorNum code, const char *message) {
            handler(static_cast<int>(errorClass), code, message);
        },
        this);
}

GdalErrorCollector::~GdalErrorCollector()
{
    CPLPopErrorHandler();
}

void GdalErrorCollector::handler(int errorClass, int, const char *message)
{
    auto *self = static_cast<GdalErrorCollector *>(CPLGetErrorHandlerUserData());
    if (self && errorClass >= CE_Failure && message)
        self->mLastError = QString::fromUtf8(message);
}

} // namespace gis
