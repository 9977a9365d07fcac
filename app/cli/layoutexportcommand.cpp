#include "layoutexportcommand.h"

#include "commandproject.h"
#include "extentargument.h"

#include "layout/atlas.h"
#include "layout/exportquality.h"
#include "layout/layoutexporter.h"
#include "project/planproject.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace app {

namespace {

struct LayoutExportRequest
{
    QString project;
    QString layout;
    QString output;
    std::optional<core::PaperSize> paper;
    std::optional<core::PageOrientation> orientation;
    double dpi = 300;
    double simplifyMm = 0.0; // set by --quality
    std::optional<gis::Box> extent;
    QString crs;
    QString title;
    bool georeferenced = false; // the map frame alone, as a GeoTIFF
    QString atlasLayer;         // one page per feature of this layer, as one PDF
    bool help = false;
};

// --quality screen|print|press: its simplification, and its dpi unless --dpi names one.
bool applyQuality(const QString &name, bool dpiGiven, LayoutExportRequest &request, QString *error)
{
    const auto preset = core::ExportQuality::fromName(name);
    if (!preset) {
        *error = QCoreApplication::translate("LayoutExportCommand",
                                             "unknown quality “%1”: use screen, print or press")
                     .arg(name);
        return false;
    }
    const core::ExportOptions options = core::ExportQuality::options(*preset);
    request.simplifyMm = options.simplifyMm;
    if (!dpiGiven)
        request.dpi = options.dpi;
    return true;
}

core::ExportOptions exportOptions(const LayoutExportRequest &request)
{
    core::ExportOptions options;
    options.dpi = request.dpi;
    options.simplifyMm = request.simplifyMm;
    return options;
}

// One file per feature when the atlas's output names the feature's place in it.
bool isFilePerFeature(const QString &output)
{
    return output.contains(core::Atlas::namePlaceholder());
}

QString helpText()
{
    return QCoreApplication::translate(
        "LayoutExportCommand",
        "usage: planmap export [--project P] [--layout NAME] --out FILE.pdf|svg|png|tif\n"
        "                      [--paper A3] [--landscape|--portrait] [--dpi 300]\n"
        "                      [--quality screen|print|press]\n"
        "                      [--extent minx,miny,maxx,maxy [--crs EPSG:n]] [--title TEXT]\n"
        "                      [--georeferenced] [--atlas LAYER]\n"
        "Writes a print layout of the project (the bundled one without --project).\n"
        "  --quality screen|print|press  150, 300 or 600 dpi (unless --dpi), geometry\n"
        "                                simplified to 0.2, 0.08 or 0 mm on paper\n"
        "  --georeferenced --out F.tif   the map frame alone as a GeoTIFF\n"
        "  --atlas LAYER --out F.pdf     one page per feature of LAYER in one PDF\n"
        "  --atlas LAYER --out \"DIR/{name}.png\"\n"
        "                                one file per feature (pdf, svg, png or tif), {name}\n"
        "                                replaced by the feature's name\n");
}

std::optional<LayoutExportRequest> parseRequest(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption project(QStringLiteral("project"), {}, QStringLiteral("file"));
    const QCommandLineOption layout(QStringLiteral("layout"), {}, QStringLiteral("name"));
    const QCommandLineOption out(QStringLiteral("out"), {}, QStringLiteral("file"));
    const QCommandLineOption paper(QStringLiteral("paper"), {}, QStringLiteral("size"));
    const QCommandLineOption landscape(QStringLiteral("landscape"));
    const QCommandLineOption portrait(QStringLiteral("portrait"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), {}, QStringLiteral("dpi"),
                                 QStringLiteral("300"));
    const QCommandLineOption extent(QStringLiteral("extent"), {}, QStringLiteral("box"));
    const QCommandLineOption crs(QStringLiteral("crs"), {}, QStringLiteral("crs"));
    const QCommandLineOption title(QStringLiteral("title"), {}, QStringLiteral("text"));
    const QCommandLineOption georeferenced(QStringLiteral("georeferenced"));
    const QCommandLineOption atlas(QStringLiteral("atlas"), {}, QStringLiteral("layer"));
    const QCommandLineOption quality(QStringLiteral("quality"), {}, QStringLiteral("preset"));
    const QCommandLineOption help(QStringList{QStringLiteral("help"), QStringLiteral("h")});
    parser.addOptions({project, layout, out, paper, landscape, portrait, dpi, extent, crs, title,
                       georeferenced, atlas, quality, help});
    if (!parser.parse(QStringList{QStringLiteral("planmap-export")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    LayoutExportRequest request;
    if (parser.isSet(help)) {
        request.help = true;
        return request;
    }
    request.project = parser.value(project);
    request.layout = parser.value(layout);
    request.output = parser.value(out);
    request.crs = parser.value(crs);
    request.title = parser.value(title);
    if (request.output.isEmpty()) {
        *error = QCoreApplication::translate("LayoutExportCommand",
                                             "export needs --out FILE.pdf, .svg, .png or .tif");
        return std::nullopt;
    }
    request.georeferenced = parser.isSet(georeferenced);
    request.atlasLayer = parser.value(atlas);
    if (!request.atlasLayer.isEmpty() && isFilePerFeature(request.output) &&
        !core::LayoutExporter::formatForPath(request.output)) {
        *error = QCoreApplication::translate(
            "LayoutExportCommand",
            "--atlas with {name} writes a file per feature: give --out DIR/{name}.pdf, .svg, "
            ".png or .tif");
        return std::nullopt;
    }
    if (!request.atlasLayer.isEmpty() && !isFilePerFeature(request.output) &&
        core::LayoutExporter::formatForPath(request.output) != core::ExportFormat::Pdf) {
        *error = QCoreApplication::translate(
            "LayoutExportCommand",
            "--atlas writes one PDF of many pages: give --out FILE.pdf, or --out DIR/{name}.png "
            "for a file per feature");
        return std::nullopt;
    }
    if (request.georeferenced &&
        core::LayoutExporter::formatForPath(request.output) != core::ExportFormat::Tiff) {
        *error = QCoreApplication::translate(
            "LayoutExportCommand", "--georeferenced writes a GeoTIFF: give --out FILE.tif");
        return std::nullopt;
    }
    if (parser.isSet(paper)) {
        request.paper = core::PrintLayout::paperFromName(parser.value(paper));
        if (!request.paper) {
            *error = QCoreApplication::translate("LayoutExportCommand",
                                                 "unknown paper “%1”: use A4, A3, A2, A1 or A0")
                         .arg(parser.value(paper));
            return std::nullopt;
        }
    }
    if (parser.isSet(landscape) && parser.isSet(portrait)) {
        *error = QCoreApplication::translate("LayoutExportCommand",
                                             "--landscape and --portrait exclude each other");
        return std::nullopt;
    }
    if (parser.isSet(landscape))
        request.orientation = core::PageOrientation::Landscape;
    if (parser.isSet(portrait))
        request.orientation = core::PageOrientation::Portrait;
    bool ok = false;
    request.dpi = parser.value(dpi).toDouble(&ok);
    if (!ok || request.dpi < 1 || request.dpi > 2400) {
        *error = QCoreApplication::translate("LayoutExportCommand",
                                             "--dpi needs a number between 1 and 2400, got “%1”")
                     .arg(parser.value(dpi));
        return std::nullopt;
    }
    if (parser.isSet(quality) &&
        !applyQuality(parser.value(quality), parser.isSet(dpi), request, error))
        return std::nullopt;
    if (parser.isSet(extent)) {
        request.extent = parseExtent(parser.value(extent));
        if (!request.extent) {
            *error = QCoreApplication::translate("LayoutExportCommand",
                                                 "--extent needs minx,miny,maxx,maxy, got “%1”")
                         .arg(parser.value(extent));
            return std::nullopt;
        }
    } else if (parser.isSet(crs)) {
        *error = QCoreApplication::translate("LayoutExportCommand",
                                             "--crs goes with --extent: it names the extent's CRS");
        return std::nullopt;
    }
    return request;
}

// The request's choices applied to the layout it names.
std::optional<core::PrintLayout> layoutFor(const core::PlanProject &project,
                                           const LayoutExportRequest &request, QString *error)
{
    std::optional<core::PrintLayout> layout = request.layout.isEmpty()
                                                  ? project.printLayouts().value(0)
                                                  : project.printLayout(request.layout);
    if (!layout) {
        QStringList names;
        for (const core::PrintLayout &known : project.printLayouts())
            names.push_back(known.name);
        *error = QCoreApplication::translate("LayoutExportCommand", "no layout “%1”; layouts: %2")
                     .arg(request.layout, names.join(u", "));
        return std::nullopt;
    }
    if (request.paper || request.orientation)
        layout = layout->withPage(request.paper.value_or(layout->paper),
                                  request.orientation.value_or(layout->orientation));
    if (request.extent) {
        const gis::Crs crs =
            request.crs.isEmpty() ? project.crs() : gis::Crs::fromUserInput(request.crs, error);
        if (!crs.isValid()) {
            *error = QCoreApplication::translate("LayoutExportCommand", "unknown CRS “%1”: %2")
                         .arg(request.crs, *error);
            return std::nullopt;
        }
        layout->map.extent = request.extent;
        layout->map.crs = crs;
    }
    if (!request.title.isEmpty()) {
        if (core::LayoutItem *title = layout->item(core::LayoutItemKind::Title))
            title->text = request.title;
    }
    return layout;
}

int writeAtlas(const core::PlanProject &project, const core::PrintLayout &layout,
               const LayoutExportRequest &request)
{
    QString error;
    const auto pages = core::Atlas::pages(project, layout, request.atlasLayer, &error);
    const bool written =
        !pages.isEmpty() &&
        (isFilePerFeature(request.output)
             ? core::Atlas::writeFiles(pages, request.output, exportOptions(request), &error)
             : core::Atlas::writePdf(pages, request.output, exportOptions(request), &error));
    if (!written) {
        QTextStream(stderr) << "planmap export: " << error << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int runLayoutExportCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QString error;
    const auto request = parseRequest(arguments, &error);
    if (!request) {
        err << "planmap export: " << error << '\n' << helpText();
        return 2;
    }
    if (request->help) {
        QTextStream(stdout) << helpText();
        return 0;
    }
    auto data = loadCommandProject(request->project, &error);
    if (!data) {
        err << "planmap: " << error << '\n';
        return 1;
    }
    const core::PlanProject project(std::move(*data));
    const auto layout = layoutFor(project, *request, &error);
    if (!layout) {
        err << "planmap export: " << error << '\n';
        return 1;
    }
    if (!request->atlasLayer.isEmpty())
        return writeAtlas(project, *layout, *request);
    const core::LayoutExporter exporter(
        core::LayoutRenderer(*layout, core::LayoutContent::fromProject(project, *layout)));
    QStringList problems;
    const core::ExportOptions options = exportOptions(*request);
    const bool written = request->georeferenced
                             ? exporter.writeGeoTiff(request->output, request->dpi, &error)
                             : exporter.write(request->output, options, &error, &problems);
    if (!written) {
        err << "planmap: " << error << '\n';
        return 1;
    }
    for (const QString &problem : std::as_const(problems))
        err << "planmap: " << problem << '\n';
    return 0;
}

} // namespace app
