#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QtTest>

#include <optional>

namespace testing {

// The throwaway PostgreSQL/PostGIS cluster of tools/pgcluster.sh: the one ctest starts for the
// postgis module (PLANMAP_PG_TEST_DIR), or a private one a test starts, kills and removes.
class PgTestServer
{
public:
    // The module's shared cluster; nothing when the tests run without ctest's fixture.
    static std::optional<PgTestServer> shared()
    {
        const QString dir = qEnvironmentVariable("PLANMAP_PG_TEST_DIR");
        if (dir.isEmpty() || !QFile::exists(dir + QStringLiteral("/conninfo")))
            return std::nullopt;
        return PgTestServer(dir);
    }

    // A cluster of the test's own in `dir` (for tests that stop or kill the server).
    static std::optional<PgTestServer> startPrivate(const QString &dir)
    {
        if (!run({QStringLiteral("fresh"), dir}))
            return std::nullopt;
        return PgTestServer(dir);
    }

    // libpq's "host=… port=… dbname=… user=…", without password: it comes from the
    // cluster's pgpass file (PGPASSFILE), as planners' come from theirs.
    QString conninfo() const
    {
        QFile file(mDir + QStringLiteral("/conninfo"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed()
                                              : QString();
    }
    QString datasetName() const { return QStringLiteral("PG:") + conninfo(); }
    QString passFile() const { return mDir + QStringLiteral("/pgpass"); }
    QString directory() const { return mDir; }

    bool kill() const { return run({QStringLiteral("kill"), mDir}); }
    bool stop() const { return run({QStringLiteral("stop"), mDir}); }
    bool restart() const { return run({QStringLiteral("restart"), mDir}); }
    bool remove() const { return run({QStringLiteral("remove"), mDir}); }

    // Runs SQL through psql (the test's own view of the server, apart from planmap's);
    // nothing when psql fails, else its unaligned, tuples-only output.
    std::optional<QString> psql(const QString &sql) const
    {
        QProcess process;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSFILE"), passFile());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                      {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                       QStringLiteral("-t"), QStringLiteral("-v"),
                       QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), conninfo(),
                       QStringLiteral("-c"), sql});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning("psql failed: %s", process.readAllStandardError().constData());
            return std::nullopt;
        }
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

private:
    explicit PgTestServer(QString dir)
        : mDir(std::move(dir))
    {
        // libpq reads it for every connection planmap opens in this process.
        qputenv("PGPASSFILE", passFile().toUtf8());
    }

    static bool run(const QStringList &arguments)
    {
        const QString script = qEnvironmentVariable("PLANMAP_PGCLUSTER");
        if (script.isEmpty())
            return false;
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(script, arguments);
        return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }

    QString mDir;
};

} // namespace testing

// For the start of each postgis test: the shared server, or a failure (never a skip: the
// test command starts it, so its absence is a broken set-up).
#define PLANMAP_REQUIRE_PG_SERVER(server)                                                          \
    const auto server##Found = testing::PgTestServer::shared();                                    \
    QVERIFY2(server##Found, "no test PostgreSQL server: run the tests through ctest");             \
    const testing::PgTestServer &server = *server##Found
