#include "bundledproject.h"
#include "testdata.h"
#include "testregistry.h"

#include "project/planproject.h"
#include "project/projectdata.h"
#include "statistics/statisticsmodel.h"

#include <QSignalSpy>

namespace {

core::Indicator investment(const QString &plate, double value)
{
    core::Indicator figure;
    figure.layerId = QStringLiteral("plates");
    figure.featureKey = plate;
    figure.name = QStringLiteral("test_investment");
    figure.value = value;
    figure.unit = QStringLiteral("billion_yuan");
    figure.period = QStringLiteral("2020");
    figure.sourceFile = QStringLiteral("test.csv");
    return figure;
}

} // namespace

// Thematic maps of an indicator are fed by the statistics model and follow it.
class tst_themestatistics : public QObject
{
    Q_OBJECT
private slots:
    void indicatorMapReclassifiesWhenFiguresChange()
    {
        const auto opened = testing::bundledProject();
        core::PlanProject &project = *opened;
        core::StatisticsModel *statistics = project.statisticsModel();
        statistics->addImported(
            core::StatisticsTable({investment(QStringLiteral("automobile_town"), 40.0),
                                   investment(QStringLiteral("film_town"), 10.0),
                                   investment(QStringLiteral("innovation_center"), 20.0)}));

        // The catalogue offers the imported indicator for the symbology page.
        const auto choices = project.indicatorChoices(QStringLiteral("plates"));
        QVERIFY(std::any_of(choices.begin(), choices.end(), [](const core::IndicatorChoice &c) {
            return c.indicator == u"test_investment" && c.period == u"2020";
        }));

        core::ThematicSpec spec;
        spec.layerId = QStringLiteral("plates");
        spec.kind = gis::StyleKind::Graduated;
        spec.source = core::ThematicValueSource::Indicator;
        spec.indicator = QStringLiteral("test_investment");
        spec.period = QStringLiteral("2020");
        spec.method = gis::ClassificationMethod::EqualInterval;
        spec.classCount = 2;
        project.setLayerTheme(spec.layerId, spec);
        const gis::VectorLayer *plates = project.layer(spec.layerId);
        QCOMPARE(plates->style().ranges.size(), std::size_t(2));
        QCOMPARE(plates->style().ranges.back().upper, 40.0);

        QSignalSpy redraws(&project, &core::PlanProject::mapContentChanged);
        statistics->addImported(
            core::StatisticsTable({investment(QStringLiteral("china_rok_zone"), 80.0)}));
        QCOMPARE(plates->style().ranges.back().upper, 80.0);
        QCOMPARE(plates->style().ranges.front().lower, 10.0);
        QVERIFY(redraws.count() >= 1);
    }
};

PLANMAP_TEST(tst_themestatistics)
#include "tst_themestatistics.moc"
