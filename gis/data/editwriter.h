#pragma once

#include "layer/editbuffer.h"
#include "layer/layersource.h"

#include <QCoreApplication>
#include <QDateTime>

#include <map>
#include <optional>

namespace gis {

// Who saved and when, for the edit log a saved dataset keeps.
struct EditAuthor
{
    QString user;
    QDateTime when;
};

// Writes an edit buffer into the dataset a layer was read from, through GDAL, in one database
// transaction (GeoPackage, SQLite, PostGIS): a failure or a killed process leaves the dataset
// as it was, and a save that commits leaves it with every edit. Each changed feature gets a row
// in the dataset's edit log table (layer, fid, action, author, time). A GeoPackage also gets
// the layer's style as its default QGIS style (layer_styles), in the same transaction.
// Shapefiles and GeoJSON files, which have no transactions, are saved by CopyEditWriter
// (copy and replace, with the log in a CSV file beside them).
class EditWriter
{
    Q_DECLARE_TR_FUNCTIONS(EditWriter)
public:
    static constexpr const char *logTable = "planmap_edit_log";

    // Why edits of the layer could not be saved, in words naming the dataset; nothing when
    // they can.
    static std::optional<QString> whyReadOnly(const LayerSource &source);

    // The ids the source gave the added features, by their buffer ids, and the new ids of
    // features the save renumbered (a shapefile's, after a delete); nothing (with `error`)
    // when the save failed and changed nothing. `qgisStyle` is a QML document
    // (QgisStyleWriter::qml), or empty to leave the dataset's styles alone.
    static std::optional<std::map<qint64, qint64>>
    write(const LayerSource &source, const FeatureCollection &base, const EditBuffer &edits,
          const EditAuthor &author, QString *error, const QString &qgisStyle = {});
};

} // namespace gis
