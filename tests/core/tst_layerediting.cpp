#include "rasterfixture.h"
#include "testdata.h"
#include "testregistry.h"

#include "project/layerfileloader.h"
#include "project/planproject.h"

#include <QSignalSpy>
#include <QTemporaryDir>

namespace {

std::shared_ptr<gis::VectorLayer> pointLayer(const QString &id)
{
    auto collection = std::make_shared<gis::FeatureCollection>();
    collection->name = id;
    collection->crs = gis::Crs::wgs84();
    collection->kind = gis::GeometryKind::Point;
    collection->features.push_back({0, {}, gis::MultiPoint{{125.3, 43.9}}});
    return std::make_shared<gis::VectorLayer>(id, collection);
}

QStringList snapshotIds(const core::PlanProject &project)
{
    QStringList ids;
    for (const gis::LayerSnapshot &snapshot : project.visibleLayerSnapshots())
        ids.push_back(snapshot.id);
    return ids;
}

QStringList vectorLayerIds(const core::PlanProject &project)
{
    QStringList ids;
    for (const auto &layer : project.layers())
        ids.push_back(layer->id());
    return ids;
}

// The layer ids of the tree, top first.
QStringList treeOrder(const core::PlanProject &project)
{
    QStringList ids;
    for (const core::LayerGroup &group : project.groups())
        ids += group.layerIds;
    return ids;
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class tst_layerediting : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QString error;
        auto data = core::loadBundledProject(testing::bundledGeoPackage(), &error);
        QVERIFY2(data, qPrintable(error));
        mProject = std::make_unique<core::PlanProject>(std::move(*data));
    }
    void cleanup() { mProject.reset(); }

    void drawingOrderIsTheTreeReversed()
    {
        QStringList reversed = treeOrder(*mProject);
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(mProject->drawingOrder(), reversed);
        QCOMPARE(vectorLayerIds(*mProject), reversed);
    }
    void addedLayerGoesOnTopOfAnAddedGroup()
    {
        QSignalSpy added(mProject.get(), &core::PlanProject::layerAdded);
        QSignalSpy appearance(mProject.get(), &core::PlanProject::appearanceChanged);
        const QString id = mProject->addLayer(pointLayer(QStringLiteral("sites")));
        QCOMPARE(id, QStringLiteral("sites"));
        QCOMPARE(added.count(), 1);
        QCOMPARE(appearance.count(), 1);
        QCOMPARE(mProject->groups().front().id, core::PlanProject::addedLayersGroupId());
        QCOMPARE(mProject->groups().front().layerIds, QStringList{id});
        QCOMPARE(snapshotIds(*mProject).back(), id);
        // A second layer with the same name gets its own id, above the first.
        const QString second = mProject->addLayer(pointLayer(QStringLiteral("sites")));
        QCOMPARE(second, QStringLiteral("sites_2"));
        QCOMPARE(mProject->groups().front().layerIds, (QStringList{second, id}));
        QCOMPARE(snapshotIds(*mProject).back(), second);
    }
    void addToANamedGroup()
    {
        const QString id =
            mProject->addLayer(pointLayer(QStringLiteral("sites")), QStringLiteral("base"));
        QCOMPARE(mProject->groupOf(id), QStringLiteral("base"));
        QCOMPARE(mProject->groups().size(), 5); // no new group
    }
    void movingALayerReordersTheSnapshots()
    {
        QSignalSpy moved(mProject.get(), &core::PlanProject::layerMoved);
        // Cities, on top of everything, go beneath the countries at the bottom of "base".
        const int baseSize =
            static_cast<int>(std::find_if(mProject->groups().begin(), mProject->groups().end(),
                                          [](const core::LayerGroup &g) { return g.id == u"base"; })
                                 ->layerIds.size());
        QVERIFY(mProject->moveLayer(QStringLiteral("cities"), QStringLiteral("base"), baseSize));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(mProject->groupOf(QStringLiteral("cities")), QStringLiteral("base"));
        QCOMPARE(mProject->drawingOrder().front(), QStringLiteral("cities"));
        QCOMPARE(snapshotIds(*mProject).front(), QStringLiteral("cities"));
        QCOMPARE(vectorLayerIds(*mProject).front(), QStringLiteral("cities"));
        // Within a group: the top layer of "base" moves below its neighbour.
        const QString top = mProject->groups().back().layerIds.front();
        QVERIFY(mProject->moveLayer(top, QStringLiteral("base"), 1));
        QCOMPARE(mProject->groups().back().layerIds.at(1), top);
        QVERIFY(!mProject->moveLayer(QStringLiteral("nope"), QStringLiteral("base"), 0));
        QVERIFY(!mProject->moveLayer(top, QStringLiteral("nogroup"), 0));
    }
    void removingALayer()
    {
        QSignalSpy removed(mProject.get(), &core::PlanProject::layerRemoved);
        QVERIFY(mProject->removeLayer(QStringLiteral("counties")));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!mProject->layer(QStringLiteral("counties")));
        QVERIFY(!treeOrder(*mProject).contains(QStringLiteral("counties")));
        QVERIFY(!snapshotIds(*mProject).contains(QStringLiteral("counties")));
        QVERIFY(!mProject->removeLayer(QStringLiteral("counties")));
    }
    void groupsCanBeAddedRenamedMovedAndRemoved()
    {
        QSignalSpy groups(mProject.get(), &core::PlanProject::groupsChanged);
        const QStringList before = mProject->drawingOrder();
        // The bottom group (the base map) moved to the top draws its layers over the rest.
        const QString base = mProject->groups().last().id;
        const QStringList baseLayers = mProject->groups().last().layerIds;
        QVERIFY(mProject->moveGroup(base, 0));
        QCOMPARE(mProject->groups().first().id, base);
        const QStringList after = mProject->drawingOrder();
        QCOMPARE(after.mid(after.size() - baseLayers.size()),
                 QStringList(baseLayers.rbegin(), baseLayers.rend()));
        QVERIFY(after != before);
        QCOMPARE(mProject->visibleLayerSnapshots().back().id, baseLayers.first());

        const QString added = mProject->addGroup(QStringLiteral("Scenarios"));
        QCOMPARE(mProject->groups().first().title, QStringLiteral("Scenarios"));
        QVERIFY(mProject->renameGroup(added, QStringLiteral("2035 scenarios")));
        QCOMPARE(mProject->groups().first().title, QStringLiteral("2035 scenarios"));
        QVERIFY(!mProject->renameGroup(added, QStringLiteral("  ")));
        // A group with layers stays; an empty one goes.
        QVERIFY(!mProject->removeGroup(base));
        QVERIFY(mProject->removeGroup(added));
        QCOMPARE(mProject->groups().first().id, base);
        QCOMPARE(groups.size(), 4);
        QVERIFY(mProject->isModified());
    }
    void appearanceReachesTheSnapshot()
    {
        QSignalSpy changed(mProject.get(), &core::PlanProject::layerChanged);
        const QString id = QStringLiteral("prefectures");
        mProject->setLayerOpacity(id, 0.4);
        mProject->setLayerScaleRange(id, {1000, 5e6});
        gis::Symbol symbol = mProject->layer(id)->symbol();
        symbol.fillColor = Qt::red;
        mProject->setLayerSymbol(id, symbol);
        QCOMPARE(changed.count(), 3);
        for (const gis::LayerSnapshot &snapshot : mProject->visibleLayerSnapshots()) {
            if (snapshot.id != id)
                continue;
            QCOMPARE(snapshot.opacity, 0.4);
            QCOMPARE(snapshot.scaleRange.maxDenominator, 5e6);
            QCOMPARE(snapshot.symbol.fillColor, QColor(Qt::red));
        }
        mProject->setLayerOpacity(id, 0.4); // unchanged: no signal
        QCOMPARE(changed.count(), 3);
    }
    void csvWithLonLatColumnsLoadsAsPoints()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sites.csv"));
        writeText(path, "name,lon,lat\nA,125.30,43.90\nB,126.55,43.84\n");
        const core::LoadedLayers loaded = core::loadLayerFiles({path}, gis::Crs::webMercator());
        QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u"; ")));
        QCOMPARE(loaded.vectorLayers.size(), std::size_t(1));
        const gis::FeatureCollection &features = loaded.vectorLayers.front()->features();
        QCOMPARE(loaded.vectorLayers.front()->id(), QStringLiteral("sites"));
        QCOMPARE(features.kind, gis::GeometryKind::Point);
        QCOMPARE(features.features.size(), std::size_t(2));
        const gis::Geometry second = features.geometry(1);
        const gis::Point point = std::get<gis::MultiPoint>(second).front();
        QVERIFY(testing::near(point.x(), 126.55, 1e-9) && testing::near(point.y(), 43.84, 1e-9));
        QCOMPARE(features.fieldIndex(QStringLiteral("lon")), -1); // the columns became geometry
    }
    void csvWithWktColumnLoadsItsGeometry()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("zones.csv"));
        writeText(path, "name,WKT\n"
                        "Z1,\"POLYGON ((125 43,126 43,126 44,125 44,125 43))\"\n"
                        "Z2,\"POLYGON ((126 43,127 43,127 44,126 44,126 43))\"\n");
        const core::LoadedLayers loaded = core::loadLayerFiles({path}, gis::Crs::webMercator());
        QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u"; ")));
        QCOMPARE(loaded.vectorLayers.size(), std::size_t(1));
        const gis::FeatureCollection &features = loaded.vectorLayers.front()->features();
        QCOMPARE(features.kind, gis::GeometryKind::Polygon);
        const gis::Box box = features.extent();
        QCOMPARE(box.min_corner().x(), 125.0);
        QCOMPARE(box.max_corner().x(), 127.0);
    }
    void geoTiffLoadsAsARasterLayer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dem.tif"));
        QVERIFY(testing::writeRgbGeoTiff(path, 4326, 125, 44, 0.1, 10, 10,
                                         [](int, int) { return QColor(Qt::green); }));
        const core::LoadedLayers loaded = core::loadLayerFiles({path}, gis::Crs::webMercator());
        QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u"; ")));
        QCOMPARE(loaded.rasterLayers.size(), std::size_t(1));
        const QString id = mProject->addLayer(loaded.rasterLayers.front());
        QCOMPARE(mProject->mapLayer(id)->kind(), gis::LayerKind::Raster);
        QVERIFY(!mProject->layer(id));
        QCOMPARE(mProject->visibleLayerSnapshots().back().kind, gis::LayerKind::Raster);
    }
    void aRasterOpensAsAProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dem.tif"));
        QVERIFY(testing::writeRgbGeoTiff(path, 4326, 125, 44, 0.1, 10, 10,
                                         [](int, int) { return QColor(Qt::green); }));
        QString error;
        auto data = core::loadDatasetProject(path, &error);
        QVERIFY2(data, qPrintable(error));
        core::PlanProject project(std::move(*data));
        QCOMPARE(project.drawingOrder(), QStringList{QStringLiteral("dem")});
        QVERIFY(project.rasterLayer(QStringLiteral("dem")));
        // The first view holds the raster (125–126°E is x 13.9–14.0 million in Web Mercator).
        const gis::Box extent = project.fullExtent();
        QVERIFY(extent.min_corner().x() < 13915000 && extent.max_corner().x() > 14026000);
    }
    void loadsCountTheirLayersAndCanBeCancelled()
    {
        core::LoadControl counted;
        QString error;
        QVERIFY(core::loadBundledProject(testing::bundledGeoPackage(), &error, &counted));
        QVERIFY(counted.total() >= 10);
        QCOMPARE(counted.done(), counted.total());

        core::LoadControl cancelled;
        cancelled.cancel();
        QVERIFY(!core::loadBundledProject(testing::bundledGeoPackage(), &error, &cancelled));
        QCOMPARE(error, core::LoadControl::cancelledMessage());
        QCOMPARE(cancelled.done(), 0);

        // Added files: a cancelled load adds nothing at all.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("points.csv"));
        writeText(csv, "name,lon,lat\nA,125.3,43.9\n");
        const core::LoadedLayers none =
            core::loadLayerFiles({csv, csv}, mProject->crs(), &cancelled);
        QVERIFY(none.isEmpty());
        QCOMPARE(none.errors, QStringList{core::LoadControl::cancelledMessage()});
        core::LoadControl files;
        const core::LoadedLayers two = core::loadLayerFiles({csv, csv}, mProject->crs(), &files);
        QCOMPARE(two.vectorLayers.size(), std::size_t(2));
        QCOMPARE(files.done(), 2);
    }
    void badFilesAreNamedInTheErrors()
    {
        QTemporaryDir dir;
        const QString corrupt = dir.filePath(QStringLiteral("corrupt.geojson"));
        writeText(corrupt, "{ \"type\": \"FeatureCollection\", \"features\": [ oops");
        const QString missing = dir.filePath(QStringLiteral("missing.gpkg"));
        const core::LoadedLayers loaded =
            core::loadLayerFiles({corrupt, missing}, gis::Crs::webMercator());
        QVERIFY(loaded.isEmpty());
        QCOMPARE(loaded.errors.size(), 2);
        QVERIFY2(loaded.errors[0].startsWith(corrupt), qPrintable(loaded.errors[0]));
        QVERIFY2(loaded.errors[1].startsWith(missing), qPrintable(loaded.errors[1]));
    }

private:
    std::unique_ptr<core::PlanProject> mProject;
};

PLANMAP_TEST(tst_layerediting)
#include "tst_layerediting.moc"
