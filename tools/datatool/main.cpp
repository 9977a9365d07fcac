// planmap-datatool: builds the bundled planning GeoPackage from resources/data.
#include "dataset/datasetbuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Builds planmap's bundled GeoPackage."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("data-root"),
                                 QStringLiteral("resources/data folder"));
    parser.addPositionalArgument(QStringLiteral("output"), QStringLiteral("GeoPackage to write"));
    parser.addOption({QStringLiteral("log"), QStringLiteral("Write the build log here."),
                      QStringLiteral("file")});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    QTextStream err(stderr);
    if (args.size() != 2) {
        err << "usage: planmap-datatool DATA_ROOT OUTPUT.gpkg [--log FILE]\n";
        return 2;
    }
    core::DatasetBuilder builder(args[0]);
    QString error;
    const bool ok = builder.build(args[1], &error);
    const QString log = builder.log().join(u'\n') + u'\n';
    if (parser.isSet(QStringLiteral("log"))) {
        QFile file(parser.value(QStringLiteral("log")));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(log.toUtf8());
    }
    if (!ok) {
        err << "planmap-datatool: " << error << '\n';
        return 1;
    }
    QTextStream(stdout) << log;
    return 0;
}
