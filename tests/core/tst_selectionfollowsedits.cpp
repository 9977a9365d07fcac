#include "bundledproject.h"
#include "testregistry.h"
#include "zonesfixture.h"

#include "editing/commands/featurecommands.h"
#include "editing/commands/movefeaturescommand.h"
#include "editing/editsession.h"
#include "editing/layerediting.h"
#include "editing/selectedfeatures.h"
#include "project/planproject.h"

#include <QSignalSpy>
#include <QTemporaryDir>

// Every edit replaces the edited layer's features on the map; the selection must stay on the
// same features (found by id), lose only those deleted, and tell the views it changed.
class tst_selectionfollowsedits : public QObject
{
    Q_OBJECT
private slots:
    void selectionKeepsItsFeaturesAcrossEdits()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("zones.gpkg"));
        QVERIFY(testing::writeZones(path, {testing::squareZone(125.0, 43.8, 0.1),
                                           testing::squareZone(125.1, 43.8, 0.1),
                                           testing::squareZone(125.2, 43.8, 0.1)}));
        auto project = testing::bundledProject();
        const QString id = project->addLayer(testing::zonesLayer(path));
        core::LayerEditing editing(project.get());
        editing.setJournalFolder(folder.path());
        QString error;
        core::EditSession *session = editing.start(id, &error);
        QVERIFY2(session, qPrintable(error));
        const qint64 first = session->base().features[0].id;
        const qint64 second = session->base().features[1].id;
        const qint64 third = session->base().features[2].id;

        core::FeatureSelection *selection = project->selection();
        selection->setSelected(id, {0, 2}); // the first and the third
        QSignalSpy changed(selection, &core::FeatureSelection::changed);

        // Deleting the first shifts the third to index 1: it stays selected there.
        session->undoStack()->push(new core::DeleteFeatureCommand(session, first));
        QCOMPARE(selection->selected(id), (core::FeatureSelection::Indices{1}));
        QCOMPARE(core::selectedFeatureIds(*project, id), QVector<qint64>{third});
        QCOMPARE(changed.size(), 1);

        // Moving it keeps it selected, and the views hear of it (its highlight moved).
        session->undoStack()->push(
            core::MoveFeaturesCommand::create(session, {third}, 0.05, 0).release());
        QCOMPARE(core::selectedFeatureIds(*project, id), QVector<qint64>{third});
        QCOMPARE(changed.size(), 2);

        // Undoing the delete brings the first back unselected; the third is still selected.
        session->undoStack()->undo();
        session->undoStack()->undo();
        QCOMPARE(project->layer(id)->features().features.size(), std::size_t(3));
        QCOMPARE(core::selectedFeatureIds(*project, id), QVector<qint64>{third});
        QCOMPARE(selection->selected(id), (core::FeatureSelection::Indices{2}));

        // Deleting the selected feature empties the selection of the layer.
        selection->setSelected(id, {1});
        QCOMPARE(core::selectedFeatureIds(*project, id), QVector<qint64>{second});
        session->undoStack()->push(new core::DeleteFeatureCommand(session, second));
        QVERIFY(selection->selected(id).empty());
        QVERIFY(!selection->layerIds().contains(id));
    }

    // A reload to other features (another file's ids) drops the selection that named none.
    void replacementWithoutTheFeaturesDropsTheSelection()
    {
        auto project = testing::bundledProject();
        const QString id = QStringLiteral("plates");
        project->selection()->setSelected(id, {0});
        auto others = std::make_shared<gis::FeatureCollection>(project->layer(id)->features());
        for (gis::Feature &feature : others->features)
            feature.id += 1000;
        QVERIFY(project->replaceLayerFeatures(id, others));
        QVERIFY(project->selection()->selected(id).empty());
    }
};

PLANMAP_TEST(tst_selectionfollowsedits)
#include "tst_selectionfollowsedits.moc"
