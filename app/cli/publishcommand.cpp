#include "publishcommand.h"

#include "postgis/datasetpublisher.h"
#include "postgis/pgsql.h"
#include "project/projectdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace app {

namespace {

struct PublishRequest
{
    QString source;
    QString target;
    QString schema;
    bool overwrite = false;
};

std::optional<PublishRequest> parseRequest(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"), {}, QStringLiteral("connection"));
    const QCommandLineOption schema(QStringLiteral("schema"), {}, QStringLiteral("schema"),
                                    QStringLiteral("public"));
    const QCommandLineOption from(QStringLiteral("from"), {}, QStringLiteral("dataset"));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"));
    parser.addOptions({to, schema, from, overwrite});
    if (!parser.parse(QStringList{QStringLiteral("planmap-publish")} + arguments)) {
        *error = gis::postgis::withoutPassword(parser.errorText());
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(to) ||
        parser.value(schema).isEmpty()) {
        *error = QCoreApplication::translate(
            "PublishCommand", "usage: planmap publish --to \"PG:service=NAME\" [--schema S] "
                              "[--from DATASET] [--overwrite]");
        return std::nullopt;
    }
    return PublishRequest{parser.isSet(from) ? parser.value(from) : core::bundledDatasetPath(),
                          parser.value(to), parser.value(schema), parser.isSet(overwrite)};
}

} // namespace

int runPublishCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QString error;
    const std::optional<PublishRequest> request = parseRequest(arguments, &error);
    if (!request) {
        err << "planmap publish: " << error << '\n';
        return 2;
    }
    gis::postgis::DatasetPublisher publisher(request->source, request->target, request->schema);
    publisher.setOverwrite(request->overwrite);
    publisher.setProgress([&err](const QString &table, int number, int count) {
        err << QCoreApplication::translate("PublishCommand", "publishing %1 (%2/%3)…")
                   .arg(table)
                   .arg(number)
                   .arg(count)
            << '\n';
        err.flush();
    });
    if (!publisher.publish(&error)) {
        err << "planmap: " << error << '\n';
        if (!publisher.refusedTables().isEmpty())
            err << QCoreApplication::translate("PublishCommand", "use --overwrite to replace them")
                << '\n';
        return 1;
    }
    QTextStream(stdout) << QCoreApplication::translate("PublishCommand",
                                                       "published %1 into schema %2 of %3")
                               .arg(request->source, gis::postgis::quoteIdentifier(request->schema),
                                    gis::postgis::withoutPassword(request->target))
                        << '\n';
    return 0;
}

} // namespace app
