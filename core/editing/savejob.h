#pragma once

#include "data/editwriter.h"

#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace core {

// One layer's save, taken from its edit session so that it can run on a worker thread: it
// writes from its own copies (the base is shared and immutable, the buffer copied), so the
// window may go on painting while a PostGIS save waits for a colleague's row lock. Made by
// LayerEditing::prepareSave, run once anywhere, handed back to LayerEditing::finishSave.
class SaveJob
{
public:
    SaveJob(QString layerId, quint64 sessionRevision, gis::LayerSource source,
            std::shared_ptr<const gis::FeatureCollection> base, gis::EditBuffer edits,
            gis::EditAuthor author, QString qgisStyle);

    const QString &layerId() const { return mLayerId; }
    quint64 sessionRevision() const { return mSessionRevision; }
    const gis::LayerSource &source() const { return mSource; }

    // Writes the edits; `cancel` (may be null) stops it before it commits, leaving the
    // dataset as it was. Not thread-safe against itself: run it once.
    void run(const std::atomic_bool *cancel = nullptr);
    bool hasRun() const { return mRun; }
    // What the save did; nothing when it failed (see error()) or was cancelled.
    const std::optional<gis::EditSaveResult> &result() const { return mResult; }
    const QString &error() const { return mError; }

private:
    QString mLayerId;
    quint64 mSessionRevision;
    gis::LayerSource mSource;
    std::shared_ptr<const gis::FeatureCollection> mBase;
    gis::EditBuffer mEdits;
    gis::EditAuthor mAuthor;
    QString mQgisStyle;
    bool mRun = false;
    std::optional<gis::EditSaveResult> mResult;
    QString mError;
};

} // namespace core
