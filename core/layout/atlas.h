#pragma once

#include "exportoptions.h"
#include "layoutcontent.h"
#include "printlayout.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace core {

class PlanProject;

// One page of an atlas: the layout with its map frame on one feature and the feature's name as
// title, and what it shows of the project, copied so that the pages are written without it
// (on a worker thread while the project is edited).
struct AtlasPage
{
    QString featureName;
    PrintLayout layout;
    LayoutContent content;
};

// An atlas: one page per feature of a layer (each plate, zone or county), the map zoomed to
// the feature with a margin around it, an overview map showing where it lies and a table of
// its figures, written as one multi-page PDF or as one file per feature.
class Atlas
{
    Q_DECLARE_TR_FUNCTIONS(Atlas)
public:
    // Told the pages done so far and the total; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    // The pages for every feature of `layerId`, in the layer's order; empty (with `error`) for
    // a layer the project does not hold or one without features.
    static QVector<AtlasPage> pages(const PlanProject &project, const PrintLayout &layout,
                                    const QString &layerId, QString *error);

    // Writes the pages as one PDF, atomically: a cancelled or failed atlas leaves no file.
    // `options` give the dpi, the simplification and a cancel flag.
    static bool writePdf(const QVector<AtlasPage> &pages, const QString &path,
                         const ExportOptions &options, QString *error,
                         const Progress &progress = {});

    // Writes each page to a file of its own, in the format of the pattern's suffix (pdf, svg,
    // png, tif), named by `pattern` with "{name}" replaced by the feature's name (see
    // filePaths); missing folders are made. Each file is written atomically; a cancelled or
    // failed run removes the files it had written, so it leaves none (a file of the same name
    // from before is replaced, not restored). `written` receives the paths.
    static bool writeFiles(const QVector<AtlasPage> &pages, const QString &pattern,
                           const ExportOptions &options, QString *error,
                           const Progress &progress = {}, QStringList *written = nullptr);
    // The file of each page: "{name}" in `pattern` replaced by safeFileName(feature name),
    // and " (2)", " (3)"… after a name already taken.
    static QStringList filePaths(const QVector<AtlasPage> &pages, const QString &pattern);
    // A feature's name as a file name on any system: characters they refuse become "_",
    // leading and trailing dots and spaces go; Chinese and other letters stay.
    static QString safeFileName(const QString &name);
    static QString namePlaceholder() { return QStringLiteral("{name}"); }
};

} // namespace core
