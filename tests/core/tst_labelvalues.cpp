#include "bundledproject.h"
#include "testdata.h"
#include "testregistry.h"

#include "project/planproject.h"
#include "project/projectdata.h"
#include "render/maprenderer.h"
#include "statistics/labelvalues.h"
#include "statistics/statisticsmodel.h"

#include <QSignalSpy>

namespace {

core::Indicator figure(const QString &period, double value)
{
    core::Indicator indicator;
    indicator.name = QStringLiteral("output");
    indicator.value = value;
    indicator.unit = QStringLiteral("billion_yuan");
    indicator.period = period;
    return indicator;
}

std::size_t indexOfKey(const gis::VectorLayer &layer, const QString &key)
{
    const int field = layer.features().fieldIndex(QStringLiteral("key"));
    for (std::size_t i = 0; i < layer.features().features.size(); ++i) {
        if (layer.features().features[i].attributes.value(field).toString() == key)
            return i;
    }
    return std::size_t(-1);
}

const QLocale english(QLocale::English, QLocale::UnitedStates);

} // namespace

class tst_labelvalues : public QObject
{
    Q_OBJECT
private slots:
    void latestPeriodUnlessOneIsChosen()
    {
        const QVector<core::Indicator> figures{figure(QStringLiteral("2019"), 10.0),
                                               figure(QStringLiteral("2020"), 342.7)};
        QCOMPARE(core::labelValueText(figures, QStringLiteral("output"), {}, english),
                 QStringLiteral("¥342.7 bn"));
        QCOMPARE(core::labelValueText(figures, QStringLiteral("output"), QStringLiteral("2019"),
                                      english),
                 QStringLiteral("¥10 bn"));
        QVERIFY(
            core::labelValueText(figures, QStringLiteral("output"), QStringLiteral("2018"), english)
                .isEmpty());
        QVERIFY(core::labelValueText(figures, QStringLiteral("other"), {}, english).isEmpty());
    }

    void projectLabelsFollowTheFiguresAndTheLanguage()
    {
        auto project = testing::bundledProject();
        QVERIFY(project);
        project->setLabelLanguage(core::LabelLanguage::English);
        const gis::VectorLayer *plates = project->layer(QStringLiteral("plates"));
        QVERIFY(plates);
        const std::size_t town = indexOfKey(*plates, QStringLiteral("automobile_town"));
        QVERIFY(town != std::size_t(-1));
        QVERIFY(!plates->labelValues());

        QSignalSpy redraws(project.get(), &core::PlanProject::mapContentChanged);
        gis::LabelSettings labels = plates->labels();
        labels.enabled = true;
        labels.valueKey = QStringLiteral("auto_industry_output_value");
        project->setLayerLabels(QStringLiteral("plates"), labels);
        QVERIFY(plates->labelValues());
        QCOMPARE(plates->labelValues()->at(town), QStringLiteral("¥342.7 bn"));
        QVERIFY(redraws.count() >= 1);
        // Features without the figure get no text.
        const std::size_t film = indexOfKey(*plates, QStringLiteral("film_town"));
        QVERIFY(plates->labelValues()->at(film).isEmpty());

        project->setLabelLanguage(core::LabelLanguage::Chinese);
        QVERIFY(plates->labelValues()->at(town).startsWith(QStringLiteral("3427 ")));

        // Recomputed figures redraw the map but change nothing a project file keeps.
        project->setSaved(QStringLiteral("/tmp/unsaved.planmap"));
        project->statisticsModel()->recompute();
        QVERIFY(!project->isModified());

        labels.valueKey.clear();
        project->setLayerLabels(QStringLiteral("plates"), labels);
        QVERIFY(!plates->labelValues());
    }

    void renderedLabelCarriesTheFigure()
    {
        auto project = testing::bundledProject();
        QVERIFY(project);
        project->setLabelLanguage(core::LabelLanguage::English);
        const gis::VectorLayer *plates = project->layer(QStringLiteral("plates"));
        gis::LabelSettings labels = plates->labels();
        labels.enabled = true;
        labels.valueKey = QStringLiteral("auto_industry_output_value");
        project->setLayerLabels(QStringLiteral("plates"), labels);

        gis::MapSettings settings;
        settings.crs = project->crs();
        settings.extent = gis::Box(gis::Point(125.0, 43.6), gis::Point(125.7, 44.1));
        settings.outputSize = QSize(1200, 900);
        for (gis::LayerSnapshot snapshot : project->visibleLayerSnapshots()) {
            if (snapshot.id == u"plates")
                settings.layers.push_back(std::move(snapshot));
        }
        QCOMPARE(settings.layers.size(), std::size_t(1));
        if (!settings.crs.isGeographic()) {
            // The project's map CRS: the view is given in lon/lat above.
            settings.crs = gis::Crs::wgs84();
        }
        const std::atomic_bool cancel = false;
        const gis::RenderResult result = gis::MapRenderer(settings).renderImage(cancel);
        const bool found = std::any_of(result.labels.begin(), result.labels.end(),
                                       [](const gis::PlacedLabel &label) {
                                           return label.text.endsWith(QStringLiteral(" ¥342.7 bn"));
                                       });
        QVERIFY(found);
    }
};

PLANMAP_TEST(tst_labelvalues)
#include "tst_labelvalues.moc"
