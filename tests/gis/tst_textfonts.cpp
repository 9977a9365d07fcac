#include "testregistry.h"

#include "render/textfonts.h"

#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFontInfo>
#include <QRawFont>

class tst_textfonts : public QObject
{
    Q_OBJECT
private slots:
    void derivedFontComesFirst()
    {
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(gis::TextFonts::registerDerived(), "the build derives it (cmake/PlanmapFonts)");
        qInfo("registered in %lld ms", timer.elapsed());
        QVERIFY(QFontDatabase::families().contains(QLatin1String(gis::TextFonts::derivedFamily)));
        QCOMPARE(gis::TextFonts::familiesFor(QStringLiteral("Noto Sans CJK SC")),
                 (QStringList{QStringLiteral("Planmap Sans CJK SC"),
                              QStringLiteral("Noto Sans CJK SC")}));
        QCOMPARE(gis::TextFonts::familiesFor(QStringLiteral("DejaVu Sans")),
                 QStringList{QStringLiteral("DejaVu Sans")});
        QCOMPARE(gis::TextFonts::familiesFor(QStringList{QStringLiteral("DejaVu Sans"),
                                                         QStringLiteral("Noto Sans CJK SC")}),
                 (QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("Planmap Sans CJK SC"),
                              QStringLiteral("Noto Sans CJK SC")}));
    }

    // The same glyphs as Noto's for the ideographs, and none for the radicals that share them.
    void derivedFontDropsTheRadicalsOnly()
    {
        QVERIFY(gis::TextFonts::registerDerived());
        QFont derived(QLatin1String(gis::TextFonts::derivedFamily));
        QFont noto(QLatin1String(gis::TextFonts::notoFamily));
        QCOMPARE(QFontInfo(derived).family(), QLatin1String(gis::TextFonts::derivedFamily));
        const QRawFont derivedRaw = QRawFont::fromFont(derived);
        const QRawFont notoRaw = QRawFont::fromFont(noto);
        const QString ideographs = QStringLiteral("一大长春");
        QCOMPARE(derivedRaw.glyphIndexesForString(ideographs),
                 notoRaw.glyphIndexesForString(ideographs));
        QVERIFY(notoRaw.supportsCharacter(QChar(0x2F24))); // ⼤, the glyph of 大
        QVERIFY(!derivedRaw.supportsCharacter(QChar(0x2F24)));
        QVERIFY(!derivedRaw.supportsCharacter(QChar(0x2ED3))); // ⻓, the glyph of 长
    }
};

PLANMAP_TEST(tst_textfonts)
#include "tst_textfonts.moc"
