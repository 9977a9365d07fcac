#include "bundledproject.h"
#include "testregistry.h"

#include "editing/zoneattributerules.h"
#include "project/planproject.h"

using Rules = core::ZoneAttributeRules;

// The rules the attribute form applies to a zone's names, plate and status.
class tst_zoneattributerules : public QObject
{
    Q_OBJECT
private slots:
    void chineseNameIsRequiredAndChinese()
    {
        QVERIFY(Rules::checkChineseName(QStringLiteral("长春国际汽车城")).isEmpty());
        QVERIFY(Rules::checkChineseName(QStringLiteral("中韩（长春）示范区 A")).isEmpty());
        QCOMPARE(Rules::checkChineseName(QStringLiteral("  ")),
                 Rules::tr("The Chinese name is required."));
        QCOMPARE(Rules::checkChineseName(QStringLiteral("Film Town")),
                 Rules::tr("The Chinese name must contain Chinese characters."));
    }

    void englishNameIsRequiredAndLatin()
    {
        QVERIFY(Rules::checkEnglishName(QStringLiteral("China (Changchun)-ROK Zone")).isEmpty());
        QVERIFY(Rules::checkEnglishName(QStringLiteral("Lüyuan District 2")).isEmpty());
        QCOMPARE(Rules::checkEnglishName(QString()), Rules::tr("The English name is required."));
        QCOMPARE(Rules::checkEnglishName(QStringLiteral("长春")),
                 Rules::tr("The English name must be written in Latin letters."));
        QCOMPARE(Rules::checkEnglishName(QStringLiteral("Film 影都")),
                 Rules::tr("The English name must be written in Latin letters."));
        QVERIFY(!Rules::checkEnglishName(QStringLiteral("2024")).isEmpty()); // no letter
    }

    void plateAndStatusMustBeKnown()
    {
        const Rules rules({QStringLiteral("film_town")}, {QStringLiteral("schematic")});
        QVERIFY(rules.checkPlate(QStringLiteral("film_town")).isEmpty());
        QVERIFY(rules.checkPlate(QString()).isEmpty()); // a zone outside every plate
        QCOMPARE(rules.checkPlate(QStringLiteral("moon_base")),
                 Rules::tr("\"%1\" is not a plate of the plan.").arg(QStringLiteral("moon_base")));
        QVERIFY(rules.checkStatus(QStringLiteral("schematic")).isEmpty());
        QCOMPARE(rules.checkStatus(QString()), Rules::tr("Choose a status."));
        QVERIFY(!rules.checkStatus(QStringLiteral("approved")).isEmpty());
        // A layer that knows no status leaves it free.
        QVERIFY(Rules({}, {}).checkStatus(QStringLiteral("anything")).isEmpty());
    }

    // The bundled zones: their plates and statuses, and the plates layer's four keys by name.
    void bundledZonesKnowThePlatesLayer()
    {
        auto project = testing::bundledProject();
        const Rules rules = Rules::forLayer(*project, QStringLiteral("zones"));
        for (const char *plate :
             {"automobile_town", "innovation_center", "film_town", "china_rok_zone"})
            QVERIFY2(rules.plates().contains(QLatin1String(plate)), plate);
        QVERIFY(rules.statuses().contains(QStringLiteral("schematic")));
        project->setLabelLanguage(core::LabelLanguage::Chinese);
        QCOMPARE(Rules::forLayer(*project, QStringLiteral("zones"))
                     .plateName(QStringLiteral("film_town")),
                 QStringLiteral("长春国际影都"));
    }
};

PLANMAP_TEST(tst_zoneattributerules)
#include "tst_zoneattributerules.moc"
