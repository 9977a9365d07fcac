#include "testregistry.h"

#include "classify/colorramp.h"

namespace {

// Relative luminance (Rec. 709 weights): what "lighter" means to a reader.
double luminance(const QColor &color)
{
    return 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF();
}

} // namespace

class tst_colorramp : public QObject
{
    Q_OBJECT
private slots:
    void everyNamedRampExists()
    {
        const QStringList names = gis::ColorRamp::names();
        for (const char *name :
             {"Blues", "Greens", "YlGnBu", "Oranges", "Viridis", "RdBu", "PuOr", "BrBG"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        for (const QString &name : names)
            QCOMPARE(gis::ColorRamp::named(name)->name(), name);
        QVERIFY(!gis::ColorRamp::named(QStringLiteral("NoSuchRamp")));
        QCOMPARE(gis::ColorRamp::namedOrDefault(QStringLiteral("NoSuchRamp")).name(),
                 QStringLiteral("Blues"));
    }
    void classCountsAndEndpoints_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("count");
        QTest::addColumn<QColor>("first");
        QTest::addColumn<QColor>("last");
        // The ends are the published palettes' extreme colours (ColorBrewer's 9- and 11-class
        // schemes, viridis at 0 and 1).
        QTest::newRow("Blues 3") << "Blues" << 3 << QColor(0xf7, 0xfb, 0xff)
                                 << QColor(0x08, 0x30, 0x6b);
        QTest::newRow("Blues 12") << "Blues" << 12 << QColor(0xf7, 0xfb, 0xff)
                                  << QColor(0x08, 0x30, 0x6b);
        QTest::newRow("Viridis 5")
            << "Viridis" << 5 << QColor(0x44, 0x01, 0x54) << QColor(0xfd, 0xe7, 0x25);
        QTest::newRow("RdBu 7") << "RdBu" << 7 << QColor(0x67, 0x00, 0x1f)
                                << QColor(0x05, 0x30, 0x61);
        QTest::newRow("BrBG 2") << "BrBG" << 2 << QColor(0x54, 0x30, 0x05)
                                << QColor(0x00, 0x3c, 0x30);
    }
    void classCountsAndEndpoints()
    {
        QFETCH(QString, name);
        QFETCH(int, count);
        QFETCH(QColor, first);
        QFETCH(QColor, last);
        const gis::ColorRamp ramp = *gis::ColorRamp::named(name);
        const QVector<QColor> colors = ramp.colors(count);
        QCOMPARE(colors.size(), count);
        QCOMPARE(colors.front(), first);
        QCOMPARE(colors.back(), last);
        const QVector<QColor> inverted = ramp.colors(count, true);
        QCOMPARE(inverted.front(), last);
        QCOMPARE(inverted.back(), first);
    }
    void sequentialRampsDarkenSteadily()
    {
        for (const char *name : {"Blues", "Greens", "YlGnBu", "Oranges", "Viridis"}) {
            const QVector<QColor> colors = gis::ColorRamp::named(QLatin1String(name))->colors(9);
            for (int i = 1; i < colors.size(); ++i) {
                // Viridis brightens, ColorBrewer's sequential schemes darken: monotonic either way.
                const bool rising = QLatin1String(name) == QLatin1String("Viridis");
                const double step = luminance(colors[i]) - luminance(colors[i - 1]);
                QVERIFY2(rising ? step > 0 : step < 0, name);
            }
        }
    }
    void divergingRampsMeetInAPaleMiddle()
    {
        const QVector<QColor> colors = gis::ColorRamp::named(QStringLiteral("RdBu"))->colors(5);
        QCOMPARE(colors[2], QColor(0xf7, 0xf7, 0xf7));
        QVERIFY(colors[1].red() > colors[1].blue());
        QVERIFY(colors[3].blue() > colors[3].red());
    }
    void qualitativeColoursStayDistinctPastThePalette()
    {
        const gis::ColorRamp ramp = *gis::ColorRamp::named(QStringLiteral("OkabeIto"));
        QCOMPARE(ramp.kind(), gis::ColorRamp::Kind::Qualitative);
        const QVector<QColor> colors = ramp.colors(20);
        QCOMPARE(colors.size(), 20);
        for (int i = 0; i < colors.size(); ++i)
            for (int j = i + 1; j < colors.size(); ++j)
                QVERIFY2(colors[i] != colors[j], qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
        QCOMPARE(colors[0], QColor(0xe6, 0x9f, 0x00)); // Okabe & Ito's orange
        // The ninth is the first again, paler: same hue, nearer white.
        QCOMPARE(colors[8].hue(), colors[0].hue());
        QVERIFY(colors[8].lightness() > colors[0].lightness());
    }
    void oneClassTakesTheMiddle()
    {
        const gis::ColorRamp ramp = *gis::ColorRamp::named(QStringLiteral("RdBu"));
        QCOMPARE(ramp.colors(1).front(), ramp.at(0.5));
        QVERIFY(ramp.colors(0).isEmpty());
    }
};

PLANMAP_TEST(tst_colorramp)
#include "tst_colorramp.moc"
