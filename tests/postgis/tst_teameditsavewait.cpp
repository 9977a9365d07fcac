#include "teameditwindow.h"
#include "testregistry.h"

#include "editing/editingactions.h"

#include <QGuiApplication>
#include <QProcess>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QScreen>
#include <QTimer>

using testing::serverXMax;

// A save that has to wait (a colleague's open transaction holds a row it writes) runs off the
// GUI thread: the window keeps processing events but takes no input, the wait shows a progress
// dialog, and its Cancel stops the save with nothing written and every edit kept.
class tst_teameditsavewait : public QObject
{
    Q_OBJECT
private slots:
    void waitingSaveKeepsTheWindowAliveAndCancels()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        const QString table = QStringLiteral("teamedit_savewait");
        QVERIFY(testing::makeZonesTable(server, table));
        auto opened = testing::openEditingWindow(server, table);
        QVERIFY(opened && opened->session);
        const auto &window = opened->window;
        const QString id = opened->layerId;
        app::EditingActions *actions = opened->actions;
        core::EditSession *session = opened->session;
        const gis::Point corner = *gis::vertexAt(*session->geometry(3), {0, 0, 2});
        session->undoStack()->push(
            core::MoveVertexCommand::create(session, {{3, {0, 0, 2}}}, {128.6, corner.y()})
                .release());
        const int undoIndex = session->undoStack()->index();

        QProcess holder; // a colleague's client, in the middle of a transaction on feature 3
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSFILE"), server.passFile());
        holder.setProcessEnvironment(environment);
        holder.start(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                     {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"),
                      server.conninfo(), QStringLiteral("-c"),
                      QStringLiteral("BEGIN; SELECT 1 FROM %1 WHERE fid = 3 FOR UPDATE; SELECT "
                                     "pg_sleep(600);")
                          .arg(table)});
        QVERIFY(holder.waitForStarted());
        const auto stopHolder = qScopeGuard([&] {
            holder.kill();
            holder.waitForFinished();
        });
        QTRY_VERIFY_WITH_TIMEOUT(
            server.psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query LIKE "
                                       "'%pg_sleep(600)%' AND state = 'active' AND pid <> "
                                       "pg_backend_pid()")) == QStringLiteral("1"),
            30000);

        // While the save waits: events keep flowing, a key press does not reach the window
        // (Ctrl+Z would undo the edit under the save), and the dialog's Cancel stops it.
        int ticks = 0;
        bool dialogSeen = false;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            ++ticks;
            auto *progress = window->findChild<QProgressDialog *>(QStringLiteral("saveProgress"));
            if (!progress || !progress->isVisible())
                return;
            if (!dialogSeen) { // cancelled on the next tick, once the dialog has painted
                dialogSeen = true;
                return;
            }
            const QString shot = QDir::temp().filePath(QStringLiteral("planmap-save-waiting.png"));
            if (QGuiApplication::primaryScreen()->grabWindow(0).save(shot))
                qInfo("screenshot: %s", qPrintable(shot));
            QTest::keyClick(window->canvas(), Qt::Key_Z, Qt::ControlModifier);
            progress->cancel();
        });
        ticker.start(100);
        QVERIFY(!actions->saveEdits(id));
        ticker.stop();
        QVERIFY(ticks >= 3); // the GUI thread ran while the save waited
        QVERIFY(dialogSeen);
        QCOMPARE(session->undoStack()->index(), undoIndex);
        QVERIFY(session->isModified());
        QCOMPARE(session->buffer().changedGeometries().size(), std::size_t(1));
        QCOMPARE(serverXMax(server, table, 3), QStringLiteral("128.500"));

        // The colleague's session ends (its server process too: a sleeping backend does not
        // notice its client went) without committing: the save goes through.
        holder.kill();
        holder.waitForFinished();
        QVERIFY(server.psql(QStringLiteral(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE "
            "'%pg_sleep(600)%' AND pid <> pg_backend_pid()")));
        QVERIFY(actions->saveEdits(id));
        QVERIFY(!session->isModified());
        QCOMPARE(serverXMax(server, table, 3), QStringLiteral("128.600"));
    }
};

PLANMAP_TEST(tst_teameditsavewait)
#include "tst_teameditsavewait.moc"
