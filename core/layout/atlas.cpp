#include "atlas.h"

#include "layoutcontent.h"
#include "layoutrenderer.h"
#include "project/planproject.h"
#include "statistics/statisticsmodel.h"

#include "layoutexporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>

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

// Whether to go on to page `done`: neither the progress callback nor the flag cancelled.
bool goOn(const Atlas::Progress &progress, const ExportOptions &options, int done, int total)
{
    if (options.cancelled())
        return false;
    return !progress || progress(done, total);
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
    // Every page shows where its feature lies and the feature's own figures.
    const bool complete =
        layout.item(LayoutItemKind::Overview) && layout.item(LayoutItemKind::StatisticsTable);
    const PrintLayout base =
        complete ? layout
                 : layout.rearranged({LayoutItemKind::Overview, LayoutItemKind::StatisticsTable});
    const StatisticsJoin join = project.statisticsModel()->joinFor(layerId);
    QVector<AtlasPage> pages;
    for (std::size_t i = 0; i < features.features.size(); ++i) {
        AtlasPage page{featureName(features, i, project.labelLanguage()), base, {}};
        page.layout.map.extent = withMargin(projected->envelope(i));
        page.layout.map.crs = project.crs();
        page.layout.map.scaleDenominator.reset();
        if (LayoutItem *title = page.layout.item(LayoutItemKind::Title))
            title->text = page.featureName;
        if (LayoutItem *subtitle = page.layout.item(LayoutItemKind::Subtitle))
            subtitle->text = layer->title().isEmpty() ? layer->id() : layer->title();
        if (LayoutItem *table = page.layout.item(LayoutItemKind::StatisticsTable)) {
            table->layerId = layerId;
            table->source = TableSource::Layer;
            table->featureKey = join.keyOf(features, i);
            // Without a key the feature has no figures to show, only its whole layer's.
            table->visible = table->visible && !table->featureKey.isEmpty();
        }
        page.content = LayoutContent::fromProject(project, page.layout);
        page.content.highlight = projected->geometry(i); // the frame is in the project's CRS
        pages.push_back(std::move(page));
    }
    return pages;
}

QString Atlas::safeFileName(const QString &name)
{
    // Characters Windows, macOS or Linux refuse in a name, and control characters; letters of
    // any script (Chinese names) stay.
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    QString safe;
    for (const QChar c : name)
        safe += (forbidden.contains(c) || c.category() == QChar::Other_Control) ? u'_' : c;
    // Windows drops trailing dots and spaces; a leading dot hides the file.
    while (!safe.isEmpty() && (safe.back() == u'.' || safe.back().isSpace()))
        safe.chop(1);
    while (!safe.isEmpty() && (safe.front() == u'.' || safe.front().isSpace()))
        safe.remove(0, 1);
    return safe.isEmpty() ? QStringLiteral("_") : safe.left(120);
}

QStringList Atlas::filePaths(const QVector<AtlasPage> &pages, const QString &pattern)
{
    QStringList paths;
    QSet<QString> taken;
    for (const AtlasPage &page : pages) {
        const QString name = safeFileName(page.featureName);
        QString path = QString(pattern).replace(namePlaceholder(), name);
        // Features of the same name (two parks called alike) get "name (2)", "name (3)"….
        for (int n = 2; taken.contains(path.toCaseFolded()); ++n)
            path = QString(pattern).replace(namePlaceholder(),
                                            QStringLiteral("%1 (%2)").arg(name).arg(n));
        taken.insert(path.toCaseFolded());
        paths.push_back(path);
    }
    return paths;
}

bool Atlas::writeFiles(const QVector<AtlasPage> &pages, const QString &pattern,
                       const ExportOptions &options, QString *error, const Progress &progress,
                       QStringList *written)
{
    QStringList done;
    const auto fail = [&](const QString &message) {
        // What this run wrote goes again, so a cancelled or failed atlas leaves none of it.
        for (const QString &path : std::as_const(done))
            QFile::remove(path);
        *error = message;
        return false;
    };
    const QString shown = QDir::toNativeSeparators(pattern);
    if (pages.isEmpty())
        return fail(tr("%1: the atlas has no pages").arg(shown));
    if (!pattern.contains(namePlaceholder()) || !LayoutExporter::formatForPath(pattern))
        return fail(
            tr("%1: give a file name with {name} ending in .pdf, .svg, .png or .tif").arg(shown));
    const QStringList paths = filePaths(pages, pattern);
    for (int i = 0; i < pages.size(); ++i) {
        if (!goOn(progress, options, i, int(pages.size())))
            return fail(tr("%1: the atlas was cancelled").arg(shown));
        QDir().mkpath(QFileInfo(paths[i]).absolutePath());
        const LayoutExporter exporter(LayoutRenderer(pages[i].layout, pages[i].content));
        QString fileError;
        if (!exporter.write(paths[i], options, &fileError))
            return fail(options.cancelled() ? tr("%1: the atlas was cancelled").arg(shown)
                                            : fileError);
        done.push_back(paths[i]);
    }
    if (progress)
        progress(int(pages.size()), int(pages.size()));
    if (written)
        *written = done;
    return true;
}

bool Atlas::writePdf(const QVector<AtlasPage> &pages, const QString &path,
                     const ExportOptions &options, QString *error, const Progress &progress)
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
    writer.setResolution(qRound(options.dpi));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    const auto pageSize = [](const PrintLayout &layout) {
        return QPageSize(layout.pageSizeMm(), QPageSize::Millimeter, layout.name,
                         QPageSize::ExactMatch);
    };
    writer.setPageSize(pageSize(pages.front().layout));
    const std::atomic_bool never = false;
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Cannot write %1: %2").arg(shown, tr("the PDF could not be started"));
        return false;
    }
    for (int i = 0; i < pages.size(); ++i) {
        if (!goOn(progress, options, i, int(pages.size()))) {
            painter.end();
            file.cancelWriting();
            *error = tr("%1: the atlas was cancelled").arg(shown);
            return false;
        }
        if (i > 0) {
            writer.setPageSize(pageSize(pages[i].layout));
            writer.newPage();
        }
        LayoutRenderer renderer(pages[i].layout, pages[i].content);
        renderer.setSimplifyMm(options.simplifyMm);
        renderer.setVectorOutput(true);
        renderer.render(painter, writer.resolution(), options.cancel ? *options.cancel : never);
    }
    if (options.cancelled()) {
        painter.end();
        file.cancelWriting();
        *error = tr("%1: the atlas was cancelled").arg(shown);
        return false;
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
