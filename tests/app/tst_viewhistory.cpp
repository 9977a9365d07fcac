#include "testregistry.h"

#include "canvas/viewhistory.h"

#include <boost/geometry/algorithms/equals.hpp>

namespace {
gis::Box box(double x)
{
    return {gis::Point(x, 0), gis::Point(x + 1, 1)};
}
} // namespace

class tst_viewhistory : public QObject
{
    Q_OBJECT
private slots:
    void backAndForward()
    {
        app::ViewHistory history;
        QVERIFY(!history.canGoBack());
        history.record(box(1));
        history.record(box(2));
        history.record(box(3));
        QVERIFY(history.canGoBack() && !history.canGoForward());
        QVERIFY(boost::geometry::equals(history.back(), box(2)));
        QVERIFY(boost::geometry::equals(history.back(), box(1)));
        QVERIFY(!history.canGoBack());
        QVERIFY(boost::geometry::equals(history.forward(), box(2)));
    }
    void aNewViewDropsTheForwardEntries()
    {
        app::ViewHistory history;
        history.record(box(1));
        history.record(box(2));
        history.back();
        history.record(box(5));
        QVERIFY(!history.canGoForward());
        QVERIFY(boost::geometry::equals(history.back(), box(1)));
    }
    void keepsAtMostAHundredViews()
    {
        app::ViewHistory history;
        for (int i = 0; i < 150; ++i)
            history.record(box(i));
        int steps = 0;
        while (history.canGoBack()) {
            history.back();
            ++steps;
        }
        QCOMPARE(steps, 99);
    }
};

PLANMAP_TEST(tst_viewhistory)
#include "tst_viewhistory.moc"
