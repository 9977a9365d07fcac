#include "testregistry.h"

#include "classify/colorramp.h"
#include "layer/vectorlayer.h"
#include "project/planproject.h"
#include "thematic/thematicstyler.h"

#include <QSignalSpy>

namespace {

// Six districts with a numeric "population" (one missing) and a text "kind".
std::shared_ptr<gis::VectorLayer> districts()
{
    auto collection = std::make_shared<gis::FeatureCollection>();
    collection->name = QStringLiteral("districts");
    collection->crs = gis::Crs::wgs84();
    collection->kind = gis::GeometryKind::Polygon;
    collection->fields = {{QStringLiteral("population"), QMetaType::Double},
                          {QStringLiteral("kind"), QMetaType::QString}};
    const QVariant population[] = {12.0, 15.0, QVariant(), 80.0, 95.0, 300.0};
    const char *kinds[] = {"urban", "rural", "rural", "urban", "park", "urban"};
    for (int i = 0; i < 6; ++i) {
        gis::Polygon square;
        const double x = 125.0 + i;
        square.outer() = {{x, 43}, {x, 43.5}, {x + 0.5, 43.5}, {x + 0.5, 43}, {x, 43}};
        collection->features.push_back(
            {i, {population[i], QString::fromLatin1(kinds[i])}, gis::MultiPolygon{square}});
    }
    return std::make_shared<gis::VectorLayer>(QStringLiteral("districts"), collection);
}

core::ProjectData projectWith(std::shared_ptr<gis::VectorLayer> layer)
{
    core::ProjectData data;
    data.crs = gis::Crs::wgs84();
    data.initialExtent = gis::Box(gis::Point(124, 42), gis::Point(132, 45));
    data.groups = {{QStringLiteral("g"), QStringLiteral("G"), {layer->id()}}};
    data.layers = {std::move(layer)};
    return data;
}

core::ThematicSpec populationSpec()
{
    core::ThematicSpec spec;
    spec.layerId = QStringLiteral("districts");
    spec.kind = gis::StyleKind::Graduated;
    spec.field = QStringLiteral("population");
    spec.method = gis::ClassificationMethod::NaturalBreaks;
    spec.classCount = 3;
    spec.ramp = QStringLiteral("Greens");
    spec.unit = QStringLiteral("10k people");
    spec.periodLabel = QStringLiteral("2020");
    return spec;
}

} // namespace

class tst_thematicstyler : public QObject
{
    Q_OBJECT
private slots:
    void graduatedFieldClassesColoursAndLabels()
    {
        auto layer = districts();
        core::ThematicStyler().apply(populationSpec(), *layer);
        const gis::LayerStyle &style = layer->style();
        QCOMPARE(style.kind, gis::StyleKind::Graduated);
        // Jenks of 12 15 80 95 300 in 3: {12 15} {80 95} {300}.
        QCOMPARE(style.ranges.size(), std::size_t(3));
        QCOMPARE(style.ranges[0].lower, 12.0);
        QCOMPARE(style.ranges[0].upper, 15.0);
        QCOMPARE(style.ranges[1].upper, 95.0);
        QCOMPARE(style.ranges[2].upper, 300.0);
        QCOMPARE(style.ranges[0].label, gis::rangeLabel(12, 15, 0));
        const QVector<QColor> greens = gis::ColorRamp::named(QStringLiteral("Greens"))->colors(3);
        QCOMPARE(style.ranges[0].symbol.fillColor, greens[0]);
        QCOMPARE(style.ranges[2].symbol.fillColor, greens[2]);
        // The outline stays the layer's.
        QCOMPARE(style.ranges[1].symbol.strokeColor, layer->symbol().strokeColor);
        QVERIFY(layer->symbology());
        QCOMPARE(layer->symbology()->symbolOf(0), 0);
        QCOMPARE(layer->symbology()->symbolOf(2), style.noDataIndex());
        QCOMPARE(layer->symbology()->symbolOf(4), 1);
        QCOMPARE(layer->symbology()->symbolOf(5), 2);

        const gis::Legend legend = core::ThematicStyler::legend(*layer);
        QVERIFY(legend.title.contains(QStringLiteral("population")));
        QVERIFY(legend.title.contains(QStringLiteral("10k people")));
        QVERIFY(legend.title.contains(QStringLiteral("2020")));
        QCOMPARE(legend.entries.size(), std::size_t(4)); // three classes and "no data"
        QCOMPARE(legend.entries.back().symbol.fillColor, style.noDataSymbol.fillColor);
    }
    void invertReversesTheRamp()
    {
        auto layer = districts();
        core::ThematicSpec spec = populationSpec();
        spec.invert = true;
        core::ThematicStyler().apply(spec, *layer);
        const QVector<QColor> greens = gis::ColorRamp::named(QStringLiteral("Greens"))->colors(3);
        QCOMPARE(layer->style().ranges[0].symbol.fillColor, greens[2]);
    }
    void divergingRampsCentreOnZero()
    {
        auto layer = districts();
        core::ThematicSpec spec = populationSpec();
        spec.source = core::ThematicValueSource::Indicator;
        spec.method = gis::ClassificationMethod::EqualInterval;
        spec.classCount = 4;
        spec.ramp = QStringLiteral("RdBu");
        // Year-on-year change, mostly rises: −2 … 10 in classes of 3.
        const std::vector<std::optional<double>> change{-2.0, 1.0, 4.0, 7.0, 10.0, 0.5};
        const gis::LayerStyle style = core::ThematicStyler().style(spec, *layer, change, {});
        QCOMPARE(style.ranges.size(), std::size_t(4));
        const gis::ColorRamp rdbu = *gis::ColorRamp::named(QStringLiteral("RdBu"));
        // Midpoints −0.5, 2.5, 5.5, 8.5 on [−10, 10].
        QCOMPARE(style.ranges[0].symbol.fillColor, rdbu.at(0.475));
        QCOMPARE(style.ranges[3].symbol.fillColor, rdbu.at(0.925));
        // The falling class is reddish, the rising ones bluish.
        QVERIFY(style.ranges[0].symbol.fillColor.red() > style.ranges[0].symbol.fillColor.blue());
        QVERIFY(style.ranges[1].symbol.fillColor.blue() > style.ranges[1].symbol.fillColor.red());
        // Values of one sign use the whole ramp.
        const std::vector<std::optional<double>> rises{1.0, 2.0, 3.0, 4.0, 5.0, 6.0};
        const gis::LayerStyle spread = core::ThematicStyler().style(spec, *layer, rises, {});
        QCOMPARE(spread.ranges.front().symbol.fillColor, rdbu.stops().front());
        QCOMPARE(spread.ranges.back().symbol.fillColor, rdbu.stops().back());
    }
    void categorizedByAnyField()
    {
        auto layer = districts();
        core::ThematicSpec spec;
        spec.kind = gis::StyleKind::Categorized;
        spec.field = QStringLiteral("kind");
        spec.ramp = QStringLiteral("OkabeIto");
        core::ThematicStyler().apply(spec, *layer);
        const gis::LayerStyle &style = layer->style();
        QCOMPARE(style.categories.size(), std::size_t(3));
        QCOMPARE(style.categories[0].value, QStringLiteral("park")); // sorted
        QCOMPARE(style.categories[2].value, QStringLiteral("urban"));
        QCOMPARE(layer->symbology()->symbolOf(0), 2); // urban
        QCOMPARE(layer->symbology()->symbolOf(1), 1); // rural
        // Every value has its category: the legend leaves out "other" and "no data".
        QCOMPARE(core::ThematicStyler::legend(*layer).entries.size(), std::size_t(3));
    }
    void tooManyCategoriesEndInOther()
    {
        auto collection = std::make_shared<gis::FeatureCollection>();
        collection->name = QStringLiteral("many");
        collection->crs = gis::Crs::wgs84();
        collection->kind = gis::GeometryKind::Point;
        collection->fields = {{QStringLiteral("name"), QMetaType::QString}};
        for (int i = 0; i < 30; ++i)
            collection->features.push_back({i,
                                            {QStringLiteral("n%1").arg(i, 2, 10, QLatin1Char('0'))},
                                            gis::MultiPoint{{125.0 + i / 10.0, 43}}});
        gis::VectorLayer layer(QStringLiteral("many"), collection);
        core::ThematicSpec spec;
        spec.kind = gis::StyleKind::Categorized;
        spec.field = QStringLiteral("name");
        spec.ramp = QStringLiteral("OkabeIto");
        core::ThematicStyler().apply(spec, layer);
        QCOMPARE(int(layer.style().categories.size()), core::kMaxCategories);
        QCOMPARE(layer.symbology()->symbolOf(0), 0);
        QCOMPARE(layer.symbology()->symbolOf(29), layer.style().otherIndex());
        const gis::Legend legend = core::ThematicStyler::legend(layer);
        QCOMPARE(int(legend.entries.size()), core::kMaxCategories + 1);
        QCOMPARE(legend.entries.back().label,
                 QCoreApplication::translate("ThematicStyler", "Other"));
    }
    void proportionalScalesToTheLargestValue()
    {
        auto layer = districts();
        core::ThematicSpec spec = populationSpec();
        spec.kind = gis::StyleKind::Proportional;
        spec.maxSizeMm = 12;
        core::ThematicStyler().apply(spec, *layer);
        QCOMPARE(layer->style().maxValue, 300.0);
        QCOMPARE(layer->symbology()->markerSizeMm(5), 12.0);
        QCOMPARE(layer->symbology()->markerSizeMm(3), float(12 * std::sqrt(80.0 / 300)));
    }
    void indicatorValuesPlugIn()
    {
        core::PlanProject project(projectWith(districts()));
        core::ThematicSpec spec = populationSpec();
        spec.source = core::ThematicValueSource::Indicator;
        spec.indicator = QStringLiteral("GDP");
        spec.period = QStringLiteral("2023");
        project.setLayerTheme(QStringLiteral("districts"), spec);
        gis::VectorLayer *layer = project.layer(QStringLiteral("districts"));
        // No statistics joined yet: every feature is "no data", no classes.
        QVERIFY(layer->style().ranges.empty());
        QCOMPARE(layer->symbology()->symbolOf(0), layer->style().noDataIndex());

        std::vector<std::optional<double>> gdp{1.0, 2.0, 10.0, 11.0, 30.0, 31.0};
        QString askedIndicator, askedPeriod;
        QSignalSpy changed(&project, &core::PlanProject::layerChanged);
        project.setIndicatorValues(
            [&](const gis::VectorLayer &, const QString &indicator, const QString &period) {
                askedIndicator = indicator;
                askedPeriod = period;
                return gdp;
            });
        QCOMPARE(askedIndicator, QStringLiteral("GDP"));
        QCOMPARE(askedPeriod, QStringLiteral("2023"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(layer->style().ranges.size(), std::size_t(3));
        QCOMPARE(layer->style().ranges[0].upper, 2.0); // Jenks: {1 2} {10 11} {30 31}
        QCOMPARE(layer->style().ranges[1].upper, 11.0);
        QCOMPARE(layer->symbology()->symbolOf(4), 2);

        // The statistics change: the classes follow once the project is told.
        gdp = {1.0, 2.0, 3.0, 20.0, 21.0, 100.0}; // {1 2 3} {20 21} {100}
        project.refreshThemes(QStringLiteral("districts"));
        QCOMPARE(layer->style().ranges.back().lower, 21.0);
        QCOMPARE(layer->style().ranges.back().upper, 100.0);
        QCOMPARE(layer->symbology()->symbolOf(4), 1);
        QCOMPARE(changed.count(), 2);
    }
    void clearingAThemeGoesBackToTheSingleSymbol()
    {
        core::PlanProject project(projectWith(districts()));
        project.setLayerTheme(QStringLiteral("districts"), populationSpec());
        QVERIFY(project.layerTheme(QStringLiteral("districts")));
        QVERIFY(project.isModified());
        project.setLayerTheme(QStringLiteral("districts"), std::nullopt);
        QVERIFY(!project.layerTheme(QStringLiteral("districts")));
        QCOMPARE(project.layer(QStringLiteral("districts"))->style().kind, gis::StyleKind::Single);
        QVERIFY(!project.layer(QStringLiteral("districts"))->symbology());
    }
    void aNewOutlineReachesTheClasses()
    {
        core::PlanProject project(projectWith(districts()));
        project.setLayerTheme(QStringLiteral("districts"), populationSpec());
        gis::Symbol symbol = project.layer(QStringLiteral("districts"))->symbol();
        symbol.strokeColor = Qt::red;
        project.setLayerSymbol(QStringLiteral("districts"), symbol);
        for (const gis::RangeClass &range :
             project.layer(QStringLiteral("districts"))->style().ranges)
            QCOMPARE(range.symbol.strokeColor, QColor(Qt::red));
    }
};

PLANMAP_TEST(tst_thematicstyler)
#include "tst_thematicstyler.moc"
