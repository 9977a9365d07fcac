#include "crs.h"

#include "projcontext.h"

#include <proj.h>

namespace gis {

struct Crs::Data
{
    QString definition;
    QString authId;
    QString name;
    QString wkt;
    bool geographic = false;
    std::optional<Box> areaOfUse;
};

namespace {

QString fromProj(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QString authorityId(PJ_CONTEXT *context, PJ *crs)
{
    if (const char *authority = proj_get_id_auth_name(crs, 0))
        return fromProj(authority) + u':' + fromProj(proj_get_id_code(crs, 0));
    // A CRS given as WKT without an ID: ask the database for a certain match.
    PJ_OBJ_LIST *matches = proj_identify(context, crs, "EPSG", nullptr, nullptr);
    QString id;
    if (matches && proj_list_get_count(matches) > 0) {
        PJ *candidate = proj_list_get(context, matches, 0);
        id = fromProj(proj_get_id_auth_name(candidate, 0)) + u':' +
             fromProj(proj_get_id_code(candidate, 0));
        proj_destroy(candidate);
    }
    proj_list_destroy(matches);
    return id;
}

std::optional<Box> areaOfUseOf(PJ_CONTEXT *context, PJ *crs)
{
    double west = 0, south = 0, east = 0, north = 0;
    if (!proj_get_area_of_use(context, crs, &west, &south, &east, &north, nullptr) || west <= -1000)
        return std::nullopt;
    return Box(Point(west, south), Point(east, north));
}

bool isGeographicType(PJ *crs)
{
    const PJ_TYPE type = proj_get_type(crs);
    return type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS ||
           type == PJ_TYPE_GEOGRAPHIC_CRS;
}

} // namespace

Crs::Crs() = default;

Crs::Crs(std::shared_ptr<const Data> data)
    : mData(std::move(data))
{
}

Crs Crs::fromUserInput(const QString &definition, QString *error)
{
    PJ_CONTEXT *context = detail::threadProjContext();
    PJ *crs = proj_create(context, definition.trimmed().toUtf8().constData());
    if (!crs || !proj_is_crs(crs)) {
        if (error) {
            *error =
                definition.trimmed().isEmpty()
                    ? QStringLiteral("empty CRS definition")
                    : QStringLiteral("PROJ does not recognise the CRS \"%1\": %2")
                          .arg(definition.left(200), fromProj(proj_context_errno_string(
                                                         context, proj_context_errno(context))));
        }
        proj_destroy(crs);
        return {};
    }
    auto data = std::make_shared<Data>();
    data->definition = definition.trimmed();
    data->authId = authorityId(context, crs);
    data->name = fromProj(proj_get_name(crs));
    data->wkt = fromProj(proj_as_wkt(context, crs, PJ_WKT2_2019, nullptr));
    data->geographic = isGeographicType(crs);
    data->areaOfUse = areaOfUseOf(context, crs);
    proj_destroy(crs);
    return Crs(std::move(data));
}

Crs Crs::wgs84()
{
    static const Crs crs = fromUserInput(QStringLiteral("EPSG:4326"));
    return crs;
}

Crs Crs::webMercator()
{
    static const Crs crs = fromUserInput(QStringLiteral("EPSG:3857"));
    return crs;
}

bool Crs::isGeographic() const
{
    return mData && mData->geographic;
}

std::optional<Box> Crs::areaOfUse() const
{
    return mData ? mData->areaOfUse : std::nullopt;
}

QString Crs::authId() const
{
    return mData ? mData->authId : QString();
}

QString Crs::name() const
{
    return mData ? mData->name : QString();
}

QString Crs::definition() const
{
    return mData ? mData->definition : QString();
}

QString Crs::wkt() const
{
    return mData ? mData->wkt : QString();
}

bool Crs::isEquivalentTo(const Crs &other) const
{
    if (!isValid() || !other.isValid())
        return isValid() == other.isValid();
    if (mData == other.mData || (!authId().isEmpty() && authId() == other.authId()))
        return true;
    PJ_CONTEXT *context = detail::threadProjContext();
    PJ *a = proj_create(context, mData->wkt.toUtf8().constData());
    PJ *b = proj_create(context, other.mData->wkt.toUtf8().constData());
    const bool same = a && b && proj_is_equivalent_to(a, b, PJ_COMP_EQUIVALENT);
    proj_destroy(a);
    proj_destroy(b);
    return same;
}

} // namespace gis
