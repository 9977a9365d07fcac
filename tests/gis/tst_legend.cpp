#include "testregistry.h"

#include "data/featurecollection.h"
#include "render/featuresymbology.h"
#include "render/legend.h"

#include <QLocale>

#include <cmath>

namespace {

gis::LayerStyle twoClasses()
{
    gis::LayerStyle style;
    style.kind = gis::StyleKind::Graduated;
    style.legendTitle = QStringLiteral("GDP (100 million yuan, 2023)");
    gis::Symbol low, high;
    low.fillColor = Qt::yellow;
    high.fillColor = Qt::blue;
    style.ranges = {{0, 10, low, QStringLiteral("0 – 10")},
                    {10, 20, high, QStringLiteral("10 – 20")}};
    style.noDataSymbol.fillColor = Qt::gray;
    return style;
}

} // namespace

class tst_legend : public QObject
{
    Q_OBJECT
private slots:
    void graduatedLegendListsClassesAndNoData()
    {
        const gis::LayerStyle style = twoClasses();
        const gis::Legend legend =
            gis::legendOf(style, nullptr, QStringLiteral("other"), QStringLiteral("no data"));
        QCOMPARE(legend.title, style.legendTitle);
        QCOMPARE(legend.entries.size(), std::size_t(3));
        QCOMPARE(legend.entries[0].label, QStringLiteral("0 – 10"));
        QCOMPARE(legend.entries[0].symbol.fillColor, QColor(Qt::yellow));
        QCOMPARE(legend.entries[1].symbol.fillColor, QColor(Qt::blue));
        QCOMPARE(legend.entries[2].label, QStringLiteral("no data"));
        QCOMPARE(legend.entries[2].symbol.fillColor, QColor(Qt::gray));
    }
    void noDataRowOnlyWhenAFeatureLacksAValue()
    {
        const gis::LayerStyle style = twoClasses();
        const std::vector<std::optional<double>> complete{1.0, 15.0};
        auto symbology = gis::FeatureSymbology::fromValues(style, complete);
        QCOMPARE(symbology->symbolOf(0), 0);
        QCOMPARE(symbology->symbolOf(1), 1);
        QCOMPARE(gis::legendOf(style, symbology.get(), {}, {}).entries.size(), std::size_t(2));
        const std::vector<std::optional<double>> holey{1.0, std::nullopt};
        symbology = gis::FeatureSymbology::fromValues(style, holey);
        QCOMPARE(symbology->symbolOf(1), style.noDataIndex());
        QCOMPARE(gis::legendOf(style, symbology.get(), {}, {}).entries.size(), std::size_t(3));
    }
    void categorizedLegendHasOther()
    {
        gis::LayerStyle style;
        style.kind = gis::StyleKind::Categorized;
        style.categories = {{QStringLiteral("a"), {}, QStringLiteral("A")}};
        const gis::Legend legend =
            gis::legendOf(style, nullptr, QStringLiteral("other"), QStringLiteral("no data"));
        QCOMPARE(legend.entries.size(), std::size_t(3));
        QCOMPARE(legend.entries[0].label, QStringLiteral("A"));
        QCOMPARE(legend.entries[1].label, QStringLiteral("other"));
    }
    void proportionalLegendShowsRoundSizes()
    {
        gis::LayerStyle style;
        style.kind = gis::StyleKind::Proportional;
        style.maxValue = 870;
        style.maxSizeMm = 12;
        const gis::Legend legend = gis::legendOf(style, nullptr, {}, {});
        // pretty(c(0, 870), 4) is 0 200 400 600 800 1000: the three largest up to 870.
        QCOMPARE(legend.entries.size(), std::size_t(4)); // and "no data"
        QCOMPARE(legend.entries[0].label, QLocale().toString(800.0, 'f', 0));
        QCOMPARE(legend.entries[0].symbol.markerSizeMm, 12 * std::sqrt(800.0 / 870));
        QCOMPARE(legend.entries[2].label, QLocale().toString(400.0, 'f', 0));
    }
    void singleSymbolHasNoLegend()
    {
        QVERIFY(gis::legendOf(gis::LayerStyle(), nullptr, {}, {}).entries.empty());
    }
    void rangeLabelsUseJustEnoughDecimals()
    {
        QCOMPARE(gis::decimalsFor({0, 10, 20}), 0);
        QCOMPARE(gis::decimalsFor({0.5, 1.25}), 2);
        QCOMPARE(gis::decimalsFor({1.5, 2, 3}), 1);
        // Raw data values as Jenks gives them: whole numbers say enough at this spread.
        QCOMPARE(gis::decimalsFor({12.0381, 342.7123, 1234.5678}), 0);
        QCOMPARE(gis::decimalsFor({0.0121, 0.0372, 0.0581}), 3);
        QCOMPARE(gis::rangeLabel(1.5, 3, 1), QLocale().toString(1.5, 'f', 1) +
                                                 QStringLiteral(" – ") +
                                                 QLocale().toString(3.0, 'f', 1));
    }
};

PLANMAP_TEST(tst_legend)
#include "tst_legend.moc"
