#include "statscommand.h"

#include "commandproject.h"

#include "project/planproject.h"
#include "project/projectfile.h"
#include "statistics/statisticsexport.h"
#include "statistics/statisticsmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace app {

namespace {

struct StatsRequest
{
    QString project; // empty: the bundled one
    QString layer;   // empty: every layer figures can join
    bool json = false;
};

std::optional<StatsRequest> parseRequest(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption project(QStringLiteral("project"), {}, QStringLiteral("file"));
    const QCommandLineOption layer(QStringLiteral("layer"), {}, QStringLiteral("name"));
    const QCommandLineOption format(QStringLiteral("format"), {}, QStringLiteral("format"),
                                    QStringLiteral("csv"));
    parser.addOptions({project, layer, format});
    if (!parser.parse(QStringList{QStringLiteral("planmap-stats")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("StatsCommand", "unexpected argument: %1")
                     .arg(parser.positionalArguments().first());
        return std::nullopt;
    }
    const QString formatName = parser.value(format);
    if (formatName != u"csv" && formatName != u"json") {
        *error = QCoreApplication::translate("StatsCommand", "unknown format “%1”: use csv or json")
                     .arg(formatName);
        return std::nullopt;
    }
    return StatsRequest{parser.value(project), parser.value(layer), formatName == u"json"};
}

} // namespace

int runStatsCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QString error;
    const auto request = parseRequest(arguments, &error);
    if (!request) {
        err << "planmap: " << error << '\n'
            << QCoreApplication::translate(
                   "StatsCommand",
                   "usage: planmap stats [--project P] [--layer NAME] [--format csv|json]")
            << '\n';
        return 2;
    }
    auto data = loadCommandProject(request->project, &error);
    if (!data) {
        err << "planmap: " << error << '\n';
        return 1;
    }
    // What a project file held that could not be used (a join naming a missing layer…) changes
    // the figures: a script should see why.
    for (const QString &warning : std::as_const(data->warnings))
        err << "planmap: " << warning << '\n';
    err.flush();
    const core::PlanProject project(std::move(*data));
    core::StatisticsModel &model = *project.statisticsModel();
    model.waitForMeasurements();
    const QStringList layers = model.joinableLayerIds();
    if (!request->layer.isEmpty() && !layers.contains(request->layer)) {
        err << "planmap: "
            << QCoreApplication::translate("StatsCommand",
                                           "no layer “%1” with a key field; layers: %2")
                   .arg(request->layer, layers.join(QStringLiteral(", ")))
            << '\n';
        return 1;
    }
    const QVector<QStringList> rows = core::StatisticsExport::rows(
        model, request->layer.isEmpty() ? QStringList() : QStringList{request->layer},
        project.labelLanguage());
    QTextStream out(stdout);
    if (request->json)
        out << QJsonDocument(core::StatisticsExport::toJson(rows)).toJson(QJsonDocument::Indented);
    else
        out << QString::fromUtf8(core::StatisticsExport::toCsv(rows));
    return 0;
}

} // namespace app
