#include "layer/vectorlayer.h"

#include "bundledproject.h"
#include "testregistry.h"
#include "zonesfixture.h"

#include "editing/commands/vertexcommands.h"
#include "editing/editimpact.h"
#include "editing/editsession.h"
#include "geometry/geodesicmeasure.h"
#include "project/planproject.h"
#include "project/projectdata.h"
#include "statistics/statisticsmodel.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

namespace {

std::shared_ptr<gis::VectorLayer> projectsLayer(const std::vector<gis::Point> &points)
{
    auto collection = std::make_shared<gis::FeatureCollection>();
    collection->name = QStringLiteral("projects");
    collection->crs = gis::Crs::wgs84();
    collection->kind = gis::GeometryKind::Point;
    for (std::size_t i = 0; i < points.size(); ++i)
        collection->features.push_back({qint64(i), {}, gis::MultiPoint{points[i]}});
    return std::make_shared<gis::VectorLayer>(QStringLiteral("projects"), collection);
}

double squareKilometres(const gis::Polygon &polygon)
{
    const gis::GeodesicMeasurer measurer(gis::Crs::wgs84());
    return measurer.measure(gis::MultiPolygon{polygon})->areaSquareMetres / 1e6;
}

const core::ImpactFigure *figure(const QVector<core::ImpactFigure> &figures, const QString &name)
{
    const auto found = std::find_if(figures.begin(), figures.end(),
                                    [&](const core::ImpactFigure &f) { return f.name == name; });
    return found == figures.end() ? nullptr : &*found;
}

} // namespace

class tst_editimpact : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(mFolder.isValid());
        const QString path = mFolder.filePath(QStringLiteral("zones.gpkg"));
        // West and east zones of 0.1° side by side; projects: one in the west zone, two in the
        // triangle of the east zone the west zone's corner will be dragged over, one elsewhere.
        QVERIFY(testing::writeZones(
            path, {testing::squareZone(125, 43, 0.1), testing::squareZone(125.1, 43, 0.1)}));
        core::ProjectData data;
        data.crs = gis::Crs::wgs84();
        data.initialExtent = gis::Box({124.9, 42.9}, {125.3, 43.2});
        data.layers = {
            testing::zonesLayer(path),
            projectsLayer({{125.05, 43.05}, {125.15, 43.09}, {125.12, 43.08}, {125.18, 43.02}})};
        mProject = std::make_unique<core::PlanProject>(std::move(data));
        core::StatisticsModel *model = mProject->statisticsModel();
        model->setKeyField(QStringLiteral("zones"), QStringLiteral("name"));
        model->addSpatialJoin({QStringLiteral("zones"),
                               QStringLiteral("projects"),
                               {},
                               QStringLiteral("projects"),
                               {}});
        model->waitForMeasurements();
        mSession = std::make_unique<core::EditSession>(
            QStringLiteral("zones"),
            mProject->layer(QStringLiteral("zones"))->projectionCache()->source());
    }
    void cleanup()
    {
        mSession.reset();
        mProject.reset();
    }

    // Dragging the west zone's upper right corner east by 0.1° adds a triangle to it: the area
    // grows by exactly the swept area, and the two projects in it are now inside.
    void draggedCornerAgainstSaved()
    {
        const qint64 west = mSession->base().features[0].id;
        gis::Geometry dragged = *mSession->geometry(west);
        QVERIFY(gis::moveVertex(dragged, {0, 0, 2}, {125.2, 43.1}));
        const core::EditImpact impact(*mProject, *mSession);
        const QVector<core::ImpactFigure> figures = impact.compare(west, dragged);

        // What the zone gains is bounded by its new edges and its old ones, all geodesics: the
        // triangle under the new corner, and the sliver between the new top edge (one long
        // geodesic, bowed north) and the old one.
        gis::Polygon triangle;
        triangle.outer() = {{125.1, 43}, {125.2, 43.1}, {125, 43.1}, {125.1, 43.1}, {125.1, 43}};
        const core::ImpactFigure *area = figure(figures, QStringLiteral("area_km2"));
        QVERIFY(area);
        QCOMPARE(area->saved, squareKilometres(testing::squareZone(125, 43, 0.1)));
        QVERIFY2(std::abs(area->change() - squareKilometres(triangle)) < 1e-9 * area->saved,
                 qPrintable(QStringLiteral("%1 against %2")
                                .arg(area->change())
                                .arg(squareKilometres(triangle))));
        const core::ImpactFigure *projects = figure(figures, QStringLiteral("projects_count"));
        QVERIFY(projects);
        QCOMPARE(projects->saved, 1.0);
        QCOMPARE(projects->current, 3.0);
        QVERIFY(figure(figures, QStringLiteral("perimeter_km"))->change() > 0);

        // The share of the layer's area: against the east zone as it is now (not yet edited).
        const double east = squareKilometres(testing::squareZone(125.1, 43, 0.1));
        const core::ImpactFigure *share = figure(figures, QStringLiteral("area_km2_share"));
        QVERIFY(share);
        QVERIFY(qFuzzyCompare(share->current, 100 * area->current / (area->current + east)));
        QVERIFY(qFuzzyCompare(share->saved, 100 * area->saved / (area->saved + east)));

        const QString text = core::EditImpact::changeText(figures, QLocale::c());
        QVERIFY2(text.startsWith(u'+') && text.contains(QStringLiteral("km²")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("+2 projects")), qPrintable(text));
    }

    // The saved state stays the reference after the drag became an edit, until a save.
    void editedZoneAgainstSaved()
    {
        const qint64 west = mSession->base().features[0].id;
        const qint64 east = mSession->base().features[1].id;
        auto command =
            core::MoveVertexCommand::create(mSession.get(), {{west, {0, 0, 2}}}, {125.05, 43.1});
        QVERIFY(command);
        mSession->undoStack()->push(command.release());
        const core::EditImpact impact(*mProject, *mSession);
        const QVector<core::ImpactFigure> figures = impact.compare(west, *mSession->geometry(west));
        const core::ImpactFigure *area = figure(figures, QStringLiteral("area_km2"));
        QVERIFY(area && area->change() < 0);
        QCOMPARE(figure(figures, QStringLiteral("projects_count"))->change(), 0.0);
        QVERIFY(core::EditImpact::changeText(figures, QLocale::c()).startsWith(u'−'));
        QCOMPARE(core::EditImpact::changeText(impact.compare(east, *mSession->geometry(east)),
                                              QLocale::c()),
                 QStringLiteral("no change"));
    }

    // The figures follow the pointer: on the county with the most vertices, with the cities
    // joined to the counties, a comparison during a drag (the saved figures known from the
    // first) takes a frame or so.
    void fastEnoughForEveryFrame()
    {
        auto project = testing::bundledProject();
        core::StatisticsModel *model = project->statisticsModel();
        model->addSpatialJoin({QStringLiteral("counties"),
                               QStringLiteral("cities"),
                               {},
                               QStringLiteral("cities"),
                               {}});
        model->waitForMeasurements();
        const auto counties =
            project->layer(QStringLiteral("counties"))->projectionCache()->source();
        core::EditSession session(QStringLiteral("counties"), counties);
        std::size_t largest = 0, most = 0;
        for (std::size_t i = 0; i < counties->features.size(); ++i) {
            const gis::Geometry geometry = counties->geometry(i);
            const auto &polygons = std::get<gis::MultiPolygon>(geometry);
            std::size_t vertices = 0;
            for (const gis::Polygon &part : polygons)
                vertices += part.outer().size();
            if (vertices > most)
                std::tie(largest, most) = std::pair(i, vertices);
        }
        QVERIFY(most > 1000);
        const qint64 id = counties->features[largest].id;
        gis::Geometry dragged = counties->geometry(largest);
        const gis::Point first = *gis::vertexAt(dragged, {0, 0, 1});
        const core::EditImpact impact(*project, session);
        QVERIFY(!impact.compare(id, dragged).isEmpty());
        QElapsedTimer timer;
        timer.start();
        constexpr int moves = 20;
        for (int move = 1; move <= moves; ++move) {
            gis::moveVertex(dragged, {0, 0, 1}, {first.x() + move * 1e-4, first.y()});
            QVERIFY(!impact.compare(id, dragged).isEmpty());
        }
        const double perMove = double(timer.elapsed()) / moves;
        qInfo("%zu vertices: %.1f ms per comparison", most, perMove);
        QVERIFY2(perMove < 60, qPrintable(QString::number(perMove)));
    }

private:
    QTemporaryDir mFolder;
    std::unique_ptr<core::PlanProject> mProject;
    std::unique_ptr<core::EditSession> mSession;
};

PLANMAP_TEST(tst_editimpact)
#include "tst_editimpact.moc"
