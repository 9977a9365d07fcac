#pragma once

#include "editwriter.h"

namespace gis {

// Saves the edits of a layer whose format has no transactions (Shapefile, GeoJSON) by writing
// the whole edited layer to a new dataset beside the original, with the same driver, CRS,
// fields and (for a shapefile) character encoding; reading that back to check it holds every
// feature; and only then replacing the original's files with FileSetReplacement, so that a
// killed save leaves the layer as before or as after.
//
// These formats have no place for an edit log table: the log goes to a CSV file beside the
// dataset (`NAME.shp.planmap-edits.csv`, the same columns as the GeoPackage's
// planmap_edit_log), replaced together with the data. A shapefile's record numbers are its
// feature ids, so deleting a feature renumbers those after it: the returned map gives every
// feature whose id changed its new id.
class CopyEditWriter
{
    Q_DECLARE_TR_FUNCTIONS(CopyEditWriter)
public:
    static bool handles(const QString &driverName);
    static QString logPath(const QString &datasetPath);

    // Why the files cannot be replaced (the folder or a sidecar is read-only); nothing when
    // they can.
    static std::optional<QString> whyReadOnly(const QString &datasetPath,
                                              const QString &driverName);

    static std::optional<std::map<qint64, qint64>> write(const LayerSource &source,
                                                         const FeatureCollection &base,
                                                         const EditBuffer &edits,
                                                         const EditAuthor &author, QString *error);
};

} // namespace gis
