#pragma once

#include "printlayout.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace core {

class PlanProject;

// One page of an atlas: the layout with its map frame on one feature and the feature's name as
// title.
struct AtlasPage
{
    QString featureName;
    PrintLayout layout;
};

// An atlas: one page per feature of a layer (each plate, zone or county), the map zoomed to
// the feature with a margin around it, written as one multi-page PDF.
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
    static bool writePdf(const PlanProject &project, const QVector<AtlasPage> &pages,
                         const QString &path, double dpi, QString *error,
                         const Progress &progress = {});
};

} // namespace core
