#pragma once

#include "overviewmap.h"
#include "printlayout.h"
#include "statisticstablecontent.h"

#include "geometry/geometry.h"
#include "layer/scalerange.h"
#include "render/legend.h"
#include "render/mapsettings.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace core {

class PlanProject;

// One layer in a layout's legend: its title and swatch symbol, and for a thematic map its
// classes (legend.entries) under the quantity they show (legend.title).
struct LegendBlock
{
    QString layerTitle;
    gis::GeometryKind geometry = gis::GeometryKind::Polygon;
    gis::Symbol symbol;
    gis::Legend legend;
    gis::ScaleRange scaleRange; // the legend leaves out a layer the frame's scale hides
};

// What a layout shows of a project, copied on the GUI thread so that rendering needs no
// project: the map's layers, extent and CRS, the legend and the sources to credit.
struct LayoutContent
{
    Q_DECLARE_TR_FUNCTIONS(LayoutContent)
public:
    // The frame's map: layers, CRS, background and the extent to show (outputSize and dpi are
    // set by the renderer for the device).
    gis::MapSettings map;
    std::vector<LegendBlock> legend; // top of the drawing order first
    QStringList citedSeeds;          // the seed articles' files behind the figures shown
    QString attribution;             // data licences and the seeds, ready to print
    // Filled only for a layout that shows an overview map or a statistics table.
    std::optional<OverviewMap> overview;
    std::optional<StatisticsTableContent> table;
    // A feature to point out on the map (an atlas page's own), in the frame's CRS.
    std::optional<gis::Geometry> highlight;

    // The project's visible layers in the layout's frame: the layout's own extent and CRS,
    // else the project's view.
    static LayoutContent fromProject(const PlanProject &project, const PrintLayout &layout);
    // The licences of the bundled data (resources/data/README.md) and the seeds cited.
    static QString attributionFor(const QStringList &citedSeeds);

private:
    void addItemContent(const PlanProject &project, const PrintLayout &layout);
};

} // namespace core
