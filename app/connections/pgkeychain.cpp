#include "pgkeychain.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace app {

namespace {

const QString service = QStringLiteral("planmap PostGIS");

// Runs the job and waits (at most 10 s: a keychain asking the user to unlock it may take a
// while, a dead one must not hang planmap); false with the keychain's words on failure. A job
// still running then deletes itself whenever it ends.
bool runJob(QKeychain::Job *job, const QString &connectionName, QKeychain::Error *code,
            QString *error)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plain-text file instead of the keychain
    job->setKey(connectionName);
    bool finished = false;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    QObject::disconnect(job, nullptr, &loop, nullptr);
    if (!finished) {
        job->setAutoDelete(true);
        *code = QKeychain::OtherError;
        if (error)
            *error = PgKeychain::tr("the system keychain did not answer");
        return false;
    }
    *code = job->error();
    if (*code != QKeychain::NoError && error)
        *error = job->errorString();
    return *code == QKeychain::NoError;
}

} // namespace

std::optional<QString> PgKeychain::read(const QString &connectionName, QString *error)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    QKeychain::Error code = QKeychain::NoError;
    if (!runJob(job, connectionName, &code, error)) {
        if (code == QKeychain::EntryNotFound && error)
            error->clear();
        if (!job->autoDelete())
            delete job;
        return std::nullopt;
    }
    const QString password = job->textData();
    delete job;
    return password;
}

bool PgKeychain::write(const QString &connectionName, const QString &password, QString *error)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setTextData(password);
    QKeychain::Error code = QKeychain::NoError;
    const bool written = runJob(job, connectionName, &code, error);
    if (!job->autoDelete())
        delete job;
    return written;
}

bool PgKeychain::remove(const QString &connectionName, QString *error)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    QKeychain::Error code = QKeychain::NoError;
    const bool removed = runJob(job, connectionName, &code, error);
    if (!job->autoDelete())
        delete job;
    return removed || code == QKeychain::EntryNotFound;
}

bool PgKeychain::isAvailable()
{
    static const bool available = [] {
        auto *probe = new QKeychain::ReadPasswordJob(service);
        QKeychain::Error code = QKeychain::NoError;
        runJob(probe, QStringLiteral("planmap keychain probe"), &code, nullptr);
        if (!probe->autoDelete())
            delete probe;
        return code == QKeychain::NoError || code == QKeychain::EntryNotFound;
    }();
    return available;
}

} // namespace app
