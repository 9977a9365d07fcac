#include "testregistry.h"

#include "data/filesetreplacement.h"
#include "data/geopackagewriter.h"
#include "data/vectordataset.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <memory>

// A save killed at any moment leaves the dataset as before or as after, never anything else:
// planmap-editsave-helper makes a large edit (every feature moved and renamed, every 50th
// deleted, 20 added) and saves it; it is killed (SIGKILL) at moments spread over the save's
// measured duration, and the file is then read with GDAL and compared with both states.
namespace {

constexpr int kFeatures = 3000;
constexpr int kRuns = 12;

gis::Polygon ring(double x, double y)
{
    gis::Polygon polygon;
    for (int i = 0; i <= 32; ++i) {
        const double angle = -2 * M_PI * (i % 32) / 32; // clockwise, as Boost.Geometry wants
        polygon.outer().push_back({x + 0.4 * std::cos(angle), y + 0.4 * std::sin(angle)});
    }
    return polygon;
}

gis::FeatureCollection zones()
{
    gis::FeatureCollection collection;
    collection.name = QStringLiteral("zones");
    collection.crs = gis::Crs::wgs84();
    collection.kind = gis::GeometryKind::Polygon;
    collection.fields = {{QStringLiteral("name"), QMetaType::QString},
                         {QStringLiteral("value"), QMetaType::Double}};
    for (int i = 0; i < kFeatures; ++i)
        collection.features.push_back(
            {qint64(i),
             {QStringLiteral("区 %1").arg(i), i * 0.5},
             gis::MultiPolygon{ring(120 + (i % 100) * 0.01, 40 + (i / 100) * 0.01)}});
    return collection;
}

struct DatasetCloser
{
    void operator()(GDALDataset *dataset) const { GDALClose(dataset); }
};
using DatasetPointer = std::unique_ptr<GDALDataset, DatasetCloser>;

DatasetPointer openWithGdal(const QString &path, bool update)
{
    return DatasetPointer(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | (update ? GDAL_OF_UPDATE : GDAL_OF_READONLY),
        nullptr, nullptr, nullptr));
}

// What the layer holds, as GDAL reads it: the count, then each feature's geometry (WKB) and
// values in the file's order. Empty when GDAL cannot read it.
QByteArray checksum(const QString &path, bool update)
{
    const DatasetPointer dataset = openWithGdal(path, update);
    OGRLayer *layer = dataset ? dataset->GetLayerByName("zones") : nullptr;
    if (!layer)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    qint64 count = 0;
    layer->ResetReading();
    while (OGRFeature *feature = layer->GetNextFeature()) {
        ++count;
        if (const OGRGeometry *geometry = feature->GetGeometryRef()) {
            QByteArray wkb(geometry->WkbSize(), Qt::Uninitialized);
            geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()));
            hash.addData(wkb);
        }
        for (int i = 0; i < feature->GetFieldCount(); ++i)
            hash.addData(QByteArray(QByteArray(feature->GetFieldAsString(i)) + '\x1f'));
        OGRFeature::DestroyFeature(feature);
    }
    return QByteArray(QByteArray::number(count) + ':' + hash.result().toHex());
}

QString integrity(const QString &gpkg)
{
    const DatasetPointer dataset = openWithGdal(gpkg, true);
    if (!dataset)
        return QStringLiteral("cannot open");
    OGRLayer *result = dataset->ExecuteSQL("PRAGMA integrity_check", nullptr, nullptr);
    QString answer = QStringLiteral("no answer");
    if (result) {
        if (OGRFeature *row = result->GetNextFeature()) {
            answer = QString::fromUtf8(row->GetFieldAsString(0));
            OGRFeature::DestroyFeature(row);
        }
        dataset->ReleaseResultSet(result);
    }
    return answer;
}

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files)) {
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

struct HelperRun
{
    bool killed = false;
    qint64 saveMs = -1;
};

// Runs the helper on `path`; with `killAfterMs` >= 0, kills it that long after it starts
// saving.
HelperRun runHelper(const QString &path, int killAfterMs)
{
    QProcess helper;
    helper.start(QStringLiteral(PLANMAP_EDITSAVE_HELPER), {path, QStringLiteral("zones")});
    HelperRun run;
    if (!helper.waitForStarted(10000))
        return run;
    while (!helper.canReadLine() && helper.state() == QProcess::Running)
        helper.waitForReadyRead(10000);
    if (helper.readLine().trimmed() != "saving") {
        qWarning("helper: %s", helper.readAllStandardError().constData());
        helper.waitForFinished(10000);
        return run;
    }
    if (killAfterMs >= 0) {
        QThread::usleep(qint64(killAfterMs) * 1000);
        run.killed = helper.state() == QProcess::Running;
        helper.kill(); // SIGKILL
    }
    helper.waitForFinished(60000);
    const QByteArray out = helper.readAllStandardOutput().trimmed();
    if (out.startsWith("saved "))
        run.saveMs = out.mid(6).toLongLong();
    return run;
}

} // namespace

class tst_killduringsave : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        GDALAllRegister();
        QVERIFY(mFolder.isValid());
        const QString gpkg = mFolder.filePath(QStringLiteral("gpkg/zones.gpkg"));
        QDir().mkpath(QFileInfo(gpkg).absolutePath());
        gis::GeoPackageWriter writer(gpkg);
        QString error;
        QVERIFY2(writer.open(&error) && writer.writeLayer(zones(), &error) && writer.commit(&error),
                 qPrintable(error));
        const DatasetPointer source = openWithGdal(gpkg, false);
        for (const auto &[format, file] :
             {std::pair{"ESRI Shapefile", "shp/zones.shp"}, {"GeoJSON", "geojson/zones.geojson"}}) {
            const QString path = mFolder.filePath(QString::fromLatin1(file));
            QDir().mkpath(QFileInfo(path).absolutePath());
            // UTF-8, so the shapefile holds the Chinese names (its default is ISO-8859-1).
            const bool shapefile = QByteArray(format) == "ESRI Shapefile";
            const char *arguments[] = {
                "-f",   format, "-nln", "zones", shapefile ? "-lco" : nullptr, "ENCODING=UTF-8",
                nullptr};
            GDALVectorTranslateOptions *options =
                GDALVectorTranslateOptionsNew(const_cast<char **>(arguments), nullptr);
            GDALDatasetH handle = GDALDataset::ToHandle(source.get());
            GDALDatasetH written = GDALVectorTranslate(path.toUtf8().constData(), nullptr, 1,
                                                       &handle, options, nullptr);
            GDALVectorTranslateOptionsFree(options);
            QVERIFY2(written, file);
            GDALClose(written);
        }
    }

    void killedSaveLeavesBeforeOrAfter_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("GeoPackage (transaction)") << QStringLiteral("gpkg/zones.gpkg");
        QTest::newRow("Shapefile (copy and replace)") << QStringLiteral("shp/zones.shp");
        QTest::newRow("GeoJSON (copy and replace)") << QStringLiteral("geojson/zones.geojson");
    }

    void killedSaveLeavesBeforeOrAfter()
    {
        QFETCH(QString, file);
        const bool geopackage = file.endsWith(QLatin1String(".gpkg"));
        const QString master = QFileInfo(mFolder.filePath(file)).absolutePath();
        const QString name = QFileInfo(file).fileName();
        const QByteArray before = checksum(QDir(master).filePath(name), false);
        QVERIFY(before.startsWith(QByteArray(QByteArray::number(kFeatures) + ':')));

        const QString done = mFolder.filePath(QStringLiteral("done-") + name);
        QVERIFY(copyFolder(master, done));
        const HelperRun full = runHelper(QDir(done).filePath(name), -1);
        QVERIFY2(full.saveMs >= 0, "the helper's save failed");
        const QByteArray after = checksum(QDir(done).filePath(name), false);
        const int expected = kFeatures - kFeatures / 50 + 20;
        QVERIFY2(after.startsWith(QByteArray(QByteArray::number(expected) + ':')),
                 after.constData());
        QVERIFY(after != before);

        int killed = 0, asBefore = 0, asAfter = 0;
        for (int run = 0; run < kRuns; ++run) {
            // Spread over the save and a little past it, at a random moment in each slice; the
            // last run well after it, so that both outcomes are seen.
            const double slice = (run + QRandomGenerator::global()->generateDouble()) / kRuns;
            const int killAfterMs = run == kRuns - 1 ? int(3 * full.saveMs + 500)
                                                     : int(slice * 1.3 * double(full.saveMs + 5));
            const QString folder = mFolder.filePath(QStringLiteral("run-%1-%2").arg(name).arg(run));
            QVERIFY(copyFolder(master, folder));
            const QString path = QDir(folder).filePath(name);
            killed += runHelper(path, killAfterMs).killed;
            // The next start of planmap opens the file as usual, which finishes or undoes an
            // interrupted replacement and rolls back an interrupted transaction; then GDAL
            // reads it.
            QString error;
            const auto reopened = gis::VectorDataset::open(path, &error);
            const auto layer =
                reopened ? reopened->readLayer(QStringLiteral("zones"), &error) : std::nullopt;
            QVERIFY2(layer, qPrintable(QStringLiteral("run %1: %2").arg(run).arg(error)));
            const QByteArray state = checksum(path, false);
            QVERIFY(state.startsWith(
                QByteArray(QByteArray::number(qint64(layer->features.size())) + ':')));
            const QString where = QStringLiteral("run %1, killed %2 ms into a %3 ms save: %4")
                                      .arg(run)
                                      .arg(killAfterMs)
                                      .arg(full.saveMs)
                                      .arg(QString::fromLatin1(state.left(60)));
            QVERIFY2(state == before || state == after, qPrintable(where));
            asBefore += state == before;
            asAfter += state == after;
            if (geopackage)
                QCOMPARE(integrity(path), QStringLiteral("ok"));
            QVERIFY2(QDir(folder)
                         .entryList({QStringLiteral("*.planmap-*")})
                         .filter(QStringLiteral("planmap-new"))
                         .isEmpty(),
                     "leftover new files after recovery");
        }
        qInfo("%s: save %lld ms; %d of %d runs still running when killed; %d left as before, %d "
              "as after",
              qPrintable(name), full.saveMs, killed, kRuns, asBefore, asAfter);
        // The kills spanned the commit point: some before it, some after.
        QVERIFY(asBefore >= 1 && asAfter >= 1);
    }

private:
    QTemporaryDir mFolder;
};

PLANMAP_TEST(tst_killduringsave)
#include "tst_killduringsave.moc"
