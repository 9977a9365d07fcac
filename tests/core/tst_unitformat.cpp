#include "testregistry.h"

#include "statistics/unitformat.h"

class tst_unitformat : public QObject
{
    Q_OBJECT
private slots:
    void writesFiguresWithTheirUnits_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("billions, English") << 342.7 << "billion_yuan"
                                           << "en_US"
                                           << "¥342.7 bn";
        QTest::newRow("density, English") << 3.415 << "billion_yuan/km2"
                                          << "en_US"
                                          << "¥3.415 bn/km²";
        QTest::newRow("millions, English") << 30.0 << "million_yuan"
                                           << "en_US"
                                           << "¥30 m";
        QTest::newRow("big, English") << 1234.5 << "billion_yuan"
                                      << "en_US"
                                      << "¥1,234.5 bn";
        QTest::newRow("yuan, English") << 120.0 << "yuan"
                                       << "en_US"
                                       << "¥120";
        QTest::newRow("percent") << 16.8 << "percent"
                                 << "en_US"
                                 << "16.8%";
        QTest::newRow("count") << 100000.0 << "count"
                               << "en_US"
                               << "100,000";
        QTest::newRow("area") << 4058.254 << "km2"
                              << "en_US"
                              << "4,058.25 km²";
        QTest::newRow("three decimals") << 2.214 << "million_vehicles"
                                        << "en_US"
                                        << "2.214 m vehicles";
        QTest::newRow("usd") << 20.5 << "million_usd"
                             << "en_US"
                             << "US$20.5 m";
        QTest::newRow("unknown unit") << 3.0 << "hectares"
                                      << "en_US"
                                      << "3 hectares";
        QTest::newRow("German decimal comma") << 16.8 << "percent"
                                              << "de_DE"
                                              << "16,8%";
    }
    void writesFiguresWithTheirUnits()
    {
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(core::UnitFormat::format(value, unit, QLocale(locale)), expected);
    }

    // Without a translator the unit words stay English; the numbers follow 亿 and 万.
    void countsMoneyBy10000InChinese()
    {
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        QVERIFY(core::UnitFormat::format(342.7, QStringLiteral("billion_yuan"), chinese)
                    .startsWith(QStringLiteral("3427 ")));
        QVERIFY(core::UnitFormat::format(30, QStringLiteral("million_yuan"), chinese)
                    .startsWith(QStringLiteral("3000 ")));
        QVERIFY(core::UnitFormat::format(2.214, QStringLiteral("million_vehicles"), chinese)
                    .startsWith(QStringLiteral("221.4 ")));
    }

    void onlySumsAreAdditive()
    {
        QVERIFY(core::UnitFormat::isAdditive(QStringLiteral("billion_yuan")));
        QVERIFY(core::UnitFormat::isAdditive(QStringLiteral("count")));
        QVERIFY(!core::UnitFormat::isAdditive(QStringLiteral("percent")));
        QVERIFY(!core::UnitFormat::isAdditive(QStringLiteral("rank")));
        QCOMPARE(core::UnitFormat::yuanPerUnit(QStringLiteral("100_million_yuan")), 1e8);
    }
};

PLANMAP_TEST(tst_unitformat)
#include "tst_unitformat.moc"
