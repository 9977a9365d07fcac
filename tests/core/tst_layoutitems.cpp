#include "bundledproject.h"
#include "testregistry.h"

#include "layout/layoutjson.h"
#include "layout/layoutrenderer.h"
#include "layout/tablepainter.h"
#include "project/planproject.h"
#include "statistics/statisticsmodel.h"
#include "statistics/unitformat.h"

#include "crs/coordinatetransform.h"
#include "render/maptopixel.h"

#include <QImage>
#include <QJsonArray>
#include <QPainter>

namespace {

constexpr double kDpi = 100;

QImage renderPage(const core::LayoutRenderer &renderer)
{
    const QSizeF page = renderer.layout().pageSizeMm();
    QImage image(qRound(page.width() / 25.4 * kDpi), qRound(page.height() / 25.4 * kDpi),
                 QImage::Format_RGB32);
    // The page's fill ends within the last pixel column; white beneath keeps that one white.
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(painter, kDpi);
    return image;
}

bool isFrameRed(QRgb pixel)
{
    return qRed(pixel) > 180 && qGreen(pixel) < 90 && qBlue(pixel) < 90;
}

// Whether a frame-coloured pixel lies within `radius` pixels of `at` (antialiasing and
// rounding move a 0.6 mm line by a pixel).
bool redNear(const QImage &image, QPointF at, int radius = 2)
{
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint p(qRound(at.x()) + dx, qRound(at.y()) + dy);
            if (image.rect().contains(p) && isFrameRed(image.pixel(p)))
                return true;
        }
    }
    return false;
}

gis::Box envelopeOf(const core::PlanProject &project, const QString &layerId, const gis::Crs &crs)
{
    QString error;
    return project.layer(layerId)->projectionCache()->projected(crs, &error)->extent();
}

QStringList firstColumn(const core::StatisticsTableContent &table)
{
    QStringList names;
    for (const QStringList &row : table.rows)
        names.push_back(row.value(0));
    return names;
}

} // namespace

// The overview map and the statistics table of a print layout: content copied from the
// project, drawn where the extents say.
class tst_layoutitems : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        mProject = testing::bundledProject();
        mProject->setLabelLanguage(core::LabelLanguage::English);
        mProject->statisticsModel()->waitForMeasurements();
    }

    // The main frame on Changchun's plates: the overview shows the plan area with the
    // frame's extent outlined in red at the place the extents give.
    void overviewOutlinesTheFrame()
    {
        core::PrintLayout layout = core::PrintLayout::wallMap();
        QVERIFY(layout.item(core::LayoutItemKind::Overview));
        layout.map.extent = envelopeOf(*mProject, QStringLiteral("plates"), mProject->crs());
        layout.map.crs = mProject->crs();
        const core::LayoutRenderer renderer(layout,
                                            core::LayoutContent::fromProject(*mProject, layout));
        QVERIFY(renderer.content().overview);
        const QImage page = renderPage(renderer);
        const gis::MapSettings overview = renderer.overviewSettings(kDpi);
        const gis::Box frame = renderer.frameSettings(kDpi).visibleExtent();
        const gis::MapToPixel toPixel(overview.visibleExtent(), overview.outputSize);
        const QPointF origin =
            layout.item(core::LayoutItemKind::Overview)->rectMm.topLeft() / 25.4 * kDpi;
        const double midX = (frame.min_corner().x() + frame.max_corner().x()) / 2;
        const double midY = (frame.min_corner().y() + frame.max_corner().y()) / 2;
        // Middle of each edge red, the middle of the frame not.
        for (const gis::Point &edge :
             {gis::Point(midX, frame.max_corner().y()), gis::Point(midX, frame.min_corner().y()),
              gis::Point(frame.min_corner().x(), midY), gis::Point(frame.max_corner().x(), midY)})
            QVERIFY(redNear(page, origin + toPixel.toPixel(edge)));
        QVERIFY(!redNear(page, origin + toPixel.toPixel(gis::Point(midX, midY)), 0));
        // The overview holds the whole plan area, so it is far larger than the frame.
        const gis::Box all = overview.visibleExtent();
        QVERIFY(all.max_corner().x() - all.min_corner().x() >
                5 * (frame.max_corner().x() - frame.min_corner().x()));
        QVERIFY(!overview.labelsEnabled);
    }

    // A frame in Gauss–Krüger on a Web Mercator overview: its straight edges are curves there,
    // and the outline follows them (the middle of an edge is off the chord between corners).
    void overviewBendsAFrameInAnotherCrs()
    {
        core::PrintLayout layout = core::PrintLayout::wallMap();
        const gis::Crs gk = gis::Crs::fromUserInput(QStringLiteral("EPSG:4551"));
        QVERIFY(gk.isValid());
        layout.map.crs = gk;
        layout.map.extent = envelopeOf(*mProject, QStringLiteral("prefectures"), gk);
        const core::LayoutRenderer renderer(layout,
                                            core::LayoutContent::fromProject(*mProject, layout));
        const QImage page = renderPage(renderer);
        const gis::Box frame = renderer.frameSettings(kDpi).visibleExtent();
        const gis::CoordinateTransform toMap(gk, mProject->crs());
        const gis::MapSettings overview = renderer.overviewSettings(kDpi);
        const gis::MapToPixel toPixel(overview.visibleExtent(), overview.outputSize);
        const QPointF origin =
            layout.item(core::LayoutItemKind::Overview)->rectMm.topLeft() / 25.4 * kDpi;
        const gis::Point topLeft(frame.min_corner().x(), frame.max_corner().y());
        const gis::Point topRight(frame.max_corner().x(), frame.max_corner().y());
        const gis::Point topMiddle((topLeft.x() + topRight.x()) / 2, topLeft.y());
        const QPointF a = toPixel.toPixel(toMap.transform(topLeft));
        const QPointF b = toPixel.toPixel(toMap.transform(topRight));
        const QPointF m = toPixel.toPixel(toMap.transform(topMiddle));
        QVERIFY(QLineF((a + b) / 2, m).length() > 2); // it does bend, by pixels
        QVERIFY(redNear(page, origin + m));
    }

    // By default: the plates (the visible layer with the most figures in view); moving the
    // frame changes the rows to the features then in view.
    void tableListsTheFeaturesInView()
    {
        core::PrintLayout layout = core::PrintLayout::reportPage();
        const core::LayoutItem *item = layout.item(core::LayoutItemKind::StatisticsTable);
        QVERIFY(item);
        layout.map.crs = mProject->crs();
        layout.map.extent = envelopeOf(*mProject, QStringLiteral("plates"), mProject->crs());
        auto content = core::LayoutContent::fromProject(*mProject, layout);
        QVERIFY(content.table);
        QStringList names = firstColumn(*content.table);
        names.sort();
        QStringList expected;
        for (const core::JoinedFeature &feature :
             mProject->statisticsModel()->joined(QStringLiteral("plates")))
            expected.push_back(feature.name);
        expected.sort();
        QCOMPARE(names, expected);
        QVERIFY(content.table->sourceLine.contains(QStringLiteral("002_43f3953580f3cd6d.txt")));

        // Far west of the province (Baicheng): no plate in view.
        layout.map.extent = gis::Box(gis::Point(13.6e6, 5.6e6), gis::Point(13.7e6, 5.7e6));
        content = core::LayoutContent::fromProject(*mProject, layout);
        QVERIFY(content.table->rows.isEmpty() ||
                !firstColumn(*content.table).contains(expected.front()));
        QVERIFY(!content.table->title.contains(QStringLiteral("plates")));
    }

    void tableRowsFollowTheExtent()
    {
        core::PrintLayout layout = core::PrintLayout::reportPage();
        core::LayoutItem *item = layout.item(core::LayoutItemKind::StatisticsTable);
        item->layerId = QStringLiteral("plates");
        layout.map.crs = mProject->crs();
        QString error;
        const auto projected = mProject->layer(QStringLiteral("plates"))
                                   ->projectionCache()
                                   ->projected(mProject->crs(), &error);
        const auto joined = mProject->statisticsModel()->joined(QStringLiteral("plates"),
                                                                core::LabelLanguage::English);
        // A small frame on each plate's label point lists that plate and those whose boxes
        // reach there, no other.
        int fewer = 0;
        for (std::size_t i = 0; i < projected->size(); ++i) {
            const gis::Point at = projected->labelAnchor(i);
            layout.map.extent = gis::Box(gis::Point(at.x() - 200, at.y() - 200),
                                         gis::Point(at.x() + 200, at.y() + 200));
            const auto content = core::LayoutContent::fromProject(*mProject, layout);
            const gis::Box shown =
                core::LayoutRenderer(layout, content).frameSettings(300).visibleExtent();
            int expected = 0;
            for (std::size_t j = 0; j < projected->size(); ++j)
                expected += boost::geometry::intersects(projected->envelope(j), shown) ? 1 : 0;
            QCOMPARE(int(content.table->rows.size()), expected);
            QVERIFY(firstColumn(*content.table).contains(joined[int(i)].name));
            fewer += expected < int(projected->size()) ? 1 : 0;
        }
        QVERIFY(fewer > 0); // some frame this small leaves plates out
    }

    // Chosen indicators: a column each, headed by the indicator's name and period, values
    // written by UnitFormat in the interface language.
    void tableFormatsChosenIndicators()
    {
        core::PrintLayout layout = core::PrintLayout::reportPage();
        core::LayoutItem *item = layout.item(core::LayoutItemKind::StatisticsTable);
        item->layerId = QStringLiteral("plates");
        item->source = core::TableSource::Layer;
        item->indicators = {QStringLiteral("auto_industry_output_value"),
                            QStringLiteral("area_km2")};
        const auto content = core::LayoutContent::fromProject(*mProject, layout);
        QCOMPARE(content.table->headers.size(), 3);
        QVERIFY(content.table->headers[1].startsWith(QStringLiteral("Auto")));
        QVERIFY(content.table->headers[1].contains(QStringLiteral("2020-Q1..Q3")));
        QCOMPARE(content.table->rows.size(), 4);
        const auto automobile = std::find_if(
            content.table->rows.begin(), content.table->rows.end(),
            [](const QStringList &row) { return row[0].contains(QStringLiteral("Automobile")); });
        QVERIFY(automobile != content.table->rows.end());
        QCOMPARE((*automobile)[1], QStringLiteral("¥342.7 bn"));
        QVERIFY((*automobile)[2].endsWith(QStringLiteral("km²")));
        // A plate without the figure shows a dash, not a zero.
        const auto other = std::find_if(
            content.table->rows.begin(), content.table->rows.end(),
            [](const QStringList &row) { return !row[0].contains(QStringLiteral("Automobile")); });
        QCOMPARE((*other)[1], QStringLiteral("–"));
    }

    // Rows that do not fit give way to a "… N more" line; nothing is drawn outside the item.
    void tableStaysInsideItsRect()
    {
        core::PrintLayout layout = core::PrintLayout::reportPage();
        const QRectF rect(20, 40, 120, 40);
        core::LayoutItem table(core::LayoutItemKind::StatisticsTable, rect);
        table.layerId = QStringLiteral("counties");
        table.source = core::TableSource::Layer;
        table.indicators = {QStringLiteral("area_km2"), QStringLiteral("projects_started")};
        layout.items = {table};
        const core::LayoutRenderer renderer(layout,
                                            core::LayoutContent::fromProject(*mProject, layout));
        const core::StatisticsTableContent &content = *renderer.content().table;
        QVERIFY(content.rows.size() > 20);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(qRound(7 * kDpi / 72));
        const int shown =
            core::TablePainter(content, font, kDpi / 25.4)
                .rowsShown(QRectF(rect.topLeft() * kDpi / 25.4, rect.size() * kDpi / 25.4));
        QVERIFY(shown > 0 && shown < content.rows.size());
        const QImage page = renderPage(renderer);
        const QRect inside = QRectF(rect.topLeft() * kDpi / 25.4, rect.size() * kDpi / 25.4)
                                 .toAlignedRect()
                                 .adjusted(-1, -1, 1, 1);
        int drawn = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                if (page.pixel(x, y) == qRgb(255, 255, 255))
                    continue;
                QVERIFY2(inside.contains(x, y), qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
                ++drawn;
            }
        }
        QVERIFY(drawn > 1000);
    }

    void tableSettingsRoundTrip()
    {
        core::PrintLayout layout = core::PrintLayout::reportPage();
        core::LayoutItem *table = layout.item(core::LayoutItemKind::StatisticsTable);
        table->layerId = QStringLiteral("plates");
        table->indicators = {QStringLiteral("area_km2"), QStringLiteral("new_projects")};
        table->source = core::TableSource::Layer;
        table->featureKey = QStringLiteral("film_town");
        QStringList problems;
        const core::PrintLayout back =
            core::LayoutJson::fromJson(core::LayoutJson::toJson(layout), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(back, layout);
        QVERIFY(back.item(core::LayoutItemKind::StatisticsTable)->source ==
                core::TableSource::Layer);
        // Unchanged settings compare unequal once one differs.
        core::PrintLayout other = back;
        other.item(core::LayoutItemKind::StatisticsTable)->indicators.pop_back();
        QVERIFY(!(other == back));
    }

    void badTableSourceIsReported()
    {
        QJsonObject json = core::LayoutJson::toJson(core::PrintLayout::reportPage());
        QJsonArray items = json.value(QStringLiteral("items")).toArray();
        for (int i = 0; i < items.size(); ++i) {
            QJsonObject item = items[i].toObject();
            if (item.value(QStringLiteral("kind")) == QStringLiteral("statisticsTable")) {
                item.insert(QStringLiteral("source"), QStringLiteral("everywhere"));
                items[i] = item;
            }
        }
        json.insert(QStringLiteral("items"), items);
        QStringList problems;
        const core::PrintLayout read = core::LayoutJson::fromJson(json, &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.front().contains(QStringLiteral("source")));
        QVERIFY(problems.front().contains(QStringLiteral("everywhere")));
        QVERIFY(read.item(core::LayoutItemKind::StatisticsTable)->source ==
                core::TableSource::FeaturesInView);
    }

    // Turning a page keeps its overview and table, arranged anew on the turned page.
    void turningKeepsTheItems()
    {
        core::PrintLayout wall = core::PrintLayout::wallMap();
        wall.item(core::LayoutItemKind::Overview)->visible = false;
        const core::PrintLayout turned =
            wall.withPage(core::PaperSize::A3, core::PageOrientation::Portrait);
        QVERIFY(turned.item(core::LayoutItemKind::Overview));
        QVERIFY(!turned.item(core::LayoutItemKind::Overview)->visible);
        QVERIFY(!turned.item(core::LayoutItemKind::StatisticsTable));
        const QRectF map = turned.item(core::LayoutItemKind::Map)->rectMm;
        QVERIFY(!turned.item(core::LayoutItemKind::Overview)->rectMm.intersects(map));
    }

private:
    std::unique_ptr<core::PlanProject> mProject;
};

PLANMAP_TEST(tst_layoutitems)
#include "tst_layoutitems.moc"
