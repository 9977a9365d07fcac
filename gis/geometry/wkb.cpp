#include "wkb.h"

#include "ogrgeometryconverter.h"

#include <QCoreApplication>

#include <ogr_geometry.h>

namespace gis {

QByteArray toWkb(const Geometry &geometry)
{
    const std::unique_ptr<OGRGeometry> converted = toOgr(geometry);
    if (!converted)
        return {};
    QByteArray bytes(int(converted->WkbSize()), Qt::Uninitialized);
    if (converted->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(bytes.data()),
                               wkbVariantIso) != OGRERR_NONE)
        return {};
    return bytes;
}

std::optional<Geometry> fromWkb(const QByteArray &wkb, QString *error)
{
    if (wkb.isEmpty())
        return Geometry{};
    OGRGeometry *parsed = nullptr;
    const OGRErr result = OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &parsed,
                                                            wkb.size(), wkbVariantIso);
    const std::unique_ptr<OGRGeometry> owned(parsed);
    if (result != OGRERR_NONE || !owned) {
        *error =
            QCoreApplication::translate("Wkb", "not a well-known binary geometry (OGR error %1)")
                .arg(result);
        return std::nullopt;
    }
    return fromOgr(owned.get());
}

} // namespace gis
