#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class GDALDataset;
class OGRLayer;

namespace gis::postgis {

// Publishes a GDAL vector dataset (a GeoPackage, say) into one schema of a PostGIS database
// for a team to share, in one transaction: every layer a table of the same name (key `fid`,
// geometry `geom` with a GiST index, per-feature versions on the spatial ones), the
// non-spatial tables as they are, and the dataset's QGIS styles in QGIS's `layer_styles`, so
// that QGIS opens the tables styled. A failure anywhere rolls everything back: the database
// is as before, never half published.
class DatasetPublisher
{
    Q_DECLARE_TR_FUNCTIONS(DatasetPublisher)
public:
    // Told before each table is copied: its name, its number from 1 and the number of tables.
    using Progress = std::function<void(const QString &table, int number, int count)>;

    // `target` is a "PG:…" dataset name; its password, if it has one, never reaches a message.
    DatasetPublisher(QString source, QString target, QString schema);

    // Tables already in the schema under a published name are replaced rather than refused.
    void setOverwrite(bool overwrite) { mOverwrite = overwrite; }
    void setProgress(Progress progress) { mProgress = std::move(progress); }

    // True once everything is committed; else false with a message naming the target and the
    // problem, and nothing changed.
    bool publish(QString *error);
    // After a publish refused because the schema already has tables of those names (and no
    // overwrite was asked for): their names; else empty.
    QStringList refusedTables() const { return mRefusedTables; }

private:
    bool publishInTransaction(GDALDataset &source, GDALDataset &target, QString *error);
    QStringList existingTables(GDALDataset &target, const std::vector<OGRLayer *> &layers,
                               QString *error) const;
    bool copyStyles(GDALDataset &source, GDALDataset &target, QString *error) const;

    QString mSource;
    QString mTarget;
    QString mSchema;
    bool mOverwrite = false;
    Progress mProgress;
    QStringList mRefusedTables;
};

} // namespace gis::postgis
