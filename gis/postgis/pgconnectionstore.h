#pragma once

#include "pgconnectioninfo.h"

#include <QList>

#include <optional>

namespace gis::postgis {

// The planner's named PostGIS connections, kept in the user's settings (QSettings) on this
// machine, never in a project: a project names a connection, each machine says where it is.
// Passwords are not kept here (see PgPasswordSource). Any thread may use a store of its own.
class PgConnectionStore
{
public:
    QList<PgConnectionInfo> connections() const;
    std::optional<PgConnectionInfo> find(const QString &name) const;
    // Adds the connection, or replaces the one of the same name.
    void add(const PgConnectionInfo &connection);
    bool remove(const QString &name);

    // The dataset name a connection name stands for: the stored connection's, or
    // "PG:service=NAME" for a name this machine does not store (a pg_service.conf entry).
    QString datasetName(const QString &connectionName) const;

private:
    void write(const QList<PgConnectionInfo> &connections);
};

} // namespace gis::postgis
