#include "pgconnectioncheck.h"

#include "pgcatalog.h"
#include "pgpasswordsource.h"
#include "pgsql.h"

#include "data/vectordataset.h"

#include <gdal_priv.h>

namespace gis::postgis {

namespace {

// libpq does not echo passwords, but nothing that reaches a message may hold one.
QString scrubbed(QString text, const QString &password)
{
    if (!password.isEmpty())
        text.replace(password, QStringLiteral("********"));
    return text.trimmed();
}

} // namespace

std::optional<QString> PgConnectionCheck::run(const PgConnectionInfo &connection,
                                              const QString &password, QString *error)
{
    QString name = password.isEmpty() ? PgPasswordSource::openableName(connection.datasetName())
                                      : connection.datasetName() + QStringLiteral(" password=") +
                                            conninfoValue(password);
    // An address that drops packets must not keep the planner waiting for minutes.
    name += QStringLiteral(" connect_timeout=10");
    QString reason;
    std::unique_ptr<VectorDataset> dataset =
        VectorDataset::open(name, &reason, PgCatalog::openOptions());
    if (!dataset) {
        // VectorDataset names the dataset first; the message below names it in words.
        const QString prefix = withoutPassword(name) + QStringLiteral(": ");
        if (reason.startsWith(prefix))
            reason = reason.mid(prefix.size());
        if (error)
            *error =
                tr("Cannot connect to “%1” (%2): %3")
                    .arg(connection.name(), connection.displayTarget(), scrubbed(reason, password));
        return std::nullopt;
    }
    auto &gdal = *static_cast<GDALDataset *>(dataset->handle());
    QString queryError;
    const auto server =
        queryValue(gdal, QStringLiteral("SELECT split_part(version(), ' on ', 1)"), &queryError);
    const auto postgis = queryValue(gdal, QStringLiteral("SELECT postgis_lib_version()"), nullptr);
    if (!server) {
        if (error)
            *error = tr("Connected to “%1” (%2), but the server does not answer: %3")
                         .arg(connection.name(), connection.displayTarget(),
                              scrubbed(queryError, password));
        return std::nullopt;
    }
    return postgis ? tr("%1, PostGIS %2").arg(*server, *postgis)
                   : tr("%1, without PostGIS").arg(*server);
}

} // namespace gis::postgis
