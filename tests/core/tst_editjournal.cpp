#include "testregistry.h"

#include "editing/editjournal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <boost/geometry/algorithms/equals.hpp>

namespace {

gis::MultiPolygon square(double x)
{
    gis::Polygon polygon;
    polygon.outer() = {{x, 0}, {x, 1}, {x + 1, 1}, {x + 1, 0}, {x, 0}};
    return {polygon};
}

const gis::Fields fields{{QStringLiteral("name"), QMetaType::QString},
                         {QStringLiteral("projects"), QMetaType::Int}};

gis::EditBuffer everyKindOfEdit()
{
    gis::EditBuffer edits;
    edits.changeGeometry(4, square(3));
    edits.changeAttribute(5, 0, QStringLiteral("汽车城"));
    edits.changeAttribute(5, 1, 12);
    edits.addFeature({0, {QStringLiteral("new zone"), 3}, square(7)});
    edits.deleteFeature(6);
    return edits;
}

} // namespace

class tst_editjournal : public QObject
{
    Q_OBJECT
private slots:
    // What a crash leaves is what the next start reads back, edit for edit.
    void roundTrip()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("zones.journal"));
        const gis::EditBuffer edits = everyKindOfEdit();
        QString error;
        QVERIFY2(core::EditJournal::write(path, QStringLiteral("zones"), edits, &error),
                 qPrintable(error));
        const auto entry = core::EditJournal::read(path, fields, &error);
        QVERIFY2(entry, qPrintable(error));
        QCOMPARE(entry->layerId, QStringLiteral("zones"));
        const gis::EditBuffer &read = entry->edits;
        QVERIFY(boost::geometry::equals(std::get<gis::MultiPolygon>(read.changedGeometries().at(4)),
                                        square(3)));
        QCOMPARE(read.changedAttributes().at(5).value(0).toString(), QStringLiteral("汽车城"));
        QCOMPARE(read.changedAttributes().at(5).value(1).typeId(), QMetaType::Int);
        QCOMPARE(read.changedAttributes().at(5).value(1).toInt(), 12);
        QCOMPARE(read.addedFeatures().size(), std::size_t(1));
        const gis::Feature &added = read.addedFeatures().begin()->second;
        QCOMPARE(added.id, edits.addedFeatures().begin()->first);
        QCOMPARE(added.attributes[1].toInt(), 3);
        QVERIFY(boost::geometry::equals(std::get<gis::MultiPolygon>(added.geometry), square(7)));
        QVERIFY(read.isDeleted(6));
        // New features added after a restore never reuse a journalled id.
        gis::EditBuffer restored = read;
        QVERIFY(restored.addFeature({}) < added.id);
    }

    void damagedJournalsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"format\":1,\"lay")
                                  << QStringLiteral("not an edit journal");
        QTest::newRow("other format") << QByteArray(R"({"format":7,"layer":"zones"})")
                                      << QStringLiteral("not an edit journal");
        QTest::newRow("no layer") << QByteArray(R"({"format":1})") << QStringLiteral("damaged");
        QTest::newRow("bad geometry")
            << QByteArray(
                   R"({"format":1,"layer":"zones","geometries":[{"fid":1,"wkb":"AQMAAAA="}]})")
            << QStringLiteral("damaged");
        QTest::newRow("added with a saved id")
            << QByteArray(R"({"format":1,"layer":"zones","added":[{"id":3,"values":[],"wkb":""}]})")
            << QStringLiteral("damaged");
    }
    void damagedJournalsAreNamed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("bad.journal"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString error;
        QVERIFY(!core::EditJournal::read(path, fields, &error));
        QVERIFY2(error.contains(message) && error.contains(QDir::toNativeSeparators(path)),
                 qPrintable(error));
        QVERIFY(!core::EditJournal::read(folder.filePath(QStringLiteral("none")), fields, &error));
        QVERIFY(error.contains(QStringLiteral("none")));
    }

    // A write that cannot finish leaves the journal before it whole.
    void failedWriteKeepsThePreviousJournal()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("zones.journal"));
        QString error;
        QVERIFY(core::EditJournal::write(path, QStringLiteral("zones"), everyKindOfEdit(), &error));
        const QString unwritable = folder.filePath(QStringLiteral("missing/zones.journal"));
        QVERIFY(!core::EditJournal::write(unwritable, QStringLiteral("zones"), {}, &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
        QVERIFY(core::EditJournal::read(path, fields, &error));
    }
};

PLANMAP_TEST(tst_editjournal)
#include "tst_editjournal.moc"
