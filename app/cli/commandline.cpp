#include "commandline.h"

#include "infocommand.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
        "CommandLine", "Usage: planmap [DATASET]          open the bundled project or a dataset\n"
                       "       planmap info FILE [--json] describe the layers of a dataset\n"
                       "       planmap --version | --help\n");
}

} // namespace

bool isCommandLineInvocation(int argc, char *argv[])
{
    return argc > 1 && isOneOf(argv[1], {"info", "--version", "-v", "--help", "-h", "help"});
}

int runCommandLine(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
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
    out << usage();
    return 0;
}

} // namespace app
