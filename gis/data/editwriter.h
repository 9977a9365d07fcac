#pragma once

#include "editlog.h"
#include "layer/editbuffer.h"
#include "layer/layersource.h"
#include "saveconflict.h"

#include <QCoreApplication>

#include <atomic>
#include <map>
#include <optional>
#include <vector>

namespace gis {

// What a save did: the ids the source gave the added features, by their buffer ids, and the
// new ids of features the save renumbered (a shapefile's, after a delete); for a versioned
// source (PostGIS), the features it refused because someone else changed or deleted them
// since they were read (nothing of theirs was overwritten), and the version every written
// feature has now, by its saved id.
struct EditSaveResult
{
    std::map<qint64, qint64> newIds;
    std::vector<SaveConflict> conflicts;
    std::map<qint64, qint64> versions;
};

// Writes an edit buffer into the dataset a layer was read from, through GDAL, in one database
// transaction (GeoPackage, SQLite, PostGIS): a failure or a killed process leaves the dataset
// as it was, and a save that commits leaves it with every edit. Each changed feature gets a row
// in the dataset's edit log table (layer, fid, action, author, time). A GeoPackage also gets
// the layer's style as its default QGIS style (layer_styles), in the same transaction.
// Shapefiles and GeoJSON files, which have no transactions, are saved by CopyEditWriter
// (copy and replace, with the log in a CSV file beside them). PostGIS tables are saved by
// PgEditWriter: optimistic, per-feature versioned saves that never overwrite a colleague's
// edit unseen.
class EditWriter
{
    Q_DECLARE_TR_FUNCTIONS(EditWriter)
public:
    static constexpr const char *logTable = EditLog::table;

    // Why edits of the layer could not be saved, in words naming the dataset; nothing when
    // they can.
    static std::optional<QString> whyReadOnly(const LayerSource &source);
    // Before editing starts: whyReadOnly, and for a PostGIS table its feature versions, added
    // when missing (refused, naming the table and why, when the role may not add them).
    static std::optional<QString> prepareForEditing(const LayerSource &source);

    // What the save did; nothing (with `error`) when it failed and changed nothing.
    // `qgisStyle` is a QML document (QgisStyleWriter::qml), or empty to leave the dataset's
    // styles alone. `cancel` (may be null) stops the save before it commits: the dataset stays
    // as it was.
    static std::optional<EditSaveResult> write(const LayerSource &source,
                                               const FeatureCollection &base,
                                               const EditBuffer &edits, const EditAuthor &author,
                                               QString *error, const QString &qgisStyle = {},
                                               const std::atomic_bool *cancel = nullptr);
};

} // namespace gis
