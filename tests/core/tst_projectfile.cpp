#include "rasterfixture.h"
#include "testdata.h"
#include "testregistry.h"

#include "project/layerfileloader.h"
#include "project/planproject.h"
#include "project/projectfile.h"

#include <boost/geometry/algorithms/equals.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace {

core::PlanProject *bundledProject(QObject *parent)
{
    QString error;
    auto data = core::loadBundledProject(testing::bundledGeoPackage(), &error);
    if (!data)
        qFatal("%s", qPrintable(error));
    return new core::PlanProject(std::move(*data), parent);
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

QByteArray readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sipingGeoJson()
{
    return testing::dataSourceRoot() +
           QStringLiteral("/upstream/jilin-counties/ji2_lin2_si4_ping2.geojson");
}

// A project with one layer of the given dataset, written by hand as a user might.
QByteArray projectWithDataset(const QString &dataset, const QString &extra = {})
{
    return QStringLiteral(R"({"format": "planmap-project", "version": 1, "crs": "EPSG:3857",
        %2
        "layers": [{"kind": "vector", "id": "siping", "title": "Siping",
                    "source": {"dataset": "%1", "layer": "ji2_lin2_si4_ping2"}}],
        "groups": [{"id": "g", "title": "G", "layers": ["siping"]}]})")
        .arg(dataset, extra)
        .toUtf8();
}

bool sameBox(const gis::Box &a, const gis::Box &b)
{
    return boost::geometry::equals(a, b);
}

} // namespace

class tst_projectfile : public QObject
{
    Q_OBJECT
private slots:
    void roundTripKeepsEveryField()
    {
        QObject owner;
        core::PlanProject *project = bundledProject(&owner);
        project->setCrs(gis::Crs::fromUserInput(QStringLiteral("EPSG:4551")));
        project->setLabelLanguage(core::LabelLanguage::English);
        project->setLayerVisible(QStringLiteral("counties"), false);
        gis::VectorLayer *cities = project->layer(QStringLiteral("cities"));
        gis::Symbol symbol = cities->symbol();
        symbol.fillColor = QColor(12, 34, 56, 78);
        symbol.strokeColor = QColor(200, 100, 50);
        symbol.strokeWidthMm = 0.85;
        symbol.strokeStyle = Qt::DashDotDotLine;
        symbol.marker = gis::MarkerShape::Star;
        symbol.markerSizeMm = 3.25;
        symbol.opacity = 0.7;
        cities->setSymbol(symbol);
        gis::LabelSettings labels = cities->labels();
        labels.fontFamily = QStringLiteral("DejaVu Serif");
        labels.sizePt = 11.5;
        labels.bold = false;
        labels.haloColor = QColor(1, 2, 3, 4);
        labels.haloMm = 0.8;
        labels.priority = 42;
        cities->setLabels(labels);
        project->setViewExtent(
            gis::Box(gis::Point(400000.125, 4800000.5), gis::Point(500000, 4900000)));
        project->addBookmark(QStringLiteral("西部"),
                             gis::Box(gis::Point(122.5, 43.25), gis::Point(124, 45)));
        project->addBookmark(QStringLiteral("East"),
                             gis::Box(gis::Point(128, 42), gis::Point(131.5, 44.125)));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.planmap"));
        QString error;
        QVERIFY2(core::ProjectFile::save(*project, path, &error), qPrintable(error));
        QVERIFY(!project->isModified());
        QCOMPARE(project->filePath(), QFileInfo(path).absoluteFilePath());
        // The bundled layers are kept by reference to the bundle, not by a path into the build.
        QVERIFY(readText(path).contains("\"bundled:"));

        auto read = core::ProjectFile::read(path, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY2(read->warnings.isEmpty(), qPrintable(read->warnings.join(u"; ")));
        core::PlanProject reopened(std::move(*read));
        QCOMPARE(reopened.filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!reopened.isModified());
        QCOMPARE(reopened.crs().authId(), QStringLiteral("EPSG:4551"));
        QCOMPARE(reopened.labelLanguage(), core::LabelLanguage::English);
        QVERIFY(sameBox(reopened.viewExtent(), project->viewExtent()));
        QVERIFY(sameBox(reopened.fullExtent(), project->fullExtent()));
        QCOMPARE(reopened.layers().size(), project->layers().size());
        for (std::size_t i = 0; i < project->layers().size(); ++i) {
            const gis::VectorLayer &a = *project->layers()[i];
            const gis::VectorLayer &b = *reopened.layers()[i];
            QCOMPARE(b.id(), a.id());
            QCOMPARE(b.title(), a.title());
            QCOMPARE(b.isVisible(), a.isVisible());
            QCOMPARE(QFileInfo(b.source().dataset).canonicalFilePath(),
                     QFileInfo(a.source().dataset).canonicalFilePath());
            QCOMPARE(b.source().layerName, a.source().layerName);
            QCOMPARE(b.features().features.size(), a.features().features.size());
            const gis::Symbol &s = b.symbol(), &t = a.symbol();
            QCOMPARE(s.fillColor, t.fillColor);
            QCOMPARE(s.strokeColor, t.strokeColor);
            QCOMPARE(s.strokeWidthMm, t.strokeWidthMm);
            QCOMPARE(s.strokeStyle, t.strokeStyle);
            QCOMPARE(s.marker, t.marker);
            QCOMPARE(s.markerSizeMm, t.markerSizeMm);
            QCOMPARE(s.opacity, t.opacity);
            const gis::LabelSettings &l = b.labels(), &m = a.labels();
            QCOMPARE(l.enabled, m.enabled);
            QCOMPARE(l.field, m.field);
            QCOMPARE(l.fontFamily, m.fontFamily);
            QCOMPARE(l.sizePt, m.sizePt);
            QCOMPARE(l.bold, m.bold);
            QCOMPARE(l.color, m.color);
            QCOMPARE(l.haloColor, m.haloColor);
            QCOMPARE(l.haloMm, m.haloMm);
            QCOMPARE(l.priority, m.priority);
        }
        QCOMPARE(reopened.layer(QStringLiteral("cities"))->symbol().marker, gis::MarkerShape::Star);
        QCOMPARE(reopened.layer(QStringLiteral("cities"))->labels().field,
                 QStringLiteral("name_en"));
        QCOMPARE(reopened.groups().size(), project->groups().size());
        for (int i = 0; i < project->groups().size(); ++i) {
            QCOMPARE(reopened.groups()[i].id, project->groups()[i].id);
            QCOMPARE(reopened.groups()[i].title, project->groups()[i].title);
            QCOMPARE(reopened.groups()[i].layerIds, project->groups()[i].layerIds);
        }
        QCOMPARE(reopened.userBookmarks().size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(reopened.userBookmarks()[i].id, project->userBookmarks()[i].id);
            QCOMPARE(reopened.userBookmarks()[i].name, project->userBookmarks()[i].name);
            QVERIFY(sameBox(reopened.userBookmarks()[i].lonLatExtent,
                            project->userBookmarks()[i].lonLatExtent));
        }
        // The presets come from the data again; they are not written.
        QCOMPARE(reopened.presetBookmarks().size(), project->presetBookmarks().size());
        QVERIFY(reopened.statistics());
    }
    // Snapping settings are kept with the project; a project that never changed them writes
    // no "snapping" key at all (the file it wrote before they existed).
    void snappingSettingsRoundTrip()
    {
        QObject owner;
        core::PlanProject *project = bundledProject(&owner);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.planmap"));
        QString error;
        QVERIFY2(core::ProjectFile::save(*project, path, &error), qPrintable(error));
        QVERIFY(!readText(path).contains("\"snapping\""));

        core::SnappingSettings settings;
        settings.allVisibleLayers = false;
        settings.layerIds = {QStringLiteral("counties"), QStringLiteral("cities")};
        settings.tolerancePixels = 15;
        settings.vertices = false;
        settings.segments = true;
        QSignalSpy changed(project, &core::PlanProject::snappingSettingsChanged);
        project->setSnappingSettings(settings);
        QCOMPARE(changed.count(), 1);
        QVERIFY(project->isModified());
        QVERIFY2(core::ProjectFile::save(*project, path, &error), qPrintable(error));
        auto read = core::ProjectFile::read(path, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY2(read->warnings.isEmpty(), qPrintable(read->warnings.join(u"; ")));
        core::PlanProject reopened(std::move(*read));
        QVERIFY(reopened.snappingSettings() == settings);

        // A tolerance that means nothing falls back to the default and says so.
        QJsonObject json = QJsonDocument::fromJson(readText(path)).object();
        QJsonObject snapping = json.value(QStringLiteral("snapping")).toObject();
        snapping.insert(QStringLiteral("tolerancePixels"), -3);
        json.insert(QStringLiteral("snapping"), snapping);
        writeText(path, QJsonDocument(json).toJson());
        auto bad = core::ProjectFile::read(path, &error);
        QVERIFY2(bad, qPrintable(error));
        QCOMPARE(bad->snapping.tolerancePixels, core::SnappingSettings::defaultTolerancePixels);
        QVERIFY(bad->warnings.join(u' ').contains(QStringLiteral("tolerancePixels")));
        QCOMPARE(bad->snapping.layerIds, settings.layerIds);
    }

    // The planner's "zones form a partition" switch is kept with the project, per layer, and a
    // removed layer takes its switch with it.
    void partitionLayersRoundTrip()
    {
        QObject owner;
        core::PlanProject *project = bundledProject(&owner);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.planmap"));
        QString error;
        QVERIFY(!project->isPartitionLayer(QStringLiteral("zones")));
        QSignalSpy changed(project, &core::PlanProject::partitionLayersChanged);
        project->setPartitionLayer(QStringLiteral("zones"), true);
        project->setPartitionLayer(QStringLiteral("counties"), true);
        project->setPartitionLayer(QStringLiteral("zones"), true); // no change
        QCOMPARE(changed.count(), 2);
        QVERIFY(project->isModified());
        QVERIFY2(core::ProjectFile::save(*project, path, &error), qPrintable(error));
        auto read = core::ProjectFile::read(path, &error);
        QVERIFY2(read, qPrintable(error));
        core::PlanProject reopened(std::move(*read));
        QVERIFY(reopened.isPartitionLayer(QStringLiteral("zones")));
        QVERIFY(reopened.isPartitionLayer(QStringLiteral("counties")));
        QVERIFY(!reopened.isPartitionLayer(QStringLiteral("plates")));

        reopened.setPartitionLayer(QStringLiteral("counties"), false);
        QVERIFY(reopened.removeLayer(QStringLiteral("zones")));
        QVERIFY(reopened.partitionLayers().isEmpty());
        QVERIFY2(core::ProjectFile::save(reopened, path, &error), qPrintable(error));
        QVERIFY(!readText(path).contains("\"partitionLayers\""));
    }

    void relativePathsSurviveAMove()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("before/data")));
        const QString dataset = dir.filePath(QStringLiteral("before/data/siping.geojson"));
        QVERIFY(QFile::copy(sipingGeoJson(), dataset));
        QString error;
        auto data = core::loadDatasetProject(dataset, &error);
        QVERIFY2(data, qPrintable(error));
        core::PlanProject project(std::move(*data));
        const QString path = dir.filePath(QStringLiteral("before/siping.planmap"));
        QVERIFY2(core::ProjectFile::save(project, path, &error), qPrintable(error));
        const QJsonObject json = QJsonDocument::fromJson(readText(path)).object();
        const QJsonObject source = json[u"layers"].toArray()[0].toObject()[u"source"].toObject();
        QCOMPARE(source[u"dataset"].toString(), QStringLiteral("data/siping.geojson"));

        QVERIFY(QDir(dir.path()).rename(QStringLiteral("before"), QStringLiteral("after")));
        const QString moved = dir.filePath(QStringLiteral("after/siping.planmap"));
        auto reopened = core::ProjectFile::read(moved, &error);
        QVERIFY2(reopened, qPrintable(error));
        QVERIFY2(reopened->warnings.isEmpty(), qPrintable(reopened->warnings.join(u"; ")));
        QCOMPARE(reopened->layers.size(), std::size_t(1));
        QCOMPARE(reopened->layers.front()->features().features.size(), std::size_t(6));
        QCOMPARE(reopened->layers.front()->source().dataset,
                 dir.filePath(QStringLiteral("after/data/siping.geojson")));
    }
    void addedLayersAndTheirSettingsRoundTrip()
    {
        // A raster and a CSV of points added to the bundled project, restyled and reordered,
        // come back from the file as they were: kind, source, opacity, scale range, marker
        // icon and drawing order.
        QTemporaryDir dir;
        const QString tiff = dir.filePath(QStringLiteral("relief.tif"));
        QVERIFY(testing::writeRgbGeoTiff(tiff, 4326, 125.0, 44.2, 0.01, 40, 30,
                                         [](int, int) { return QColor(200, 60, 40); }));
        const QString csv = dir.filePath(QStringLiteral("stations.csv"));
        writeText(csv, "name,lon,lat\nChangchun,125.3245,43.8868\nJilin,126.5496,43.8378\n");
        QObject parent;
        core::PlanProject *project = bundledProject(&parent);
        const core::LoadedLayers loaded = core::loadLayerFiles({tiff, csv}, project->crs());
        QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u"; ")));
        QCOMPARE(loaded.rasterLayers.size(), std::size_t(1));
        QCOMPARE(loaded.vectorLayers.size(), std::size_t(1));
        const QString rasterId = project->addLayer(loaded.rasterLayers.front());
        const QString pointsId = project->addLayer(loaded.vectorLayers.front());
        project->setLayerOpacity(rasterId, 0.4);
        project->setLayerScaleRange(rasterId, {10000, 2000000});
        gis::Symbol symbol = project->layer(pointsId)->symbol();
        symbol.markerSvg = QStringLiteral(":/planmap/markers/railstation.svg");
        symbol.markerSizeMm = 4.5;
        project->setLayerSymbol(pointsId, symbol);
        // The raster goes below the counties.
        QVERIFY(project->moveLayer(rasterId, project->groupOf(QStringLiteral("counties")), 1));
        const QStringList order = project->drawingOrder();

        const QString path = dir.filePath(QStringLiteral("added.planmap"));
        QString error;
        QVERIFY2(core::ProjectFile::save(*project, path, &error), qPrintable(error));
        auto data = core::ProjectFile::read(path, &error);
        QVERIFY2(data, qPrintable(error));
        QVERIFY2(data->warnings.isEmpty(), qPrintable(data->warnings.join(u"; ")));
        core::PlanProject reopened(std::move(*data));
        QCOMPARE(reopened.drawingOrder(), order);
        const gis::RasterLayer *raster = reopened.rasterLayer(rasterId);
        QVERIFY(raster);
        QCOMPARE(raster->opacity(), 0.4);
        QCOMPARE(raster->scaleRange(), (gis::ScaleRange{10000, 2000000}));
        QCOMPARE(QFileInfo(raster->source()->path).canonicalFilePath(),
                 QFileInfo(tiff).canonicalFilePath());
        const gis::VectorLayer *points = reopened.layer(pointsId);
        QVERIFY(points);
        QCOMPARE(points->features().features.size(), std::size_t(2));
        QCOMPARE(points->features().kind, gis::GeometryKind::Point);
        QCOMPARE(points->symbol().markerSvg, symbol.markerSvg);
        QCOMPARE(points->symbol().markerSizeMm, 4.5);
        // Stored next to the project, so relative.
        const QJsonArray layers =
            QJsonDocument::fromJson(readText(path)).object()[u"layers"].toArray();
        QStringList datasets;
        for (const QJsonValue &layer : layers)
            datasets.push_back(layer[u"source"][u"dataset"].toString());
        QVERIFY(datasets.contains(QStringLiteral("relief.tif")));
        QVERIFY(datasets.contains(QStringLiteral("stations.csv")));
    }
    void badFilesGiveClearMessages_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("broken JSON")
            << QByteArray("{\"format\": \"planmap-project\", \"version\": ")
            << QStringLiteral("JSON is broken at byte");
        QTest::newRow("not JSON at all")
            << QByteArray("\xff\xfe garbage") << QStringLiteral("byte");
        QTest::newRow("another JSON") << QByteArray("{\"type\": \"FeatureCollection\"}")
                                      << QStringLiteral("is not a planmap project");
        QTest::newRow("a list") << QByteArray("[1, 2]")
                                << QStringLiteral("is not a planmap project");
        QTest::newRow("newer version")
            << QByteArray("{\"format\": \"planmap-project\", \"version\": 7, \"layers\": []}")
            << QStringLiteral("newer planmap (project format 7; this planmap reads up to 1)");
        QTest::newRow("version as text")
            << QByteArray("{\"format\": \"planmap-project\", \"version\": \"1\", \"layers\": []}")
            << QStringLiteral("version is missing or not a whole number");
        QTest::newRow("layers not a list")
            << QByteArray("{\"format\": \"planmap-project\", \"version\": 1, \"layers\": {}}")
            << QStringLiteral("“layers” is missing or not a list");
    }
    void badFilesGiveClearMessages()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.planmap"));
        writeText(path, content);
        QString error;
        QVERIFY(!core::ProjectFile::read(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
    void missingFileNamesIt()
    {
        QString error;
        QVERIFY(!core::ProjectFile::read(QStringLiteral("/nowhere/plan.planmap"), &error));
        QVERIFY2(error.contains(QStringLiteral("/nowhere/plan.planmap")), qPrintable(error));
    }
    void missingDatasetSkipsItsLayer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.planmap"));
        QJsonObject json = QJsonDocument::fromJson(projectWithDataset(sipingGeoJson())).object();
        QJsonArray layers = json[u"layers"].toArray();
        QJsonObject lost = layers[0].toObject();
        lost[u"id"] = QStringLiteral("lost");
        lost[u"source"] = QJsonObject{{QStringLiteral("dataset"), QStringLiteral("gone/lost.gpkg")},
                                      {QStringLiteral("layer"), QStringLiteral("x")}};
        layers.push_back(lost);
        json[u"layers"] = layers;
        writeText(path, QJsonDocument(json).toJson());
        QString error;
        auto data = core::ProjectFile::read(path, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->layers.size(), std::size_t(1));
        QCOMPARE(data->warnings.size(), 1);
        const QString warning = data->warnings.front();
        QVERIFY2(warning.contains(path) && warning.contains(u"“lost”") &&
                     warning.contains(dir.filePath(QStringLiteral("gone/lost.gpkg"))) &&
                     warning.contains(QStringLiteral("not found")),
                 qPrintable(warning));
    }
    void wrongTypesAndUnknownKeysStillOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.planmap"));
        QJsonObject json = QJsonDocument::fromJson(projectWithDataset(sipingGeoJson())).object();
        json[u"someFutureSetting"] = QJsonObject{{QStringLiteral("x"), 1}};
        json[u"labelLanguage"] = QStringLiteral("fr");
        QJsonArray layers = json[u"layers"].toArray();
        QJsonObject layer = layers[0].toObject();
        layer[u"visible"] = QStringLiteral("yes");
        layer[u"symbol"] = QJsonObject{{QStringLiteral("fill"), 12},
                                       {QStringLiteral("strokeWidthMm"), 0.9},
                                       {QStringLiteral("marker"), QStringLiteral("hexagon")},
                                       {QStringLiteral("glow"), true}};
        layers[0] = layer;
        json[u"layers"] = layers;
        writeText(path, QJsonDocument(json).toJson());
        QString error;
        auto data = core::ProjectFile::read(path, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->layers.size(), std::size_t(1));
        const QString warnings = data->warnings.join(u'\n');
        QCOMPARE(data->warnings.size(), 4);
        for (const char *key : {"“visible”", "“fill”", "“hexagon”", "“fr”"})
            QVERIFY2(warnings.contains(QString::fromUtf8(key)), qPrintable(warnings));
        QVERIFY(!warnings.contains(u"glow") && !warnings.contains(u"someFutureSetting"));
        // The good values are kept, the bad ones fall back to the defaults.
        QCOMPARE(data->layers.front()->symbol().strokeWidthMm, 0.9);
        QCOMPARE(data->layers.front()->symbol().fillColor, gis::Symbol().fillColor);
        QVERIFY(data->layers.front()->isVisible());
    }
    void unknownCrsFallsBackToWebMercator()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.planmap"));
        QJsonObject json = QJsonDocument::fromJson(projectWithDataset(sipingGeoJson())).object();
        json[u"crs"] = QStringLiteral("EPSG:999999");
        json[u"view"] = QJsonArray{0, 0, 1, 1}; // in the lost CRS's units: not to be trusted
        writeText(path, QJsonDocument(json).toJson());
        QString error;
        auto data = core::ProjectFile::read(path, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->crs.authId(), QStringLiteral("EPSG:3857"));
        QCOMPARE(data->warnings.size(), 1);
        QVERIFY2(data->warnings.front().contains(u"EPSG:999999"),
                 qPrintable(data->warnings.front()));
        QVERIFY(!data->viewExtent);
        // The full view falls back to the layer: Siping, 123.6–125.6°E, in metres.
        QVERIFY(data->initialExtent.min_corner().x() < 13760000 &&
                data->initialExtent.max_corner().x() > 13990000);
    }
    void failedSaveKeepsThePreviousFile()
    {
        QObject owner;
        core::PlanProject *project = bundledProject(&owner);
        QTemporaryDir dir;
        // The longest name the file system takes: the file itself fits, but the temporary file
        // a transactional save writes beside it cannot be created.
        const QString path = dir.filePath(QString(245, u'p') + QStringLiteral(".planmap"));
        QString error;
        writeText(path, "previous content");
        QVERIFY(!core::ProjectFile::save(*project, path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(readText(path), QByteArray("previous content"));
        QVERIFY(project->filePath().isEmpty());
    }
    void credentialsAreNotWritten()
    {
        const QString stored = core::ProjectFile::storedDatasetPath(
            QStringLiteral("PG:host=db dbname=plan user=me password=secret"), QDir::temp());
        QVERIFY2(!stored.contains(u"secret") && stored.contains(u"dbname=plan"),
                 qPrintable(stored));
    }
    void changesMarkTheProjectModified()
    {
        QObject owner;
        core::PlanProject *project = bundledProject(&owner);
        QVERIFY(!project->isModified());
        QSignalSpy modified(project, &core::PlanProject::modifiedChanged);
        project->setLayerVisible(QStringLiteral("cities"), false);
        QVERIFY(project->isModified());
        QCOMPARE(modified.count(), 1);
        project->setSaved(QStringLiteral("/tmp/x.planmap"));
        QVERIFY(!project->isModified());
        QCOMPARE(modified.count(), 2);

        project->setViewExtent(project->viewExtent());
        QVERIFY(!project->isModified());
        gis::Box view = project->viewExtent();
        view.min_corner().x(view.min_corner().x() + 1000);
        project->setViewExtent(view);
        QVERIFY(project->isModified());

        const auto expectChange = [&](const std::function<void()> &change) {
            project->setSaved(project->filePath());
            change();
            return project->isModified();
        };
        QVERIFY(expectChange([&] { project->setLabelLanguage(core::LabelLanguage::English); }));
        QVERIFY(expectChange(
            [&] { project->setCrs(gis::Crs::fromUserInput(QStringLiteral("EPSG:4490"))); }));
        QString id;
        QVERIFY(expectChange([&] {
            id = project->addBookmark(QStringLiteral("a"),
                                      gis::Box(gis::Point(1, 2), gis::Point(3, 4)));
        }));
        QVERIFY(expectChange([&] { project->renameBookmark(id, QStringLiteral("b")); }));
        QCOMPARE(project->userBookmarks().front().name, QStringLiteral("b"));
        QCOMPARE(project->bookmarks().size(), project->presetBookmarks().size() + 1);
        QVERIFY(expectChange([&] { project->removeBookmark(id); }));
        QVERIFY(project->userBookmarks().isEmpty());
        // The presets cannot be changed.
        QVERIFY(!expectChange([&] { project->removeBookmark(QStringLiteral("changchun")); }));
        QVERIFY(!expectChange([&] { project->setLayerVisible(QStringLiteral("nothing"), false); }));
    }
};

PLANMAP_TEST(tst_projectfile)
#include "tst_projectfile.moc"
