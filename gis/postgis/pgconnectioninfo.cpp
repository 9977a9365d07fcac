#include "pgconnectioninfo.h"

#include "pgsql.h"

namespace gis::postgis {

PgConnectionInfo::PgConnectionInfo(QString name, Parameters parameters)
    : mName(std::move(name).trimmed())
    , mParameters(std::move(parameters))
{
    mParameters.service = mParameters.service.trimmed();
    mParameters.host = mParameters.host.trimmed();
    mParameters.database = mParameters.database.trimmed();
    mParameters.user = mParameters.user.trimmed();
    if (!sslModes().contains(mParameters.sslMode))
        mParameters.sslMode.clear();
    if (mParameters.port < 0 || mParameters.port > 65535)
        mParameters.port = 0;
}

bool PgConnectionInfo::isValid() const
{
    return !mName.isEmpty() && (!service().isEmpty() || !database().isEmpty());
}

QString PgConnectionInfo::conninfo() const
{
    QStringList parts;
    const auto add = [&parts](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts.push_back(QLatin1String(key) + u'=' + conninfoValue(value));
    };
    add("service", service());
    add("host", host());
    add("port", port() > 0 ? QString::number(port()) : QString());
    add("dbname", database());
    add("user", user());
    add("sslmode", sslMode());
    return parts.join(u' ');
}

QString PgConnectionInfo::datasetName() const
{
    return QStringLiteral("PG:") + conninfo();
}

QString PgConnectionInfo::displayTarget() const
{
    if (database().isEmpty() && host().isEmpty())
        return QStringLiteral("service=%1").arg(service());
    QString target = host().isEmpty() ? QStringLiteral("localhost") : host();
    if (port() > 0)
        target += u':' + QString::number(port());
    return target + u'/' + database();
}

QStringList PgConnectionInfo::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

} // namespace gis::postgis
