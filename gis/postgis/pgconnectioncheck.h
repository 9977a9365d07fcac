#pragma once

#include "pgconnectioninfo.h"

#include <QCoreApplication>

#include <optional>

namespace gis::postgis {

// Whether a connection can be opened: what the connection dialog's Test button runs, off the
// GUI thread.
class PgConnectionCheck
{
    Q_DECLARE_TR_FUNCTIONS(PgConnectionCheck)
public:
    // On success, what the server runs ("PostgreSQL 15.4, PostGIS 3.3…"). Else nothing and an
    // error naming the connection and where it points, with the server's words, never the
    // password. `password` (typed but not yet stored) is used when not empty, else libpq's
    // own sources and PgPasswordSource.
    static std::optional<QString> run(const PgConnectionInfo &connection, const QString &password,
                                      QString *error);
};

} // namespace gis::postgis
