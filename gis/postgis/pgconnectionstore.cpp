#include "pgconnectionstore.h"

#include "pgsql.h"

#include <QSettings>

namespace gis::postgis {

namespace {

const QString arrayName = QStringLiteral("postgis/connections");

PgConnectionInfo readEntry(const QSettings &settings)
{
    PgConnectionInfo::Parameters parameters;
    parameters.service = settings.value(QStringLiteral("service")).toString();
    parameters.host = settings.value(QStringLiteral("host")).toString();
    parameters.port = settings.value(QStringLiteral("port")).toInt();
    parameters.database = settings.value(QStringLiteral("database")).toString();
    parameters.user = settings.value(QStringLiteral("user")).toString();
    parameters.sslMode = settings.value(QStringLiteral("sslmode")).toString();
    return PgConnectionInfo(settings.value(QStringLiteral("name")).toString(), parameters);
}

void writeEntry(QSettings &settings, const PgConnectionInfo &connection)
{
    settings.setValue(QStringLiteral("name"), connection.name());
    settings.setValue(QStringLiteral("service"), connection.service());
    settings.setValue(QStringLiteral("host"), connection.host());
    settings.setValue(QStringLiteral("port"), connection.port());
    settings.setValue(QStringLiteral("database"), connection.database());
    settings.setValue(QStringLiteral("user"), connection.user());
    settings.setValue(QStringLiteral("sslmode"), connection.sslMode());
}

} // namespace

QList<PgConnectionInfo> PgConnectionStore::connections() const
{
    QSettings settings;
    QList<PgConnectionInfo> connections;
    const int count = settings.beginReadArray(arrayName);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const PgConnectionInfo connection = readEntry(settings);
        if (connection.isValid())
            connections.push_back(connection);
    }
    settings.endArray();
    return connections;
}

std::optional<PgConnectionInfo> PgConnectionStore::find(const QString &name) const
{
    for (const PgConnectionInfo &connection : connections()) {
        if (connection.name() == name)
            return connection;
    }
    return std::nullopt;
}

void PgConnectionStore::add(const PgConnectionInfo &connection)
{
    QList<PgConnectionInfo> all = connections();
    const auto same = std::find_if(all.begin(), all.end(), [&](const PgConnectionInfo &stored) {
        return stored.name() == connection.name();
    });
    if (same != all.end())
        *same = connection;
    else
        all.push_back(connection);
    write(all);
}

bool PgConnectionStore::remove(const QString &name)
{
    QList<PgConnectionInfo> all = connections();
    const bool removed =
        all.removeIf([&](const PgConnectionInfo &stored) { return stored.name() == name; }) > 0;
    if (removed)
        write(all);
    return removed;
}

QString PgConnectionStore::datasetName(const QString &connectionName) const
{
    if (const auto stored = find(connectionName))
        return stored->datasetName();
    return QStringLiteral("PG:service=") + conninfoValue(connectionName);
}

void PgConnectionStore::write(const QList<PgConnectionInfo> &connections)
{
    QSettings settings;
    settings.remove(arrayName);
    settings.beginWriteArray(arrayName, int(connections.size()));
    for (int i = 0; i < connections.size(); ++i) {
        settings.setArrayIndex(i);
        writeEntry(settings, connections[i]);
    }
    settings.endArray();
    settings.sync();
}

} // namespace gis::postgis
