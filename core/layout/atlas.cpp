#include "atlas.h"

#include "layoutcontent.h"
#include "layoutrenderer.h"
#include "project/planproject.h"

#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace core {

namespace {

// A feature fills the frame but for this share of its size on each side, so that its
// boundary and its neighbours' edges show.
constexpr double kMargin = 0.1;

gis::Box withMargin(const gis::Box &box)
{
    const double width = box.max_corner().x() - box.min_corner().x();
    const double height = box.max_corner().y() - box.min_corner().y();
    // A point (or a line along an axis) still gets an extent to look at.
    const double dx = std::max(width * kMargin, 1e-9) + (width == 0 ? 0.01 : 0.0);
    const double dy = std::max(height * kMargin, 1e-9) + (height == 0 ? 0.01 : 0.0);
    return {gis::Point(box.min_corner().x() - dx, box.min_corner().y() - dy),
            gis::Point(box.max_corner().x() + dx, box.max_corner().y() + dy)};
}

QString featureName(const gis::FeatureCollection &features, std::size_t index,
                    LabelLanguage language)
{
    for (const QString &field :
         {nameField(language), QStringLiteral("name"), QStringLiteral("key")}) {
        const int at = features.fieldIndex(field);
        if (at >= 0) {
            const QString name = features.features[index].attributes.value(at).toString();
            if (!name.isEmpty())
                return name;
        }
    }
    return Atlas::tr("Feature %1").arg(index + 1);
}

} // namespace

QVector<AtlasPage> Atlas::pages(const PlanProject &project, const PrintLayout &layout,
                                const QString &layerId, QString *error)
{
    const gis::VectorLayer *layer = project.layer(layerId);
    if (!layer) {
        *error = tr("the project has no vector layer “%1”").arg(layerId);
        return {};
    }
    const auto projected = layer->projectionCache()->projected(project.crs(), error);
    if (!projected)
        return {};
    const gis::FeatureCollection &features = layer->features();
    if (features.features.empty()) {
        *error = tr("the layer “%1” has no features").arg(layerId);
        return {};
    }
    QVector<AtlasPage> pages;
    for (std::size_t i = 0; i < features.features.size(); ++i) {
        AtlasPage page{featureName(features, i, project.labelLanguage()), layout};
        page.layout.map.extent = withMargin(projected->envelope(i));
        page.layout.map.crs = project.crs();
        page.layout.map.scaleDenominator.reset();
        if (LayoutItem *title = page.layout.item(LayoutItemKind::Title))
            title->text = page.featureName;
        if (LayoutItem *subtitle = page.layout.item(LayoutItemKind::Subtitle))
            subtitle->text = layer->title().isEmpty() ? layer->id() : layer->title();
        pages.push_back(std::move(page));
    }
    return pages;
}

bool Atlas::writePdf(const PlanProject &project, const QVector<AtlasPage> &pages,
                     const QString &path, double dpi, QString *error, const Progress &progress)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (pages.isEmpty()) {
        *error = tr("%1: the atlas has no pages").arg(shown);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setTitle(pages.front().layout.name);
    writer.setCreator(QStringLiteral("planmap"));
    writer.setResolution(qRound(dpi));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    const auto pageSize = [](const PrintLayout &layout) {
        return QPageSize(layout.pageSizeMm(), QPageSize::Millimeter, layout.name,
                         QPageSize::ExactMatch);
    };
    writer.setPageSize(pageSize(pages.front().layout));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Cannot write %1: %2").arg(shown, tr("the PDF could not be started"));
        return false;
    }
    for (int i = 0; i < pages.size(); ++i) {
        if (progress && !progress(i, int(pages.size()))) {
            painter.end();
            file.cancelWriting();
            *error = tr("%1: the atlas was cancelled").arg(shown);
            return false;
        }
        if (i > 0) {
            writer.setPageSize(pageSize(pages[i].layout));
            writer.newPage();
        }
        const LayoutRenderer renderer(pages[i].layout,
                                      LayoutContent::fromProject(project, pages[i].layout));
        renderer.render(painter, writer.resolution());
    }
    if (progress)
        progress(int(pages.size()), int(pages.size()));
    if (!painter.end() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

} // namespace core
