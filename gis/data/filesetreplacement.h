#pragma once

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace gis {

// Replaces the files of a dataset (a shapefile's .shp, .shx, .dbf, .prj, .cpg; a GeoJSON file
// and its edit log) by complete new versions written beside them, so that a process killed at
// any moment leaves the dataset as before or, once recover() has run, as after.
//
// The new files are written and flushed first; then a marker file listing the renames is
// written and renamed into place: that rename is the commit point. The renames follow, then
// the marker goes. A kill before the commit point leaves the originals untouched and new files
// that recover() deletes; a kill after it (between two renames of a shapefile's sidecars, when
// the set on disk is mixed) leaves the marker, and recover() finishes the renames it lists.
// Every step is idempotent, so a kill during recover() is recovered the same way.
class FileSetReplacement
{
public:
    explicit FileSetReplacement(const QString &datasetPath);

    // Where to write the new version of the dataset's file with this suffix ("shp", "dbf",
    // "edits.csv"): beside it, under a name recover() knows as its own.
    static QString newFilePath(const QString &datasetPath, const QString &suffix);

    // `newFile` replaces `target`.
    void replace(const QString &newFile, const QString &target);
    // `target` (a stale spatial index, a sidecar the new set has no version of) goes.
    void remove(const QString &target);

    // Flushes the new files, commits, renames; false (and why) when it failed, before the
    // commit point (nothing changed) or, see committed(), after it.
    bool commit(QString *error);
    // The commit point was passed: the replacement will be finished, now or by recover().
    bool committed() const { return mCommitted; }
    // A commit point passed whose renames are not all done yet.
    static bool pending(const QString &datasetPath);

    // Finishes or undoes a replacement a killed process left behind; true when it found one.
    // Cheap when there is nothing to do (two file checks).
    static bool recover(const QString &datasetPath);

private:
    static QString markerPath(const QString &datasetPath);
    static QStringList leftovers(const QString &datasetPath);
    // True when every step is done (a rename may fail: a file locked, a disk gone).
    static bool apply(const QString &folder, const QStringList &steps);

    QString mDatasetPath;
    QStringList mSteps;
    bool mCommitted = false; // "rename\tNEW\tTARGET" or "remove\tTARGET", file names in one folder
};

} // namespace gis
