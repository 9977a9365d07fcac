#include "testregistry.h"

#include "layer/editbuffer.h"

namespace {

gis::FeatureCollection threePoints()
{
    gis::FeatureCollection collection;
    collection.fields = {{QStringLiteral("name"), QMetaType::QString}};
    collection.kind = gis::GeometryKind::Point;
    for (int i = 0; i < 3; ++i)
        collection.features.push_back(
            {qint64(i + 1), {QStringLiteral("p%1").arg(i + 1)}, gis::MultiPoint{{double(i), 0}}});
    return collection;
}

double xOf(const gis::Geometry &geometry)
{
    return std::get<gis::MultiPoint>(geometry).front().x();
}

} // namespace

class tst_editbuffer : public QObject
{
    Q_OBJECT
private slots:
    void changesStayApartFromTheBase()
    {
        const gis::FeatureCollection base = threePoints();
        gis::EditBuffer buffer;
        QVERIFY(buffer.isEmpty());
        buffer.changeGeometry(2, gis::MultiPoint{{9, 9}});
        buffer.changeAttribute(3, 0, QStringLiteral("renamed"));
        QVERIFY(!buffer.isEmpty());
        QCOMPARE(xOf(*buffer.geometry(base, 2)), 9.0);
        QCOMPARE(xOf(base.features[1].geometry), 1.0); // the base is untouched
        QCOMPARE(buffer.feature(base, 3)->attributes[0].toString(), QStringLiteral("renamed"));
        QCOMPARE(buffer.feature(base, 1)->attributes[0].toString(), QStringLiteral("p1"));
        QVERIFY(!buffer.feature(base, 42));
        buffer.revertGeometry(2);
        buffer.revertAttribute(3, 0);
        QVERIFY(buffer.isEmpty());
    }

    void addAndDelete()
    {
        const gis::FeatureCollection base = threePoints();
        gis::EditBuffer buffer;
        const qint64 first =
            buffer.addFeature({0, {QStringLiteral("new")}, gis::MultiPoint{{5, 5}}});
        const qint64 second =
            buffer.addFeature({0, {QStringLiteral("newer")}, gis::MultiPoint{{6, 6}}});
        QVERIFY(first < 0 && second < first);
        buffer.deleteFeature(1);
        QVERIFY(buffer.isDeleted(1));
        QVERIFY(!buffer.feature(base, 1));
        buffer.changeGeometry(first, gis::MultiPoint{{7, 7}});
        const auto edited = buffer.applied(base);
        QCOMPARE(edited->features.size(), std::size_t(4));
        QCOMPARE(edited->features[0].id, qint64(2));
        QCOMPARE(edited->features[2].id, first); // added ones after, in the order added
        QCOMPARE(xOf(edited->features[2].geometry), 7.0);
        QCOMPARE(edited->features[3].attributes[0].toString(), QStringLiteral("newer"));
        // Deleting an added feature forgets it; restoring brings it back under its id.
        const gis::Feature added = buffer.addedFeatures().at(second);
        buffer.deleteFeature(second);
        QVERIFY(!buffer.isAdded(second) && !buffer.isDeleted(second));
        buffer.restoreAddedFeature(added);
        QCOMPARE(buffer.feature(base, second)->attributes[0].toString(), QStringLiteral("newer"));
        QVERIFY(buffer.addFeature({}) < second); // ids are never reused
        buffer.undeleteFeature(1);
        QVERIFY(buffer.feature(base, 1));
    }
};

PLANMAP_TEST(tst_editbuffer)
#include "tst_editbuffer.moc"
