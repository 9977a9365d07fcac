#pragma once

#include "data/editwriter.h"

#include <QCoreApplication>

#include <atomic>

namespace gis::postgis {

// Saves a PostGIS layer's edits optimistically, feature by feature, so that a colleague's edit
// is never overwritten unseen (QGIS's PostGIS provider lets the last save win). The table
// carries per-feature versions (PgVersioning). In one transaction, each changed or deleted
// feature's row is locked and its version compared with the one the session read: equal, the
// edit is written (the trigger raises the version) and logged; different, or the row gone, the
// feature is a conflict: not written, and its state on the server ("theirs") is returned for
// the planner to choose. Added features never conflict. A failure anywhere (the server gone, a
// lock held too long) rolls everything back: nothing is half written.
class PgEditWriter
{
    Q_DECLARE_TR_FUNCTIONS(PgEditWriter)
public:
    // How long a save waits for a row a colleague's open transaction holds before it gives up
    // (and keeps every edit) rather than hanging. The wait is taken in short steps, so that a
    // cancelled save stops within one step.
    static constexpr int lockTimeoutSeconds = 30;
    static constexpr int lockStepMilliseconds = 250;

    // Nothing when the table can be edited: it has a primary key and feature versions, which
    // are added when missing; otherwise why not, naming the table.
    static std::optional<QString> prepareForEditing(const LayerSource &source);

    static std::optional<EditSaveResult>
    write(const LayerSource &source, const FeatureCollection &base, const EditBuffer &edits,
          const EditAuthor &author, QString *error, const std::atomic_bool *cancel = nullptr);

    // The value of the feature's name field ("name", "name_zh", "name_en"), for messages.
    static QString featureName(const Fields &fields, const Feature &feature);
};

} // namespace gis::postgis
