#include "teameditwindow.h"
#include "testregistry.h"

#include "editing/conflictoverlay.h"
#include "editing/conflictreview.h"
#include "editing/conflictsdock.h"
#include "editing/editingactions.h"

#include <QPushButton>
#include <QTreeWidget>

// The window when a save meets a colleague's edit: the Conflicts dock names the feature and
// what each side did, the map shows both versions, and Keep mine + Save again writes mine.
class tst_teameditwindow : public QObject
{
    Q_OBJECT
private slots:
    void conflictsAreShownAndResolved()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        const QString table = QStringLiteral("teamedit_window");
        QVERIFY(testing::makeZonesTable(server, table));
        auto opened = testing::openEditingWindow(server, table);
        QVERIFY(opened && opened->session);
        const auto &window = opened->window;
        const QString id = opened->layerId;
        app::EditingActions *actions = opened->actions;
        core::EditSession *session = opened->session;
        QVERIFY(!actions->lockFeaturesAction()->isChecked());
        const gis::Point corner = *gis::vertexAt(*session->geometry(2), {0, 0, 2});
        session->undoStack()->push(
            core::MoveVertexCommand::create(session, {{2, {0, 0, 2}}}, {127.75, corner.y() + 0.2})
                .release());
        // A colleague moves the same zone meanwhile (QGIS, psql…).
        QVERIFY(server.psql(QStringLiteral("UPDATE %1 SET geom = ST_Translate(geom, -0.15, -0.1), "
                                           "name = 'zone 2 (colleague)' WHERE fid = 2")
                                .arg(table)));

        QVERIFY(!actions->saveEdits(id));
        app::ConflictReview *review = actions->conflictReview();
        app::ConflictsDock *dock = review->dock();
        QVERIFY(dock->isVisible());
        QCOMPARE(dock->tree()->topLevelItemCount(), 1);
        const QTreeWidgetItem *row = dock->tree()->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("zone 2 (#2)"));
        QCOMPARE(row->text(1), QStringLiteral("changed its shape, name (version 2)"));
        QCOMPARE(row->text(2), QStringLiteral("changed its shape"));
        QCOMPARE(dock->currentFeature(), 2);
        QVERIFY(!review->overlay()->isEmpty());
        QVERIFY(testing::waitForFrame(window->canvas()));
        const QString shot = QDir::temp().filePath(QStringLiteral("planmap-teamedit-conflict.png"));
        QVERIFY(window->grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));

        dock->keepMineButton()->click();
        QCOMPARE(dock->tree()->topLevelItemCount(), 0);
        QVERIFY(review->overlay()->isEmpty());
        dock->saveButton()->click();
        QVERIFY(!session->isModified());
        QCOMPARE(*server.psql(QStringLiteral("SELECT name || ' ' || round(ST_XMax(geom)::numeric, "
                                             "2) FROM %1 WHERE fid = 2")
                                  .arg(table)),
                 QStringLiteral("zone 2 (colleague) 127.75"));
    }
};

PLANMAP_TEST(tst_teameditwindow)
#include "tst_teameditwindow.moc"
