#include "editlog.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace gis {

OGRLayer *EditLog::open(GDALDataset &dataset)
{
    if (OGRLayer *existing = dataset.GetLayerByName(table))
        return existing;
    OGRLayer *created = dataset.CreateLayer(table, nullptr, wkbNone, nullptr);
    if (!created)
        return nullptr;
    for (const auto &[name, type] : {std::pair{"layer", OFTString},
                                     {"fid", OFTInteger64},
                                     {"action", OFTString},
                                     {"author", OFTString},
                                     {"saved_at", OFTDateTime}}) {
        OGRFieldDefn field(name, type);
        if (created->CreateField(&field) != OGRERR_NONE)
            return nullptr;
    }
    return created;
}

bool EditLog::record(OGRLayer &log, const QString &layer, qint64 fid, const char *action,
                     const EditAuthor &author)
{
    OGRFeature row(log.GetLayerDefn());
    row.SetField("layer", layer.toUtf8().constData());
    row.SetField("fid", static_cast<GIntBig>(fid));
    row.SetField("action", action);
    row.SetField("author", author.user.toUtf8().constData());
    // A row without a valid time would be refused by a database that checks dates (PostgreSQL).
    const QDateTime utc =
        author.when.isValid() ? author.when.toUTC() : QDateTime::currentDateTimeUtc();
    row.SetField("saved_at", utc.date().year(), utc.date().month(), utc.date().day(),
                 utc.time().hour(), utc.time().minute(), float(utc.time().second()), 100);
    return log.CreateFeature(&row) == OGRERR_NONE;
}

} // namespace gis
