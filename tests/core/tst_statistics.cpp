#include "geometrytestutils.h"
#include "testdata.h"
#include "testregistry.h"

#include "data/vectordataset.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace {

gis::FeatureCollection bundled(const QString &layer)
{
    return testing::readBundledLayer(layer);
}

QString keyFieldOf(const QString &layer)
{
    return layer == u"counties"      ? QStringLiteral("adcode")
           : layer == u"prefectures" ? QStringLiteral("code")
                                     : QStringLiteral("key");
}

// The ways the seeds write a number: 342.7, 100,000, 2.214, or a word ("six").
QStringList spellings(double value)
{
    QStringList forms{QString::number(value, 'g', 12)};
    const QLocale english(QLocale::English);
    if (value == std::floor(value) && std::abs(value) < 1e12) {
        forms << english.toString(qint64(value));
        static const QStringList words{
            QStringLiteral("zero"),  QStringLiteral("one"),   QStringLiteral("two"),
            QStringLiteral("three"), QStringLiteral("four"),  QStringLiteral("five"),
            QStringLiteral("six"),   QStringLiteral("seven"), QStringLiteral("eight"),
            QStringLiteral("nine"),  QStringLiteral("ten"),   QStringLiteral("eleven"),
            QStringLiteral("twelve")};
        if (value >= 0 && value < words.size())
            forms << words[int(value)];
        if (value == 1)
            forms << QStringLiteral("once");
    }
    return forms;
}

} // namespace

class tst_statistics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { mStatistics = bundled(QStringLiteral("statistics")); }

    void holdsTheSeedFigures_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("seed");
        QTest::newRow("auto zone output") << "plates"
                                          << "automobile_town" << 342.7 << "billion_yuan"
                                          << "2020-Q1..Q3"
                                          << "002_43f3953580f3cd6d.txt";
        QTest::newRow("auto zone growth") << "plates"
                                          << "automobile_town" << 16.8 << "percent"
                                          << "2020-Q1..Q3"
                                          << "002_43f3953580f3cd6d.txt";
        QTest::newRow("FAW cars made") << "plates"
                                       << "automobile_town" << 2.214 << "million_vehicles"
                                       << "2020-01..10"
                                       << "002_43f3953580f3cd6d.txt";
        QTest::newRow("four plates GDP share") << "layout_areas"
                                               << "four_plates" << 52.1 << "percent"
                                               << "2020-H1"
                                               << "002_43f3953580f3cd6d.txt";
        QTest::newRow("four plates industry share") << "layout_areas"
                                                    << "four_plates" << 81.1 << "percent"
                                                    << "2020-H1"
                                                    << "002_43f3953580f3cd6d.txt";
        QTest::newRow("Gongzhuling projects") << "counties"
                                              << "220381" << 102.0 << "count"
                                              << ""
                                              << "000_1f9a58c0691e99ed.txt";
        QTest::newRow("Gongzhuling investment") << "counties"
                                                << "220381" << 38.82 << "billion_yuan"
                                                << ""
                                                << "000_1f9a58c0691e99ed.txt";
        QTest::newRow("logistics park") << "zones"
                                        << "gongzhuling_logistics_park" << 1.05 << "billion_yuan"
                                        << ""
                                        << "000_1f9a58c0691e99ed.txt";
        QTest::newRow("Changchun trade") << "prefectures"
                                         << "2201" << 90.76 << "billion_yuan"
                                         << "2018-01..10"
                                         << "004_6eb59d9179f102f6.txt";
        QTest::newRow("Changchun trade growth") << "prefectures"
                                                << "2201" << 15.3 << "percent"
                                                << "2018-01..10"
                                                << "004_6eb59d9179f102f6.txt";
        QTest::newRow("China-ROK projects") << "plates"
                                            << "china_rok_zone" << 51.0 << "count"
                                            << ""
                                            << "003_7ffc49f8112406d7.txt";
    }
    void holdsTheSeedFigures()
    {
        QFETCH(QString, layer);
        QFETCH(QString, key);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, period);
        QFETCH(QString, seed);
        int matches = 0;
        for (const gis::Feature &row : mStatistics.features) {
            const auto v = [&](const char *field) {
                return mStatistics.value(row, QString::fromLatin1(field));
            };
            if (v("layer").toString() == layer && v("feature_key").toString() == key &&
                qFuzzyCompare(v("value").toDouble(), value) && v("unit").toString() == unit &&
                (period.isEmpty() || v("period").toString() == period) &&
                v("seed_file").toString() == seed)
                ++matches;
        }
        QVERIFY2(matches >= 1,
                 qPrintable(QStringLiteral("%1/%2 %3 %4").arg(layer, key).arg(value).arg(unit)));
    }
    void coversEverySeed()
    {
        QSet<QString> seeds;
        for (const gis::Feature &row : mStatistics.features)
            seeds.insert(mStatistics.value(row, QStringLiteral("seed_file")).toString());
        for (const char *seed : {"000_1f9a58c0691e99ed.txt", "002_43f3953580f3cd6d.txt",
                                 "003_7ffc49f8112406d7.txt", "004_6eb59d9179f102f6.txt"})
            QVERIFY2(seeds.contains(QString::fromLatin1(seed)), seed);
        QVERIFY2(mStatistics.features.size() >= 60,
                 qPrintable(QString::number(mStatistics.features.size())));
    }
    void everyRowJoinsToAFeature()
    {
        std::map<QString, gis::FeatureCollection> layers;
        for (const gis::Feature &row : mStatistics.features) {
            const QString layer = mStatistics.value(row, QStringLiteral("layer")).toString();
            const QString key = mStatistics.value(row, QStringLiteral("feature_key")).toString();
            if (!layers.count(layer))
                layers.emplace(layer, bundled(layer));
            QVERIFY2(layers.at(layer).findByValue(keyFieldOf(layer), key),
                     qPrintable(layer + u'/' + key));
        }
    }
    // Every figure cites its seed: the quote is the seed's own text and states the number.
    void everyQuoteIsFromItsSeedAndStatesTheValue()
    {
        QHash<QString, QString> seedTexts;
        const QDir seeds(testing::dataSourceRoot() + QStringLiteral("/sources/seeds"));
        for (const QString &file : seeds.entryList({QStringLiteral("*.txt")})) {
            QFile text(seeds.filePath(file));
            QVERIFY(text.open(QIODevice::ReadOnly));
            seedTexts.insert(file, QString::fromUtf8(text.readAll()));
        }
        QCOMPARE(seedTexts.size(), 5);
        for (const gis::Feature &row : mStatistics.features) {
            const QString id = mStatistics.value(row, QStringLiteral("id")).toString();
            const QString quote = mStatistics.value(row, QStringLiteral("quote")).toString();
            const QString seed = mStatistics.value(row, QStringLiteral("seed_file")).toString();
            QVERIFY2(quote.size() > 20 && seedTexts.value(seed).contains(quote),
                     qPrintable(id + QStringLiteral(": quote not in ") + seed));
            bool stated = false;
            for (const QString &form :
                 spellings(mStatistics.value(row, QStringLiteral("value")).toDouble()))
                stated = stated || quote.contains(form, Qt::CaseInsensitive);
            QVERIFY2(stated, qPrintable(id + QStringLiteral(": value not in quote")));
            QVERIFY2(!mStatistics.value(row, QStringLiteral("unit")).toString().isEmpty(),
                     qPrintable(id));
        }
    }

private:
    gis::FeatureCollection mStatistics;
};

PLANMAP_TEST(tst_statistics)
#include "tst_statistics.moc"
