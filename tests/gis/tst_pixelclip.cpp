#include "testregistry.h"

#include "render/pixelclip.h"

namespace {

double area(const QPolygonF &polygon)
{
    double twice = 0;
    for (int i = 0; i < polygon.size(); ++i) {
        const QPointF a = polygon[i], b = polygon[(i + 1) % polygon.size()];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}

} // namespace

class tst_pixelclip : public QObject
{
    Q_OBJECT
private slots:
    // A square half outside the kept rectangle: the half inside, as one closed ring.
    void ringKeepsThePartInside()
    {
        const gis::PixelClip clip(QRectF(0, 0, 100, 100));
        const std::vector<QPointF> square{{50, 50}, {150, 50}, {150, 150}, {50, 150}};
        QVERIFY(!clip.contains(QRectF(50, 50, 100, 100)));
        const auto pieces = clip.ring(square);
        QCOMPARE(pieces.size(), std::size_t(1));
        QCOMPARE(area(pieces.front()), 2500.0);
        QVERIFY(QRectF(0, 0, 100, 100).contains(pieces.front().boundingRect()));
    }

    // A U shape whose bottom lies outside: two pieces.
    void ringMayFallInPieces()
    {
        const gis::PixelClip clip(QRectF(0, 0, 100, 100));
        const std::vector<QPointF> u{{10, 50}, {30, 50}, {30, 150}, {70, 150},
                                     {70, 50}, {90, 50}, {90, 200}, {10, 200}};
        const auto pieces = clip.ring(u);
        QCOMPARE(pieces.size(), std::size_t(2));
        QCOMPARE(area(pieces[0]) + area(pieces[1]), 2000.0);
    }

    void lineIsCutAtTheEdges()
    {
        const gis::PixelClip clip(QRectF(0, 0, 100, 100));
        const auto pieces = clip.line({{-50, 50}, {150, 50}, {150, 80}, {50, 80}});
        QCOMPARE(pieces.size(), std::size_t(2));
        QCOMPARE(pieces[0].front(), QPointF(0, 50));
        QCOMPARE(pieces[0].back(), QPointF(100, 50));
        QCOMPARE(pieces[1].back(), QPointF(50, 80));
    }
};

PLANMAP_TEST(tst_pixelclip)
#include "tst_pixelclip.moc"
