#include "bundledwindow.h"
#include "testregistry.h"
#include "zonesfixture.h"

#include "docks/layertreedock.h"
#include "editing/commands/vertexcommands.h"
#include "editing/editingactions.h"
#include "editing/editjournal.h"
#include "editing/editsession.h"
#include "editing/layerediting.h"
#include "project/planproject.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>

namespace {

gis::FeatureCollection readBack(const QString &path)
{
    return testing::readZones(path);
}

} // namespace

// The Edit menu on a real window: a layer chosen in the layer panel is edited, saved and
// stopped; unsaved edits mark the title and are asked about on closing; a journal left by a
// crash is offered back.
class tst_editingactions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(mFolder.isValid());
        mPath = mFolder.filePath(QStringLiteral("zones-%1.gpkg").arg(++mRun));
        QVERIFY(testing::writeZones(mPath, {testing::squareZone(125, 43, 0.1)}));
        mWindow = testing::openBundledWindow();
        QVERIFY(mWindow);
        const auto layer = testing::zonesLayer(mPath);
        mId = mWindow->project()->addLayer(layer);
        // A saved project: the title's mark then tells of the layer edits alone.
        mWindow->project()->setSaved(mFolder.filePath(QStringLiteral("plan-%1.planmap").arg(mRun)));
        QVERIFY(!mWindow->isWindowModified());
        QTreeWidget *tree = mWindow->findChild<app::LayerTreeDock *>()->tree();
        tree->setCurrentItem(mWindow->findChild<app::LayerTreeDock *>()->itemForLayer(mId));
        QCOMPARE(mWindow->currentLayerId(), mId);
        mActions = mWindow->editingActions();
    }

    void cleanup()
    {
        mWindow->setSavePrompt([](QWidget *, const QString &) { return app::SaveChoice::Discard; });
        mWindow.reset();
    }

    void editSaveAndStop()
    {
        mActions->toggleAction()->trigger();
        core::EditSession *session = mActions->editing()->session(mId);
        QVERIFY(session);
        QVERIFY(mActions->toggleAction()->isChecked());
        QVERIFY(!mWindow->isWindowModified()); // editing alone changes nothing
        QVERIFY(layerText().endsWith(QStringLiteral("✎")));
        const qint64 fid = session->base().features[0].id;
        session->undoStack()->push(
            core::MoveVertexCommand::create(session, {{fid, {0, 0, 2}}}, {125.2, 43.2}).release());
        QVERIFY(mWindow->isWindowModified());
        QVERIFY(mWindow->windowTitle().contains(QStringLiteral("[*]")));
        QVERIFY(layerText().contains(QStringLiteral("unsaved")));
        QCOMPARE(mWindow->currentLayerId(), mId); // marking keeps the layer chosen
        QVERIFY(mActions->saveEdits(mId));
        QVERIFY(!mWindow->isWindowModified());
        QVERIFY(!layerText().contains(QStringLiteral("unsaved")));
        QCOMPARE(gis::vertexAt(readBack(mPath).features[0].geometry, {0, 0, 2})->x(), 125.2);
        mActions->toggleAction()->trigger();
        QVERIFY(!mActions->editing()->session(mId));
        QVERIFY(!layerText().contains(QStringLiteral("✎")));
    }

    // Closing with unsaved edits asks; Cancel keeps the window and the edits.
    void closingAsksAboutUnsavedEdits()
    {
        QVERIFY(mActions->toggleEditing(mId));
        core::EditSession *session = mActions->editing()->session(mId);
        session->undoStack()->push(
            core::MoveVertexCommand::create(session, {{session->base().features[0].id, {0, 0, 1}}},
                                            {125.3, 43})
                .release());
        int asked = 0;
        mWindow->setSavePrompt([&](QWidget *, const QString &) {
            ++asked;
            return app::SaveChoice::Cancel;
        });
        QVERIFY(!mWindow->close());
        QCOMPARE(asked, 1);
        QVERIFY(mActions->editing()->session(mId)->isModified());
        mWindow->setSavePrompt([&](QWidget *, const QString &) {
            ++asked;
            return app::SaveChoice::Discard;
        });
        QVERIFY(mWindow->close());
        QCOMPARE(gis::vertexAt(readBack(mPath).features[0].geometry, {0, 0, 1})->x(), 125.1);
    }

    void layerThatCannotBeEditedSaysWhy()
    {
        auto sketch = std::make_shared<gis::VectorLayer>(
            QStringLiteral("sketch"), std::make_shared<gis::FeatureCollection>());
        const QString id = mWindow->project()->addLayer(sketch);
        QVERIFY(!mActions->toggleEditing(id));
        QTRY_VERIFY(mWindow->findChild<QMessageBox *>());
        QVERIFY(mWindow->findChild<QMessageBox *>()->text().contains(
            QStringLiteral("cannot be edited")));
    }

    // A journal the last run left is offered back when the project opens.
    void journalIsOfferedBack()
    {
        core::LayerEditing *editing = mActions->editing();
        gis::EditBuffer edits;
        gis::Polygon moved;
        moved.outer() = {{125, 43}, {125.5, 43}, {125.5, 43.5}, {125, 43.5}, {125, 43}};
        const qint64 fid = mWindow->project()->layer(mId)->features().features[0].id;
        edits.changeGeometry(fid, gis::MultiPolygon{moved});
        QString error;
        QDir().mkpath(QFileInfo(editing->journalPath(mId)).absolutePath());
        QVERIFY2(core::EditJournal::write(editing->journalPath(mId), mId, edits, &error),
                 qPrintable(error));
        mActions->setProject(mWindow->project()); // what opening the project does
        QMessageBox *offer = nullptr;
        QTRY_VERIFY((offer = mWindow->findChild<QMessageBox *>(QStringLiteral("RestoreEditsBox"))));
        offer->buttons().front()->click(); // Restore edits
        core::EditSession *restored = mActions->editing()->session(mId);
        QVERIFY(restored && restored->isModified());
        QCOMPARE(gis::vertexAt(*restored->geometry(fid), {0, 0, 2})->x(), 125.5);
        QVERIFY(mWindow->isWindowModified());
    }

private:
    QString layerText() const
    {
        return mWindow->findChild<app::LayerTreeDock *>()->itemForLayer(mId)->text(0);
    }

    QTemporaryDir mFolder;
    QString mPath;
    QString mId;
    int mRun = 0;
    std::unique_ptr<app::MainWindow> mWindow;
    app::EditingActions *mActions = nullptr;
};

PLANMAP_TEST(tst_editingactions)
#include "tst_editingactions.moc"
