#include "teameditplanner.h"
#include "testregistry.h"

#include "editing/editjournal.h"

#include <QProcess>
#include <QScopeGuard>

#include <atomic>
#include <thread>

using testing::Planner;
using testing::serverXMax;

// The server dies in the middle of a save: nothing is half written, every edit stays in the
// session and its journal, and the next save, once the server is back, writes them all.
class tst_teameditserverloss : public QObject
{
    Q_OBJECT
private slots:
    void serverKilledDuringASave()
    {
        // Not inside a private temporary folder: the server's own user must reach it.
        const QString clusterDir = QDir::temp().filePath(
            QStringLiteral("planmap-teamedit-loss-%1").arg(QCoreApplication::applicationPid()));
        const auto server = testing::PgTestServer::startPrivate(clusterDir);
        QVERIFY2(server, "no private PostgreSQL cluster: run the tests through ctest");
        const auto removeCluster = qScopeGuard([&] { server->remove(); });
        const QString table = QStringLiteral("teamedit_serverloss");
        QVERIFY(testing::makeZonesTable(*server, table));

        Planner planner(server->datasetName(), table);
        QString error;
        QVERIFY2(planner.start(&error), qPrintable(error));
        planner.moveCorner(1, 126.6);
        planner.moveCorner(2, 127.6);
        planner.moveCorner(3, 128.6); // the last the save reaches: a colleague holds its row
        planner.editing->flushJournals();

        // Another client holds feature 3's row in an open transaction.
        QProcess holder;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSFILE"), server->passFile());
        holder.setProcessEnvironment(environment);
        holder.start(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                     {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"),
                      server->conninfo(), QStringLiteral("-c"),
                      QStringLiteral("BEGIN; SELECT 1 FROM %1 WHERE fid = 3 FOR UPDATE; SELECT "
                                     "pg_sleep(600);")
                          .arg(table)});
        QVERIFY(holder.waitForStarted());
        const auto rowsHeld = [&] {
            return server->psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                               "query LIKE '%pg_sleep(600)%' AND state = 'active' "
                                               "AND pid <> pg_backend_pid()")) ==
                   QStringLiteral("1");
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowsHeld(), 30000);

        // The save writes features 1 and 2, then waits for row 3: the server is killed then.
        std::atomic_bool killed = false;
        std::atomic_bool saveReturned = false;
        std::thread killer([&] {
            while (!killed && !saveReturned) {
                if (server->psql(QStringLiteral(
                        "SELECT count(*) FROM pg_locks WHERE NOT granted")) == QStringLiteral("1"))
                    killed = server->kill();
                else
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        });
        const bool saved = planner.save(&error);
        saveReturned = true;
        killer.join();
        holder.kill();
        holder.waitForFinished();
        QVERIFY(killed);
        QVERIFY(!saved);
        QVERIFY2(error.contains(table) && error.contains(QStringLiteral("every edit is kept")),
                 qPrintable(error));

        // Every edit is still in the session and in the journal.
        QCOMPARE(planner.session->buffer().changedGeometries().size(), std::size_t(3));
        QVERIFY(planner.session->isModified());
        QCOMPARE(planner.shownXMax(1), 126.6);
        const auto journal = core::EditJournal::read(planner.editing->journalPath(planner.layerId),
                                                     planner.layer().features().fields, &error);
        QVERIFY2(journal, qPrintable(error));
        QCOMPARE(journal->edits.changedGeometries().size(), std::size_t(3));

        // While the server is down, a save says so and keeps everything too.
        QVERIFY(!planner.save(&error));
        QVERIFY2(error.contains(server->datasetName()), qPrintable(error));
        QCOMPARE(planner.session->buffer().changedGeometries().size(), std::size_t(3));

        // Back up: none of the edits reached the table (no partial write).
        QVERIFY(server->restart());
        QCOMPARE(serverXMax(*server, table, 1), QStringLiteral("126.500"));
        QCOMPARE(serverXMax(*server, table, 2), QStringLiteral("127.500"));
        QCOMPARE(serverXMax(*server, table, 3), QStringLiteral("128.500"));

        // The next save opens a new connection and writes them all.
        QVERIFY2(planner.save(&error), qPrintable(error));
        QCOMPARE(serverXMax(*server, table, 1), QStringLiteral("126.600"));
        QCOMPARE(serverXMax(*server, table, 2), QStringLiteral("127.600"));
        QCOMPARE(serverXMax(*server, table, 3), QStringLiteral("128.600"));
        QVERIFY(!planner.session->isModified());
    }
};

PLANMAP_TEST(tst_teameditserverloss)
#include "tst_teameditserverloss.moc"
