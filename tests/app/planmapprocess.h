#pragma once

#include <QProcess>
#include <QStringList>

namespace testing {

// The result of running the planmap executable, as a user at a shell would.
struct PlanmapRun
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

inline PlanmapRun runPlanmap(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PLANMAP_EXECUTABLE), arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), process.exitStatus(),
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace testing
