#pragma once

#include <QDateTime>
#include <QString>

class GDALDataset;
class OGRLayer;

namespace gis {

// Who saved and when, for the edit log a saved dataset keeps.
struct EditAuthor
{
    QString user;
    QDateTime when;
};

// The edit log table of a transactional dataset (GeoPackage, PostGIS): a row per written
// feature (layer, fid, action, author, time), written in the save's own transaction.
class EditLog
{
public:
    static constexpr const char *table = "planmap_edit_log";

    // The dataset's log table, created when missing; null when it cannot be.
    static OGRLayer *open(GDALDataset &dataset);
    static bool record(OGRLayer &log, const QString &layer, qint64 fid, const char *action,
                       const EditAuthor &author);
};

} // namespace gis
