#include "testregistry.h"

#include "classify/classbreaks.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace {

using Breaks = std::vector<double>;

void compareBreaks(const Breaks &actual, const Breaks &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (std::abs(actual[i] - expected[i]) > 1e-9) {
            QFAIL(qPrintable(QStringLiteral("break %1 is %2, expected %3")
                                 .arg(i)
                                 .arg(actual[i], 0, 'g', 17)
                                 .arg(expected[i], 0, 'g', 17)));
        }
    }
}

// Sum of squared deviations within the classes `breaks` makes of `sorted` (classes hold
// (lower, upper], the first its lower bound too).
double withinDeviation(const std::vector<double> &sorted, const Breaks &breaks)
{
    double total = 0.0;
    for (std::size_t c = 0; c + 1 < breaks.size(); ++c) {
        std::vector<double> members;
        for (double value : sorted) {
            if ((c == 0 ? value >= breaks[c] : value > breaks[c]) && value <= breaks[c + 1])
                members.push_back(value);
        }
        double mean = 0.0;
        for (double value : members)
            mean += value / members.size();
        for (double value : members)
            total += (value - mean) * (value - mean);
    }
    return total;
}

// The least deviation over every way to cut `sorted` into `classes` runs, by brute force.
double bestDeviation(const std::vector<double> &sorted, int classes)
{
    const int n = int(sorted.size());
    double best = std::numeric_limits<double>::infinity();
    std::vector<int> cuts(classes - 1);
    const std::function<void(int, int)> choose = [&](int cut, int from) {
        if (cut == classes - 1) {
            double total = 0.0;
            int begin = 0;
            for (int c = 0; c < classes; ++c) {
                const int end = c < classes - 1 ? cuts[c] : n;
                double mean = 0.0;
                for (int i = begin; i < end; ++i)
                    mean += sorted[i] / (end - begin);
                for (int i = begin; i < end; ++i)
                    total += (sorted[i] - mean) * (sorted[i] - mean);
                begin = end;
            }
            best = std::min(best, total);
            return;
        }
        for (int i = from; i <= n - (classes - 1 - cut); ++i) {
            cuts[cut] = i;
            choose(cut + 1, i + 1);
        }
    };
    choose(0, 1);
    return best;
}

} // namespace

class tst_classbreaks : public QObject
{
    Q_OBJECT
private slots:
    void jenksFindsThePublishedClusters()
    {
        // The example of simple-statistics' ckmeans() documentation (Wang & Song's exact
        // optimum): [-1, 2, -1, 2, 4, 5, 6, -1, 2, -1] in 3 classes is
        // [[-1, -1, -1, -1], [2, 2, 2], [4, 5, 6]], so the class maxima are -1, 2 and 6.
        const std::vector<double> values{-1, 2, -1, 2, 4, 5, 6, -1, 2, -1};
        compareBreaks(gis::jenksBreaks(values, 3), {-1, -1, 2, 6});
    }
    void jenksOnASmallSetWorkedByHand()
    {
        // 1 2 4 5 7 9 10 20 in 3 classes: {1 2 4 5} (SSD 10), {7 9 10} (SSD 4.67), {20} (0) is
        // 14.67; the next best cut, {1 2 4 5 7} {9 10} {20}, is 23.3.
        const std::vector<double> values{1, 2, 4, 5, 7, 9, 10, 20};
        compareBreaks(gis::jenksBreaks(values, 3), {1, 5, 10, 20});
    }
    void jenksIsTheExactOptimum()
    {
        std::mt19937 random(42);
        std::lognormal_distribution<double> skewed(3.0, 1.0);
        for (int round = 0; round < 20; ++round) {
            std::vector<double> values(14);
            for (double &value : values)
                value = std::round(skewed(random) * 10) / 10;
            std::sort(values.begin(), values.end());
            for (int classes = 2; classes <= 5; ++classes) {
                const Breaks breaks = gis::jenksBreaks(values, classes);
                QCOMPARE(breaks.front(), values.front());
                QCOMPARE(breaks.back(), values.back());
                QVERIFY(std::abs(withinDeviation(values, breaks) - bestDeviation(values, classes)) <
                        1e-6);
            }
        }
    }
    void quantilesComputedByHand()
    {
        // 1..10 in quartiles, R type 7: position (n − 1)p + 1 = 3.25, 5.5, 7.75, so the breaks
        // are 3.25, 5.5 and 7.75 (R: quantile(1:10) gives 1, 3.25, 5.5, 7.75, 10).
        const std::vector<double> values{7, 2, 9, 1, 10, 4, 3, 8, 6, 5};
        compareBreaks(gis::quantileBreaks(values, 4), {1, 3.25, 5.5, 7.75, 10});
        // 2 4 4 5 9 in thirds: 0-based positions 4/3 and 8/3 fall between 4 and 4, and 4 and 5:
        // 4 and 4 + (5 − 4) × 2/3 (R: quantile(c(2, 4, 4, 5, 9), c(1, 2) / 3) gives 4, 4.667).
        const std::vector<double> uneven{9, 4, 2, 5, 4};
        compareBreaks(gis::quantileBreaks(uneven, 3), {2, 4, 4 + 2.0 / 3, 9});
    }
    void equalIntervals()
    {
        const std::vector<double> values{-10, 3, 0, 30};
        compareBreaks(gis::equalIntervalBreaks(values, 4), {-10, 0, 10, 20, 30});
    }
    void prettyBreaksFollowR_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<int>("classes");
        QTest::addColumn<Breaks>("expected");
        // Each row is R 4.x's pretty(c(low, high), n = classes).
        QTest::newRow("1-10") << 1.0 << 10.0 << 5 << Breaks{0, 2, 4, 6, 8, 10};
        QTest::newRow("0-97") << 0.0 << 97.0 << 5 << Breaks{0, 20, 40, 60, 80, 100};
        QTest::newRow("negative") << -3.2 << 7.8 << 5 << Breaks{-4, -2, 0, 2, 4, 6, 8};
        QTest::newRow("small") << 0.012 << 0.057 << 4 << Breaks{0.01, 0.02, 0.03, 0.04, 0.05, 0.06};
        QTest::newRow("large") << 1234.0 << 9876.0 << 4 << Breaks{0, 2000, 4000, 6000, 8000, 10000};
    }
    void prettyBreaksFollowR()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(int, classes);
        QFETCH(Breaks, expected);
        compareBreaks(gis::prettyBreaks(low, high, classes), expected);
    }
    void missingValuesAreIgnored_data()
    {
        QTest::addColumn<gis::ClassificationMethod>("method");
        QTest::newRow("equal") << gis::ClassificationMethod::EqualInterval;
        QTest::newRow("quantile") << gis::ClassificationMethod::Quantile;
        QTest::newRow("jenks") << gis::ClassificationMethod::NaturalBreaks;
        QTest::newRow("pretty") << gis::ClassificationMethod::Pretty;
    }
    void missingValuesAreIgnored()
    {
        QFETCH(gis::ClassificationMethod, method);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        const std::vector<double> clean{1, 2, 3, 10, 11, 12, 30};
        std::vector<double> holey = clean;
        holey.insert(holey.begin() + 2, nan);
        holey.push_back(inf);
        compareBreaks(gis::classBreaks(holey, method, 3), gis::classBreaks(clean, method, 3));
        QVERIFY(gis::classBreaks(std::vector<double>{nan, nan}, method, 3).empty());
        QVERIFY(gis::classBreaks(std::vector<double>{}, method, 3).empty());
    }
    void allEqualValuesMakeOneClass()
    {
        QFETCH(gis::ClassificationMethod, method);
        compareBreaks(gis::classBreaks(std::vector<double>{-4, -4, -4}, method, 5), {-4, -4});
    }
    void allEqualValuesMakeOneClass_data() { missingValuesAreIgnored_data(); }
    void fewerDistinctValuesThanClasses()
    {
        const std::vector<double> values{1, 1, 5, 5, 5, 9};
        compareBreaks(gis::jenksBreaks(values, 5), {1, 1, 5, 9});
        // Quantiles repeat where values do: the repeats are dropped, not empty classes.
        const Breaks quantiles = gis::quantileBreaks(values, 5);
        QVERIFY(std::adjacent_find(quantiles.begin(), quantiles.end()) == quantiles.end());
        QCOMPARE(quantiles.front(), 1.0);
        QCOMPARE(quantiles.back(), 9.0);
    }
    void negativeValuesClassify()
    {
        const std::vector<double> values{-50, -48, -47, -5, -3, 0, 2, 40, 41};
        const Breaks breaks = gis::jenksBreaks(values, 3);
        compareBreaks(breaks, {-50, -47, 2, 41});
        QCOMPARE(gis::classIndex(breaks, -50), 0);
        QCOMPARE(gis::classIndex(breaks, -47), 0);
        QCOMPARE(gis::classIndex(breaks, -46.9), 1);
        QCOMPARE(gis::classIndex(breaks, 2), 1);
        QCOMPARE(gis::classIndex(breaks, 41), 2);
        QCOMPARE(gis::classIndex(breaks, 99), 2); // beyond the ends: the nearest class
        QCOMPARE(gis::classIndex(breaks, -99), 0);
        QCOMPARE(gis::classIndex({}, 1), -1);
    }
};

PLANMAP_TEST(tst_classbreaks)
#include "tst_classbreaks.moc"
