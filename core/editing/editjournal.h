#pragma once

#include "layer/editbuffer.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>

namespace core {

// What an edit journal holds: the unsaved edits of one layer.
struct JournalEntry
{
    QString layerId;
    gis::EditBuffer edits;
    // The version each changed or deleted feature had when the edits were made (versioned
    // sources: PostGIS), so a restored session still sees a colleague's later edit.
    std::map<qint64, qint64> baseVersions;
};

// The edit journal: a layer's unsaved edits written beside the project as they are made, so
// that a crash or a kill loses at most the last few seconds and the next start can offer them
// back. The buffer holds differences only, so the file stays small; it is replaced whole and
// atomically (QSaveFile), so a kill while writing leaves the previous journal. Geometry is kept
// as well-known binary, values as JSON.
class EditJournal
{
    Q_DECLARE_TR_FUNCTIONS(EditJournal)
public:
    static bool write(const QString &path, const QString &layerId, const gis::EditBuffer &edits,
                      QString *error, const std::map<qint64, qint64> &baseVersions = {});
    // Field types come from the layer's schema, so numbers come back as the numbers they were.
    static std::optional<JournalEntry> read(const QString &path, const gis::Fields &fields,
                                            QString *error);
};

} // namespace core
