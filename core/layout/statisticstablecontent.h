#pragma once

#include "printlayout.h"

#include "crs/crs.h"
#include "geometry/geometry.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace core {

class PlanProject;

// What a layout's statistics table shows, copied from the project so that rendering needs
// none: texts ready to print, values already written with their units in the interface
// language. Two shapes: a row per feature and a column per indicator (the features in view,
// or of a layer), or, for one feature (an atlas page), a row per figure with its period.
struct StatisticsTableContent
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsTableContent)
public:
    QString title;             // the layer's title, or the feature's name
    QStringList headers;       // a column each; the first names the feature or the figure
    QVector<QStringList> rows; // cells in the headers' order
    QStringList citedSeeds;    // the seed files of the figures shown
    QString sourceLine;        // "Source: …", ready to print
    QString note;              // why there are no rows, when there are none
    bool oneFeature = false;   // rows are one feature's figures: indicator, value, period

    // The table `item` asks for, on a main frame showing `frameExtent` in `frameCrs`. The
    // default layer is the visible one with the most imported figures for features in view
    // (the topmost of equals); a feature is in view when its bounding box meets the extent.
    static StatisticsTableContent fromProject(const PlanProject &project, const LayoutItem &item,
                                              const gis::Box &frameExtent,
                                              const gis::Crs &frameCrs);
};

} // namespace core
