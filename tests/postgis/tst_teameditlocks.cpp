#include "teameditplanner.h"
#include "testregistry.h"

#include "postgis/pgfeaturelocks.h"

#include <QSignalSpy>

using testing::Planner;

// "Lock features I edit": a feature one planner changed cannot be changed by a colleague who
// locks too, until the first saves or discards; the refusal names the feature.
class tst_teameditlocks : public QObject
{
    Q_OBJECT
private slots:
    void aLockedFeatureIsRefusedUntilSavedOrDiscarded()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        const QString table = QStringLiteral("teamedit_locks");
        QVERIFY(testing::makeZonesTable(server, table));
        Planner first(server.datasetName(), table), second(server.datasetName(), table);
        first.editing->setLockFeatures(true);
        second.editing->setLockFeatures(true);
        QString error;
        QVERIFY2(first.start(&error) && second.start(&error), qPrintable(error));

        first.moveCorner(1, 126.7);
        QVERIFY(first.editing->featureLocks(first.layerId)->holds(1));
        QCOMPARE(
            *server.psql(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = "
                                        "'advisory' AND objid = 1 AND classid = '%1'::regclass")
                             .arg(table)),
            QStringLiteral("1"));

        QSignalSpy refused(second.editing.get(), &core::LayerEditing::editRefused);
        second.moveCorner(1, 126.9);
        QTRY_COMPARE(refused.size(), 1);
        const QString message = refused.front().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("Feature 1 “zone 1”")) &&
                     message.contains(QStringLiteral("planmap")),
                 qPrintable(message));
        QVERIFY(second.session->buffer().isEmpty()); // the edit was undone
        QCOMPARE(second.shownXMax(1), 126.5);
        second.moveCorner(2, 127.7); // a feature nobody locked
        QVERIFY(!second.session->buffer().isEmpty());

        // The first saves: their locks go, and the feature may be changed again.
        QVERIFY2(first.save(&error), qPrintable(error));
        QVERIFY(!first.editing->featureLocks(first.layerId)->holds(1));
        second.moveCorner(1, 126.9);
        QCoreApplication::processEvents();
        QCOMPARE(refused.size(), 1);
        QVERIFY(second.editing->featureLocks(second.layerId)->holds(1));
        // Its version moved on meanwhile: the save still asks before overwriting.
        QVERIFY(!second.save(&error));
        QVERIFY(second.session->conflict(1));
        QVERIFY(second.editing->featureLocks(second.layerId)->holds(1));  // still edited
        QVERIFY(!second.editing->featureLocks(second.layerId)->holds(2)); // saved

        // Discarding lets the locks go too.
        first.moveCorner(3, 128.7);
        second.moveCorner(3, 128.9);
        QTRY_COMPARE(refused.size(), 2);
        QVERIFY2(refused.back().at(1).toString().contains(QStringLiteral("“zone 3”")),
                 qPrintable(refused.back().at(1).toString()));
        first.editing->discard(first.layerId);
        second.moveCorner(3, 128.9);
        QCoreApplication::processEvents();
        QCOMPARE(refused.size(), 2);
        QCOMPARE(second.shownXMax(3), 128.9);
    }

    void locksAreOffByDefault()
    {
        PLANMAP_REQUIRE_PG_SERVER(server);
        const QString table = QStringLiteral("teamedit_nolocks");
        QVERIFY(testing::makeZonesTable(server, table));
        Planner planner(server.datasetName(), table);
        QVERIFY(!planner.editing->locksFeatures());
        QString error;
        QVERIFY2(planner.start(&error), qPrintable(error));
        planner.moveCorner(1, 126.7);
        QVERIFY(!planner.editing->featureLocks(planner.layerId));
        QCOMPARE(*server.psql(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = "
                                             "'advisory' AND classid = '%1'::regclass")
                                  .arg(table)),
                 QStringLiteral("0"));
    }
};

PLANMAP_TEST(tst_teameditlocks)
#include "tst_teameditlocks.moc"
