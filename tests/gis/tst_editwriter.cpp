#include "testregistry.h"

#include "data/copyeditwriter.h"
#include "data/editwriter.h"
#include "data/filesetreplacement.h"
#include "data/geopackagewriter.h"
#include "data/vectordataset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <boost/geometry/algorithms/equals.hpp>

#include <gdal_priv.h>
#include <gdal_utils.h>

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

const gis::EditAuthor author{QStringLiteral("planner"),
                             QDateTime(QDate(2026, 11, 23), QTime(6, 0), Qt::UTC)};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
}

void runSql(const QString &path, const char *sql)
{
    GDALDataset *dataset = GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
    if (!dataset)
        qFatal("cannot open %s", qPrintable(path));
    dataset->ExecuteSQL(sql, nullptr, nullptr);
    GDALClose(dataset);
}

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
        QCOMPARE(ids->newIds.size(), std::size_t(1));
        const qint64 newId = ids->newIds.at(added);

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
        // CSV has neither transactions nor a copy-and-replace save: a failed save could leave
        // it half written.
        const QString csv = mFolder.filePath(QStringLiteral("zones.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("WKT,name\n\"POINT (125 44)\",a\n");
        file.close();
        const auto text = gis::EditWriter::whyReadOnly({csv, QStringLiteral("zones")});
        QVERIFY(text);
        QVERIFY2(text->contains(QDir::toNativeSeparators(csv)) && text->contains(u"GeoPackage"),
                 qPrintable(*text));
    }

    // Shapefile: the whole layer is written anew beside the old one and replaces it, with the
    // same CRS and encoding; record numbers after a deleted one move down, and the save says
    // so; a stale spatial index goes; the edit log is a CSV file beside it.
    void shapefileIsReplacedWhole()
    {
        const QString shp = translated(QStringLiteral("ESRI Shapefile"),
                                       QStringLiteral("zones.shp"), {"-lco", "ENCODING=CP936"});
        const QString base = shp.chopped(4);
        QVERIFY(QFileInfo::exists(base + QStringLiteral(".cpg")));
        const QByteArray encoding = readAll(base + QStringLiteral(".cpg"));
        runSql(shp, "CREATE SPATIAL INDEX ON zones");
        QVERIFY(QFileInfo::exists(base + QStringLiteral(".qix")));

        const gis::LayerSource source{shp, QStringLiteral("zones")};
        QVERIFY2(!gis::EditWriter::whyReadOnly(source),
                 qPrintable(*gis::EditWriter::whyReadOnly(source)));
        const gis::FeatureCollection before = readBack(shp, QStringLiteral("zones"));
        QCOMPARE(before.features.size(), std::size_t(3));
        gis::EditBuffer edits;
        edits.deleteFeature(0);
        edits.changeGeometry(1, gis::MultiPolygon{squareAt(10)});
        edits.changeAttribute(2, 0, QStringLiteral("第三区"));
        const qint64 added =
            edits.addFeature({0, {QStringLiteral("新区")}, gis::MultiPolygon{squareAt(20)}});
        QString error;
        const auto ids = gis::EditWriter::write(source, before, edits, author, &error);
        QVERIFY2(ids, qPrintable(error));
        QCOMPARE(ids->newIds, (std::map<qint64, qint64>{{added, 2}, {1, 0}, {2, 1}}));

        const gis::FeatureCollection after = readBack(shp, QStringLiteral("zones"));
        QCOMPARE(after.features.size(), std::size_t(3));
        QVERIFY(boost::geometry::equals(std::get<gis::MultiPolygon>(after.geometry(0)),
                                        gis::MultiPolygon{squareAt(10)}));
        QCOMPARE(after.features[1].attributes[0].toString(), QStringLiteral("第三区"));
        QCOMPARE(after.features[2].attributes[0].toString(), QStringLiteral("新区"));
        QVERIFY(after.crs.isEquivalentTo(gis::Crs::wgs84()));
        // The encoding stays: the names are stored as GBK, not UTF-8.
        QCOMPARE(readAll(base + QStringLiteral(".cpg")), encoding);
        QVERIFY(
            !readAll(base + QStringLiteral(".dbf")).contains(QStringLiteral("第三区").toUtf8()));
        QVERIFY(!QFileInfo::exists(base + QStringLiteral(".qix")));
        QCOMPARE(
            QDir(mFolder.path())
                .entryList({QStringLiteral("*planmap-new*"), QStringLiteral("*.planmap-save")}),
            QStringList());

        const QStringList log = QString::fromUtf8(readAll(gis::CopyEditWriter::logPath(shp)))
                                    .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(log.size(), 5);
        QCOMPARE(log[0], QStringLiteral("layer,fid,action,author,saved_at"));
        QVERIFY2(log[1].startsWith(QStringLiteral("zones,0,delete,planner,")), qPrintable(log[1]));
        QVERIFY2(log.contains(QStringLiteral("zones,2,insert,planner,") +
                              author.when.toUTC().toString(Qt::ISODate)),
                 qPrintable(log.join(u'|')));
    }

    // GeoJSON: replaced whole too; its features keep their ids.
    void geojsonIsReplacedWhole()
    {
        const QString json =
            translated(QStringLiteral("GeoJSON"), QStringLiteral("zones.geojson"), {});
        const gis::LayerSource source{json, QStringLiteral("zones")};
        QVERIFY(!gis::EditWriter::whyReadOnly(source));
        const gis::FeatureCollection before = readBack(json, QStringLiteral("zones"));
        const qint64 second = before.features[1].id, third = before.features[2].id;
        gis::EditBuffer edits;
        edits.deleteFeature(before.features[0].id);
        edits.changeGeometry(second, gis::MultiPolygon{squareAt(10)});
        edits.changeAttribute(third, 0, QStringLiteral("第三区"));
        QString error;
        const auto ids = gis::EditWriter::write(source, before, edits, author, &error);
        QVERIFY2(ids, qPrintable(error));
        QVERIFY2(ids->newIds.empty(), "GeoJSON features keep their ids");
        const gis::FeatureCollection after = readBack(json, QStringLiteral("zones"));
        QCOMPARE(after.features.size(), std::size_t(2));
        QVERIFY(
            boost::geometry::equals(std::get<gis::MultiPolygon>(withId(after, second)->geometry),
                                    gis::MultiPolygon{squareAt(10)}));
        QCOMPARE(withId(after, third)->attributes[0].toString(), QStringLiteral("第三区"));
        QVERIFY(QFileInfo::exists(gis::CopyEditWriter::logPath(json)));
    }

    // A folder that cannot take the new copy refuses editing, naming the file and the folder.
    void readOnlyFolderRefusesCopySaves()
    {
        const QString json =
            translated(QStringLiteral("GeoJSON"), QStringLiteral("locked.geojson"), {});
        QDir(mFolder.path()).mkdir(QStringLiteral("locked"));
        const QString inside = mFolder.filePath(QStringLiteral("locked/zones.geojson"));
        QVERIFY(QFile::rename(json, inside));
        QFile::setPermissions(QFileInfo(inside).absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const auto reason = gis::EditWriter::whyReadOnly({inside, QStringLiteral("zones")});
        QFile::setPermissions(QFileInfo(inside).absolutePath(), QFileDevice::ReadOwner |
                                                                    QFileDevice::WriteOwner |
                                                                    QFileDevice::ExeOwner);
        if (reason) // root may write anywhere; for anyone else the folder says no
            QVERIFY2(reason->contains(QDir::toNativeSeparators(inside)) &&
                         reason->contains(QStringLiteral("read-only")),
                     qPrintable(*reason));
    }

    // A kill after the commit point, between the renames of a shapefile's files, is finished
    // by the next open; one before it leaves the originals and loses the new files.
    void interruptedReplacementIsRecovered()
    {
        const QString target = mFolder.filePath(QStringLiteral("set.shp"));
        const QString sidecarFile = mFolder.filePath(QStringLiteral("set.dbf"));
        writeText(target, "old shp");
        writeText(sidecarFile, "old dbf");
        const QString newShp = gis::FileSetReplacement::newFilePath(target, QStringLiteral("shp"));
        const QString newDbf = gis::FileSetReplacement::newFilePath(target, QStringLiteral("dbf"));

        writeText(newShp, "new shp"); // killed before the commit point
        QVERIFY(gis::FileSetReplacement::recover(target));
        QCOMPARE(readAll(target), QByteArray("old shp"));
        QVERIFY(!QFileInfo::exists(newShp));

        writeText(newDbf, "new dbf"); // killed after the .shp was renamed
        writeText(target, "new shp");
        writeText(
            target + QStringLiteral(".planmap-save"),
            "rename\tset.shp.planmap-new.shp\tset.shp\nrename\tset.shp.planmap-new.dbf\tset.dbf\n");
        QVERIFY(gis::FileSetReplacement::recover(target));
        QCOMPARE(readAll(target), QByteArray("new shp"));
        QCOMPARE(readAll(sidecarFile), QByteArray("new dbf"));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".planmap-save")));
        QVERIFY(!gis::FileSetReplacement::recover(target)); // nothing left to do
    }

    // The save of a GeoPackage layer makes planmap's style its default QGIS style, replacing
    // its own row on the next save.
    void geopackageSaveWritesTheQgisStyle()
    {
        const gis::FeatureCollection base = readBack(mPath, QStringLiteral("zones"));
        for (const QString &colour : {QStringLiteral("1,2,3,255"), QStringLiteral("4,5,6,255")}) {
            gis::EditBuffer edits;
            edits.changeAttribute(base.features[0].id, 0, colour);
            const QString qml = QStringLiteral("<qgis>%1</qgis>").arg(colour);
            QString error;
            QVERIFY2(gis::EditWriter::write(mSource, base, edits, author, &error, qml),
                     qPrintable(error));
        }
        const gis::FeatureCollection styles = readBack(mPath, QStringLiteral("layer_styles"));
        QCOMPARE(styles.features.size(), std::size_t(1));
        QCOMPARE(styles.value(styles.features[0], QStringLiteral("f_table_name")).toString(),
                 QStringLiteral("zones"));
        QCOMPARE(styles.value(styles.features[0], QStringLiteral("styleQML")).toString(),
                 QStringLiteral("<qgis>4,5,6,255</qgis>"));
        QCOMPARE(styles.value(styles.features[0], QStringLiteral("useAsDefault")).toInt(), 1);
    }

private:
    // The test GeoPackage's zones in another format, as GDAL's ogr2ogr writes them.
    QString translated(const QString &format, const QString &name, std::vector<const char *> extra)
    {
        const QString path = mFolder.filePath(name);
        GDALDataset *source = GDALDataset::Open(mPath.toUtf8().constData(), GDAL_OF_VECTOR, nullptr,
                                                nullptr, nullptr);
        const QByteArray driver = format.toUtf8();
        std::vector<const char *> arguments{"-f", driver.constData(), "-nln", "zones"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        arguments.push_back(nullptr);
        GDALVectorTranslateOptions *options =
            GDALVectorTranslateOptionsNew(const_cast<char **>(arguments.data()), nullptr);
        GDALDatasetH handle = GDALDataset::ToHandle(source);
        GDALDatasetH written =
            GDALVectorTranslate(path.toUtf8().constData(), nullptr, 1, &handle, options, nullptr);
        GDALVectorTranslateOptionsFree(options);
        GDALClose(source);
        if (!written)
            qFatal("cannot write %s", qPrintable(path));
        GDALClose(written);
        return path;
    }

    QTemporaryDir mFolder;
    QString mPath;
    gis::LayerSource mSource;
    int mRun = 0;
};

PLANMAP_TEST(tst_editwriter)
#include "tst_editwriter.moc"
