#include "bundledproject.h"
#include "testregistry.h"
#include "zonesfixture.h"

#include "editing/commands/vertexcommands.h"
#include "editing/editsession.h"
#include "editing/layerediting.h"
#include "project/planproject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gdal.h>
#include <gdal_utils.h>

namespace {

gis::Polygon squareAt(double x)
{
    gis::Polygon polygon;
    polygon.outer() = {{x, 43}, {x, 43.1}, {x + 0.1, 43.1}, {x + 0.1, 43}, {x, 43}};
    return polygon;
}

gis::FeatureCollection readBack(const QString &path)
{
    return testing::readZones(path);
}

double firstX(const gis::Geometry &geometry, int vertex)
{
    return gis::vertexAt(geometry, {0, 0, vertex})->x();
}

} // namespace

class tst_editingsessions : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(mFolder.isValid());
        mPath = mFolder.filePath(QStringLiteral("zones-%1.gpkg").arg(++mRun));
        // Clockwise, as a shapefile would have them: orientation alone must not stop a save.
        QVERIFY(testing::writeZones(mPath, {squareAt(125), squareAt(125.1)}));
        mProject = testing::bundledProject();
        const auto layer = testing::zonesLayer(mPath);
        // The bundled project has a zones layer of its own: this one gets another id.
        mId = mProject->addLayer(layer);
        QVERIFY(mId != QStringLiteral("zones"));
        mEditing = std::make_unique<core::LayerEditing>(mProject.get());
        mEditing->setJournalFolder(mFolder.path());
    }

    void cleanup()
    {
        mEditing.reset();
        mProject.reset();
    }

    // An edit shows on the layer at once (map, labels, statistics follow the layer), and
    // Save writes it to the file and starts a clean history.
    void editShowsThenSaves()
    {
        QString error;
        core::EditSession *session = mEditing->start(mId, &error);
        QVERIFY2(session, qPrintable(error));
        QSignalSpy dataChanged(mProject.get(), &core::PlanProject::layerDataChanged);
        const qint64 fid = session->base().features[0].id;
        session->undoStack()->push(
            core::MoveVertexCommand::create(session, {{fid, {0, 0, 2}}}, {125.15, 43.15})
                .release());
        QCOMPARE(dataChanged.size(), 1);
        const gis::VectorLayer *layer = mProject->layer(mId);
        QCOMPARE(firstX(layer->features().geometry(0), 2), 125.15);
        QVERIFY(mEditing->hasUnsavedEdits());
        QVERIFY2(mEditing->save(mId, {QStringLiteral("t"), {}}, &error), qPrintable(error));
        QVERIFY(!mEditing->hasUnsavedEdits());
        QCOMPARE(firstX(readBack(mPath).features[0].geometry, 2), 125.15);
        QVERIFY(session->buffer().isEmpty());
        QCOMPARE(session->undoStack()->count(), 0);
    }

    // A session that never ended (a crash) leaves its journal; the next start restores it.
    void journalBringsBackUnsavedEdits()
    {
        QString error;
        core::EditSession *session = mEditing->start(mId, &error);
        QVERIFY(session);
        const qint64 fid = session->base().features[1].id;
        session->undoStack()->push(
            core::MoveVertexCommand::create(session, {{fid, {0, 0, 1}}}, {125.0, 43.2}).release());
        mEditing->flushJournals();
        QVERIFY(QFileInfo::exists(mEditing->journalPath(mId)));

        // What the next start sees: the saved file, and the journal.
        mProject->replaceLayerFeatures(mId,
                                       std::make_shared<gis::FeatureCollection>(readBack(mPath)));
        core::LayerEditing next(mProject.get());
        next.setJournalFolder(mFolder.path());
        QCOMPARE(next.layersWithJournals(), QStringList{mId});
        QVERIFY2(next.restoreJournal(mId, &error), qPrintable(error));
        core::EditSession *restored = next.session(mId);
        QVERIFY(restored->isModified());
        QCOMPARE(gis::vertexAt(*restored->geometry(fid), {0, 0, 1})->y(), 43.2);
        const auto &shown = mProject->layer(mId)->features();
        QCOMPARE(gis::vertexAt(shown.geometry(1), {0, 0, 1})->y(), 43.2);
        mEditing.reset(); // the first session's end must not take the journal away from `next`
        QVERIFY2(next.save(mId, {QStringLiteral("t"), {}}, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(next.journalPath(mId)));
    }

    // A journal that cannot be written is said, naming the file; the edits stay and save.
    void journalFailureIsReported()
    {
        QString error;
        core::EditSession *session = mEditing->start(mId, &error);
        QFile blocker(mFolder.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        mEditing->setJournalFolder(blocker.fileName()); // a file where the folder should be
        QSignalSpy failed(mEditing.get(), &core::LayerEditing::journalFailed);
        const qint64 fid = session->base().features[0].id;
        session->undoStack()->push(
            core::MoveVertexCommand::create(session, {{fid, {0, 0, 2}}}, {125.3, 43.3}).release());
        mEditing->flushJournals();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.front().front().toString().contains(QStringLiteral("not-a-folder")),
                 qPrintable(failed.front().front().toString()));
        QVERIFY2(mEditing->save(mId, {QStringLiteral("t"), {}}, &error), qPrintable(error));
    }

    void discardBringsBackTheSavedFeatures()
    {
        QString error;
        core::EditSession *session = mEditing->start(mId, &error);
        const qint64 fid = session->base().features[0].id;
        session->undoStack()->push(
            core::MoveVertexCommand::create(session, {{fid, {0, 0, 2}}}, {126, 44}).release());
        mEditing->flushJournals();
        mEditing->discard(mId);
        QVERIFY(!mEditing->session(mId));
        QCOMPARE(firstX(mProject->layer(mId)->features().geometry(0), 2), 125.1);
        QVERIFY(!QFileInfo::exists(mEditing->journalPath(mId)));
        QCOMPARE(firstX(readBack(mPath).features[0].geometry, 2), 125.1);
    }

    // A zone dragged across itself is not saved until it is fixed or the planner allows it.
    void saveRefusesInvalidGeometryUnlessAllowed()
    {
        QString error;
        core::EditSession *session = mEditing->start(mId, &error);
        const qint64 fid = session->base().features[0].id;
        // Vertex 1 pulled through the opposite edge: the ring crosses itself.
        const gis::Point far = *gis::vertexAt(*session->geometry(fid), {0, 0, 3});
        session->undoStack()->push(
            core::MoveVertexCommand::create(session, {{fid, {0, 0, 1}}}, {far.x() + 0.05, far.y()})
                .release());
        QCOMPARE(mEditing->invalidEdits(mId).size(), std::size_t(1));
        QVERIFY(!mEditing->save(mId, {QStringLiteral("t"), {}}, &error));
        QVERIFY2(error.contains(QStringLiteral("feature %1").arg(fid)), qPrintable(error));
        QCOMPARE(firstX(readBack(mPath).features[0].geometry, 1),
                 firstX(session->base().geometry(0), 1)); // the file as it was
        mEditing->allowInvalid(mId, fid);
        QVERIFY2(mEditing->save(mId, {QStringLiteral("t"), {}}, &error), qPrintable(error));
    }

    // Validity is checked per kind of geometry: an edited line (a corridor) saves.
    void editedLineSaves()
    {
        const QString path = mFolder.filePath(QStringLiteral("corridor.gpkg"));
        gis::FeatureCollection corridors;
        corridors.name = QStringLiteral("zones"); // the fixture reads layer "zones"
        corridors.crs = gis::Crs::wgs84();
        corridors.kind = gis::GeometryKind::Line;
        corridors.features.push_back(
            {0, {}, gis::MultiLineString{gis::LineString{{125, 43}, {125.5, 43.5}}}});
        gis::GeoPackageWriter writer(path);
        QString error;
        QVERIFY2(writer.open(&error) && writer.writeLayer(corridors, &error) &&
                     writer.commit(&error),
                 qPrintable(error));
        const QString id = mProject->addLayer(testing::zonesLayer(path));
        core::EditSession *session = mEditing->start(id, &error);
        QVERIFY2(session, qPrintable(error));
        const qint64 fid = session->base().features[0].id;
        session->undoStack()->push(
            core::MoveVertexCommand::create(session, {{fid, {0, 0, 1}}}, {125.6, 43.4}).release());
        QVERIFY(mEditing->invalidEdits(id).empty());
        QVERIFY2(mEditing->save(id, {QStringLiteral("t"), {}}, &error), qPrintable(error));
        QCOMPARE(firstX(readBack(path).features[0].geometry, 1), 125.6);
    }

    // A shapefile is edited like a GeoPackage: its save replaces the files whole, and as it
    // numbers features by record, the session follows the renumbering after a delete, so
    // the next edit and save land on the right feature.
    void shapefileEditsFollowTheRenumbering()
    {
        QVERIFY(testing::writeZones(mPath, {squareAt(125), squareAt(125.1), squareAt(125.2)}));
        const QString shp = mFolder.filePath(QStringLiteral("shp-%1/zones.shp").arg(mRun));
        QVERIFY(QDir().mkpath(QFileInfo(shp).absolutePath()));
        GDALDatasetH source =
            GDALOpenEx(mPath.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        const char *arguments[] = {"-f", "ESRI Shapefile", "-nln", "zones", nullptr};
        GDALVectorTranslateOptions *options =
            GDALVectorTranslateOptionsNew(const_cast<char **>(arguments), nullptr);
        GDALDatasetH written =
            GDALVectorTranslate(shp.toUtf8().constData(), nullptr, 1, &source, options, nullptr);
        GDALVectorTranslateOptionsFree(options);
        GDALClose(source);
        QVERIFY(written);
        GDALClose(written);
        const QString id = mProject->addLayer(testing::zonesLayer(shp));

        QString error;
        core::EditSession *session = mEditing->start(id, &error);
        QVERIFY2(session, qPrintable(error));
        gis::EditBuffer deleteFirst;
        deleteFirst.deleteFeature(0);
        session->restoreEdits(deleteFirst);
        QVERIFY2(mEditing->save(id, {QStringLiteral("t"), {}}, &error), qPrintable(error));
        QCOMPARE(session->base().features.size(), std::size_t(2));
        QCOMPARE(session->base().features[0].id, qint64(0));
        QCOMPARE(session->base().features[1].id, qint64(1));
        QCOMPARE(session->base().features[1].attributes[0].toString(), QStringLiteral("zone 2"));

        session->undoStack()->push(
            core::MoveVertexCommand::create(session, {{1, {0, 0, 1}}}, {125.25, 43.05}).release());
        QVERIFY2(mEditing->save(id, {QStringLiteral("t"), {}}, &error), qPrintable(error));
        const gis::FeatureCollection saved = readBack(shp);
        QCOMPARE(saved.features.size(), std::size_t(2));
        QCOMPARE(saved.features[1].attributes[0].toString(), QStringLiteral("zone 2"));
        QVERIFY(gis::vertexAt(saved.features[1].geometry, {0, 0, 1}));
        bool moved = false;
        for (int i = 0; i < 5; ++i)
            moved = moved || (gis::vertexAt(saved.features[1].geometry, {0, 0, i})->x() == 125.25);
        QVERIFY(moved);
        QCOMPARE(saved.features[0].attributes[0].toString(), QStringLiteral("zone 1"));
    }

    void layerWithoutASourceSaysWhy()
    {
        auto layer = std::make_shared<gis::VectorLayer>(QStringLiteral("sketch"),
                                                        std::make_shared<gis::FeatureCollection>());
        mProject->addLayer(layer);
        QString error;
        QVERIFY(!mEditing->start(QStringLiteral("sketch"), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be edited")), qPrintable(error));
        QVERIFY(!mEditing->start(QStringLiteral("nowhere"), &error));
        QVERIFY(error.contains(QStringLiteral("nowhere")));
    }

private:
    QTemporaryDir mFolder;
    QString mPath;
    QString mId;
    int mRun = 0;
    std::unique_ptr<core::PlanProject> mProject;
    std::unique_ptr<core::LayerEditing> mEditing;
};

PLANMAP_TEST(tst_editingsessions)
#include "tst_editingsessions.moc"
