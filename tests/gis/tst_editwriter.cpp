#include "testregistry.h"

#include "data/editwriter.h"
#include "data/geopackagewriter.h"
#include "data/vectordataset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <boost/geometry/algorithms/equals.hpp>

namespace {

gis::Polygon squareAt(double x)
{
    gis::Polygon polygon;
    polygon.outer() = {{x, 0}, {x, 1}, {x + 1, 1}, {x + 1, 0}, {x, 0}};
    return polygon;
}

gis::FeatureCollection zones()
{
    gis::FeatureCollection collection;
    collection.name = QStringLiteral("zones");
    collection.crs = gis::Crs::wgs84();
    collection.kind = gis::GeometryKind::Polygon;
    collection.fields = {{QStringLiteral("name"), QMetaType::QString}};
    for (int i = 0; i < 3; ++i)
        collection.features.push_back({qint64(i),
                                       {QStringLiteral("zone %1").arg(i + 1)},
                                       gis::MultiPolygon{squareAt(2 * i)}});
    return collection;
}

gis::FeatureCollection readBack(const QString &path, const QString &layer)
{
    QString error;
    const auto dataset = gis::VectorDataset::open(path, &error);
    if (!dataset)
        qFatal("%s", qPrintable(error));
    auto collection = dataset->readLayer(layer, &error);
    if (!collection)
        qFatal("%s", qPrintable(error));
    return std::move(*collection);
}

const gis::Feature *withId(const gis::FeatureCollection &collection, qint64 id)
{
    for (const gis::Feature &feature : collection.features) {
        if (feature.id == id)
            return &feature;
    }
    return nullptr;
}

const gis::EditAuthor author{QStringLiteral("planner"), QDateTime::currentDateTimeUtc()};

} // namespace

class tst_editwriter : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(mFolder.isValid());
        mPath = mFolder.filePath(QStringLiteral("zones-%1.gpkg").arg(++mRun));
        gis::GeoPackageWriter writer(mPath);
        QString error;
        QVERIFY2(writer.open(&error) && writer.writeLayer(zones(), &error) && writer.commit(&error),
                 qPrintable(error));
        mSource = {mPath, QStringLiteral("zones")};
    }

    void savesEveryKindOfEditWithALog()
    {
        const gis::FeatureCollection base = readBack(mPath, QStringLiteral("zones"));
        QCOMPARE(base.features.size(), std::size_t(3));
        const qint64 first = base.features[0].id, second = base.features[1].id,
                     third = base.features[2].id;
        gis::EditBuffer edits;
        edits.deleteFeature(first);
        edits.changeGeometry(second, gis::MultiPolygon{squareAt(10)});
        edits.changeAttribute(third, 0, QStringLiteral("第三区"));
        const qint64 added =
            edits.addFeature({0, {QStringLiteral("new")}, gis::MultiPolygon{squareAt(20)}});
        QString error;
        QVERIFY(!gis::EditWriter::whyReadOnly(mSource));
        const auto ids = gis::EditWriter::write(mSource, base, edits, author, &error);
        QVERIFY2(ids, qPrintable(error));
        QCOMPARE(ids->size(), std::size_t(1));
        const qint64 newId = ids->at(added);

        const gis::FeatureCollection saved = readBack(mPath, QStringLiteral("zones"));
        QCOMPARE(saved.features.size(), std::size_t(3));
        QVERIFY(!withId(saved, first));
        QVERIFY(
            boost::geometry::equals(std::get<gis::MultiPolygon>(withId(saved, second)->geometry),
                                    gis::MultiPolygon{squareAt(10)}));
        QCOMPARE(withId(saved, third)->attributes[0].toString(), QStringLiteral("第三区"));
        QCOMPARE(withId(saved, newId)->attributes[0].toString(), QStringLiteral("new"));

        const gis::FeatureCollection log =
            readBack(mPath, QLatin1String(gis::EditWriter::logTable));
        QCOMPARE(log.features.size(), std::size_t(4));
        QStringList actions;
        for (const gis::Feature &row : log.features) {
            QCOMPARE(log.value(row, QStringLiteral("author")).toString(),
                     QStringLiteral("planner"));
            QCOMPARE(log.value(row, QStringLiteral("layer")).toString(), QStringLiteral("zones"));
            actions << log.value(row, QStringLiteral("action")).toString();
        }
        actions.sort();
        QCOMPARE(actions, (QStringList{QStringLiteral("delete"), QStringLiteral("insert"),
                                       QStringLiteral("update"), QStringLiteral("update")}));
    }

    // A save that fails half way leaves the file as it was: the delete before the failure is
    // rolled back with it.
    void failedSaveChangesNothing()
    {
        const gis::FeatureCollection base = readBack(mPath, QStringLiteral("zones"));
        gis::EditBuffer edits;
        edits.deleteFeature(base.features[2].id);
        edits.changeGeometry(999, gis::MultiPolygon{squareAt(10)}); // no such feature
        QString error;
        QVERIFY(!gis::EditWriter::write(mSource, base, edits, author, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(mPath)) &&
                     error.contains(QStringLiteral("as it was")),
                 qPrintable(error));
        const gis::FeatureCollection after = readBack(mPath, QStringLiteral("zones"));
        QCOMPARE(after.features.size(), std::size_t(3));
        QVERIFY(withId(after, base.features[2].id));
    }

    void readOnlySourcesSayWhy()
    {
        QVERIFY(gis::EditWriter::whyReadOnly({})->contains(QStringLiteral("nowhere")));
        const auto missingLayer = gis::EditWriter::whyReadOnly({mPath, QStringLiteral("nothing")});
        QVERIFY(missingLayer && missingLayer->contains(QStringLiteral("nothing")));
        QFile::setPermissions(mPath, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        const auto locked = gis::EditWriter::whyReadOnly(mSource);
        QFile::setPermissions(mPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (locked) // root may write any file; for anyone else the permissions say no
            QVERIFY2(locked->contains(QStringLiteral("read-only")), qPrintable(*locked));
        // GeoJSON has no transactions: a failed save could leave it half written.
        const QString json = mFolder.filePath(QStringLiteral("zones.geojson"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":)"
                   R"({"name":"a"},"geometry":{"type":"Point","coordinates":[125,44]}}]})");
        file.close();
        const auto geojson = gis::EditWriter::whyReadOnly({json, QStringLiteral("zones")});
        QVERIFY(geojson);
        QVERIFY2(geojson->contains(QDir::toNativeSeparators(json)), qPrintable(*geojson));
    }

private:
    QTemporaryDir mFolder;
    QString mPath;
    gis::LayerSource mSource;
    int mRun = 0;
};

PLANMAP_TEST(tst_editwriter)
#include "tst_editwriter.moc"
