#include "teameditplanner.h"
#include "testregistry.h"

#include "editing/editjournal.h"

#include <QSignalSpy>

using testing::Planner;
using testing::serverXMax;

// Two planners edit the same PostGIS table: saves are optimistic, per feature. A feature
// someone else changed or deleted since it was read is never overwritten without the planner's
// choice; features nobody else touched save as usual.
class tst_teameditconflicts : public QObject
{
    Q_OBJECT
private slots:
    void sameFeatureIsRefusedThenKeepMineWins()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        const QString table = QStringLiteral("teamedit_keepmine");
        QVERIFY(testing::makeZonesTable(server, table));
        Planner first(server.datasetName(), table), second(server.datasetName(), table);
        QString error;
        QVERIFY2(first.start(&error) && second.start(&error), qPrintable(error));

        first.moveCorner(1, 126.7);
        QVERIFY2(first.save(&error), qPrintable(error));
        QCOMPARE(serverXMax(server, table, 1), QStringLiteral("126.700"));

        second.moveCorner(1, 126.9); // the same feature, read before the first saved
        second.moveCorner(2, 127.8); // and one nobody else touched
        QSignalSpy found(second.editing.get(), &core::LayerEditing::conflictsFound);
        QVERIFY(!second.save(&error));
        QCOMPARE(found.size(), 1);
        QVERIFY2(error.contains(QStringLiteral("feature 1 “zone 1”")), qPrintable(error));
        // The first planner's edit is still there; the second's other edit was saved.
        QCOMPARE(serverXMax(server, table, 1), QStringLiteral("126.700"));
        QCOMPARE(serverXMax(server, table, 2), QStringLiteral("127.800"));
        QCOMPARE(second.session->conflicts().size(), std::size_t(1));
        const gis::SaveConflict &conflict = second.session->conflicts().front();
        QCOMPARE(conflict.featureId, 1);
        QCOMPARE(conflict.featureName, QStringLiteral("zone 1"));
        QCOMPARE(conflict.theirVersion, 2);
        QCOMPARE(conflict.baseVersion, 1);
        QCOMPARE(gis::envelope(conflict.theirs->geometry).max_corner().x(), 126.7);
        // Mine stays in the session and in its journal, and shows on the map.
        QVERIFY(second.session->isModified());
        QCOMPARE(second.shownXMax(1), 126.9);
        QCOMPARE(second.shownXMax(2), 127.8);
        const auto journal = core::EditJournal::read(second.editing->journalPath(second.layerId),
                                                     second.layer().features().fields, &error);
        QVERIFY2(journal, qPrintable(error));
        QCOMPARE(journal->edits.changedGeometries().size(), std::size_t(1));
        QCOMPARE(journal->edits.changedGeometries().count(1), std::size_t(1));
        QCOMPARE(journal->baseVersions.at(1), 1);

        // Saving again without a choice refuses again: nothing is overwritten unseen.
        QVERIFY(!second.save(&error));
        QCOMPARE(serverXMax(server, table, 1), QStringLiteral("126.700"));

        QSignalSpy conflictsChanged(second.session, &core::EditSession::conflictsChanged);
        QVERIFY(second.editing->keepMine(second.layerId, 1));
        QVERIFY(!second.editing->keepMine(second.layerId, 1)); // no conflict left for it
        QVERIFY(second.session->conflicts().empty());
        QVERIFY(conflictsChanged.size() >= 1);
        QCOMPARE(second.shownXMax(1), 126.9);
        QVERIFY2(second.save(&error), qPrintable(error));
        QCOMPARE(serverXMax(server, table, 1), QStringLiteral("126.900"));
        QCOMPARE(
            *server.psql(QStringLiteral("SELECT planmap_version FROM %1 WHERE fid = 1").arg(table)),
            QStringLiteral("3"));
        QVERIFY(!second.session->isModified());
        QVERIFY(!QFileInfo::exists(second.editing->journalPath(second.layerId)));
    }

    void keepTheirsDropsMyEdit()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        const QString table = QStringLiteral("teamedit_keeptheirs");
        QVERIFY(testing::makeZonesTable(server, table));
        Planner first(server.datasetName(), table), second(server.datasetName(), table);
        QString error;
        QVERIFY2(first.start(&error) && second.start(&error), qPrintable(error));
        first.moveCorner(3, 128.7);
        first.rename(3, QStringLiteral("zone 3 (first)"));
        QVERIFY2(first.save(&error), qPrintable(error));
        second.moveCorner(3, 128.9);
        QVERIFY(!second.save(&error));
        QVERIFY2(error.contains(QStringLiteral("“zone 3”")), qPrintable(error));
        QVERIFY(second.editing->keepTheirs(second.layerId, 3));
        // Their version shows, mine is gone, nothing is left to save.
        QCOMPARE(second.shownXMax(3), 128.7);
        QCOMPARE(second.shown(3)->attributes.value(0).toString(), QStringLiteral("zone 3 (first)"));
        QVERIFY(second.session->buffer().isEmpty());
        QVERIFY(!second.session->isModified());
        QCOMPARE(serverXMax(server, table, 3), QStringLiteral("128.700"));
        // The base took their version: a later edit of the feature saves without a conflict.
        second.rename(3, QStringLiteral("zone 3 (second)"));
        QVERIFY2(second.save(&error), qPrintable(error));
        QCOMPARE(*server.psql(QStringLiteral("SELECT name || ' ' || round(ST_XMax(geom)::numeric, "
                                             "1) FROM %1 WHERE fid = 3")
                                  .arg(table)),
                 QStringLiteral("zone 3 (second) 128.7"));
    }

    void differentFeaturesBothSave()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        const QString table = QStringLiteral("teamedit_different");
        QVERIFY(testing::makeZonesTable(server, table));
        Planner first(server.datasetName(), table), second(server.datasetName(), table);
        QString error;
        QVERIFY2(first.start(&error) && second.start(&error), qPrintable(error));
        first.moveCorner(1, 126.6);
        second.moveCorner(2, 127.6);
        second.rename(3, QStringLiteral("renamed"));
        QVERIFY2(first.save(&error), qPrintable(error));
        QVERIFY2(second.save(&error), qPrintable(error));
        QCOMPARE(serverXMax(server, table, 1), QStringLiteral("126.600"));
        QCOMPARE(serverXMax(server, table, 2), QStringLiteral("127.600"));
        QCOMPARE(*server.psql(QStringLiteral("SELECT name FROM %1 WHERE fid = 3").arg(table)),
                 QStringLiteral("renamed"));
        QVERIFY(second.session->conflicts().empty());
        // The saved features carry their new versions: the next save of them is no conflict.
        second.moveCorner(2, 127.7);
        QVERIFY2(second.save(&error), qPrintable(error));
        QCOMPARE(serverXMax(server, table, 2), QStringLiteral("127.700"));
    }

    void deletionsOnEitherSide()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        const QString table = QStringLiteral("teamedit_deleted");
        QVERIFY(testing::makeZonesTable(server, table));
        Planner first(server.datasetName(), table), second(server.datasetName(), table);
        QString error;
        QVERIFY2(first.start(&error) && second.start(&error), qPrintable(error));
        first.remove(2);            // they delete what I change
        first.moveCorner(3, 128.6); // they change what I delete
        QVERIFY2(first.save(&error), qPrintable(error));

        second.moveCorner(2, 127.9);
        second.remove(3);
        QVERIFY(!second.save(&error));
        QVERIFY2(error.contains(QStringLiteral("“zone 2” (someone else deleted it)")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("“zone 3” (someone else changed it)")),
                 qPrintable(error));
        QCOMPARE(*server.psql(QStringLiteral("SELECT count(*) FROM %1").arg(table)),
                 QStringLiteral("2"));
        const gis::SaveConflict *deleted = second.session->conflict(2);
        QVERIFY(deleted && deleted->theirsDeleted() && !deleted->mineDeleted);
        const gis::SaveConflict *changed = second.session->conflict(3);
        QVERIFY(changed && !changed->theirsDeleted() && changed->mineDeleted);

        // Keep theirs for the deleted one: it goes. Keep mine for mine deleted: it goes too.
        QVERIFY(second.editing->keepTheirs(second.layerId, 2));
        QVERIFY(!second.shown(2));
        QVERIFY(second.editing->keepMine(second.layerId, 3));
        QVERIFY2(second.save(&error), qPrintable(error));
        QCOMPARE(
            *server.psql(QStringLiteral("SELECT string_agg(fid::text, ',') FROM %1").arg(table)),
            QStringLiteral("1"));
    }

    void keepMineBringsBackWhatTheyDeleted()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        const QString table = QStringLiteral("teamedit_readd");
        QVERIFY(testing::makeZonesTable(server, table));
        Planner second(server.datasetName(), table);
        QString error;
        QVERIFY2(second.start(&error), qPrintable(error));
        QVERIFY(server.psql(QStringLiteral("DELETE FROM %1 WHERE fid = 1").arg(table)));
        second.moveCorner(1, 126.8);
        QVERIFY(!second.save(&error));
        QVERIFY(second.editing->keepMine(second.layerId, 1));
        QVERIFY2(second.save(&error), qPrintable(error));
        QCOMPARE(*server.psql(QStringLiteral("SELECT name || ' ' || round(ST_XMax(geom)::numeric, "
                                             "1) FROM %1 WHERE fid > 3")
                                  .arg(table)),
                 QStringLiteral("zone 1 126.8"));
    }

    // QGIS, psql or any client: the trigger raises the version, so the save sees it.
    void anUpdateMadeElsewhereIsAConflict()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        const QString table = QStringLiteral("teamedit_psql");
        QVERIFY(testing::makeZonesTable(server, table));
        Planner planner(server.datasetName(), table);
        QString error;
        QVERIFY2(planner.start(&error), qPrintable(error));
        QVERIFY(server.psql(
            QStringLiteral("UPDATE %1 SET name = 'renamed in QGIS' WHERE fid = 2").arg(table)));
        planner.rename(2, QStringLiteral("renamed in planmap"));
        QVERIFY(!planner.save(&error));
        QVERIFY2(error.contains(QStringLiteral("feature 2 “zone 2”")), qPrintable(error));
        QCOMPARE(planner.session->conflict(2)->theirs->attributes.value(0).toString(),
                 QStringLiteral("renamed in QGIS"));
        QCOMPARE(*server.psql(QStringLiteral("SELECT name FROM %1 WHERE fid = 2").arg(table)),
                 QStringLiteral("renamed in QGIS"));
        planner.editing->keepMineForAll(planner.layerId);
        QVERIFY2(planner.save(&error), qPrintable(error));
        QCOMPARE(*server.psql(QStringLiteral("SELECT name FROM %1 WHERE fid = 2").arg(table)),
                 QStringLiteral("renamed in planmap"));
    }

    // A journal restored after a crash compares with the versions the edits were made on.
    void aRestoredJournalStillSeesTheirEdit()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        const QString table = QStringLiteral("teamedit_journal");
        QVERIFY(testing::makeZonesTable(server, table));
        QTemporaryDir folder;
        QString journalPath;
        {
            Planner crashed(server.datasetName(), table);
            crashed.editing->setJournalFolder(folder.path());
            QString error;
            QVERIFY2(crashed.start(&error), qPrintable(error));
            crashed.moveCorner(1, 126.9);
            crashed.editing->flushJournals();
            journalPath = crashed.editing->journalPath(crashed.layerId);
        } // gone without saving: its journal stays
        QVERIFY(server.psql(
            QStringLiteral("UPDATE %1 SET name = 'changed meanwhile' WHERE fid = 1").arg(table)));
        Planner next(server.datasetName(), table);
        next.editing->setJournalFolder(folder.path());
        QCOMPARE(next.editing->journalPath(next.layerId), journalPath);
        QCOMPARE(next.editing->layersWithJournals(), QStringList{next.layerId});
        QString error;
        QVERIFY2(next.editing->restoreJournal(next.layerId, &error), qPrintable(error));
        next.session = next.editing->session(next.layerId);
        QVERIFY(!next.save(&error));
        QVERIFY(next.session->conflict(1));
        QCOMPARE(*server.psql(QStringLiteral("SELECT name FROM %1 WHERE fid = 1").arg(table)),
                 QStringLiteral("changed meanwhile"));
    }

    void versionsAreAddedWhenEditingStarts()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        const QString table = QStringLiteral("teamedit_unversioned");
        QVERIFY(testing::makeZonesTable(server, table, false));
        Planner planner(server.datasetName(), table);
        QVERIFY(planner.layer().features().fieldIndex(QStringLiteral("planmap_version")) < 0);
        QString error;
        QVERIFY2(planner.start(&error), qPrintable(error));
        // The layer was read again with its versions, so the save compares them.
        QVERIFY(planner.layer().features().fieldIndex(QStringLiteral("planmap_version")) >= 0);
        QVERIFY(server.psql(QStringLiteral("UPDATE %1 SET name = 'x' WHERE fid = 1").arg(table)));
        planner.moveCorner(1, 126.9);
        QVERIFY(!planner.save(&error));
        QVERIFY(planner.session->conflict(1));
    }

    void aRoleThatMayNotAddVersionsIsRefusedWithTheTable()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        const QString table = QStringLiteral("teamedit_notowner");
        QVERIFY(testing::makeZonesTable(server, table, false));
        QVERIFY(server.psql(
            QStringLiteral(
                "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                "'teamedit_clerk') THEN CREATE ROLE teamedit_clerk LOGIN PASSWORD "
                "'clerk-pass'; END IF; END $$; GRANT SELECT, UPDATE, INSERT, DELETE ON %1 TO "
                "teamedit_clerk; GRANT CREATE ON SCHEMA public TO teamedit_clerk")
                .arg(table)));
        QString conninfo = server.conninfo();
        conninfo.replace(QStringLiteral("user=planmap"), QStringLiteral("user=teamedit_clerk"));
        Planner clerk(QStringLiteral("PG:%1 password=clerk-pass").arg(conninfo), table);
        QString error;
        QVERIFY(!clerk.start(&error));
        QVERIFY2(error.contains(QStringLiteral("\"public\".\"teamedit_notowner\"")) &&
                     error.contains(QStringLiteral("planmap_version")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("clerk-pass")), qPrintable(error));
    }
};

PLANMAP_TEST(tst_teameditconflicts)
#include "tst_teameditconflicts.moc"
