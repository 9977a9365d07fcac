#include "commandline.h"

#include "infocommand.h"
#include "layoutexportcommand.h"
#include "mapexportcommand.h"
#include "publishcommand.h"
#include "statscommand.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstring>

namespace app {

namespace {

bool isOneOf(const char *argument, std::initializer_list<const char *> options)
{
    for (const char *option : options) {
        if (std::strcmp(argument, option) == 0)
            return true;
    }
    return false;
}

QString usage()
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: planmap [FILE.planmap | DATASET]  open the bundled project, a "
        "project file or a dataset\n"
        "       planmap info FILE|PG:… [--json]    describe the layers of a dataset\n"
        "       planmap stats [--project P] [--layer NAME] [--format csv|json]\n"
        "                                          the figures joined to the features\n"
        "       planmap export [--project P] [--layout NAME] --out FILE.pdf|svg|png|tif\n"
        "                      [--paper A3] [--landscape|--portrait] [--dpi 300]\n"
        "                      [--extent minx,miny,maxx,maxy [--crs EPSG:n]]\n"
        "                      [--atlas LAYER [--out \"DIR/{name}.png\"]]\n"
        "                                          a print layout: map, legend, scale bar;\n"
        "                                          an atlas, one page or file per feature\n"
        "       planmap publish --to \"PG:service=NAME\" [--schema S] [--from DATASET]\n"
        "                       [--overwrite]      copy the bundled dataset (layers,\n"
        "                                          statistics, QGIS styles) into PostGIS\n"
        "       planmap --version | --help\n");
}

} // namespace

bool isCommandLineInvocation(int argc, char *argv[])
{
    return argc > 1 && isOneOf(argv[1], {"info", "export", "stats", "publish", "--version", "-v",
                                         "--help", "-h", "help"});
}

namespace {

// Rendering needs fonts and so a QGuiApplication; without a display it runs offscreen.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (std::strcmp(argv[1], "export") != 0)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int runCommandLine(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> applicationPointer = makeApplication(argc, argv);
    QCoreApplication &application = *applicationPointer;
    QCoreApplication::setApplicationName(QStringLiteral("planmap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLANMAP_VERSION));
    installTranslations(application);
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    QTextStream out(stdout);
    if (command == u"--version" || command == u"-v") {
        out << "planmap " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (command == u"info")
        return runInfoCommand(arguments.mid(2));
    if (command == u"stats")
        return runStatsCommand(arguments.mid(2));
    if (command == u"publish")
        return runPublishCommand(arguments.mid(2));
    if (command == u"export") {
        // --map-only is the benchmark's contract and stays as it is; the rest prints layouts.
        const QStringList rest = arguments.mid(2);
        return rest.contains(QStringLiteral("--map-only")) ? runMapExportCommand(rest)
                                                           : runLayoutExportCommand(rest);
    }
    out << usage();
    return 0;
}

} // namespace app
