#include "testdata.h"
#include "testregistry.h"

#include "dataset/datasetbuilder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

namespace {

// A writable copy of resources/data, so a test can break one source file.
bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

void appendLine(const QString &path, const QByteArray &line)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(line);
}

} // namespace

class tst_datasetbuilder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mRoot = mDir.filePath(QStringLiteral("data"));
        QVERIFY(copyTree(testing::dataSourceRoot(), mRoot));
    }
    void buildsAndLogsRepairs()
    {
        core::DatasetBuilder builder(mRoot);
        QString error;
        const QString output = mDir.filePath(QStringLiteral("ok.gpkg"));
        QVERIFY2(builder.build(output, &error), qPrintable(error));
        QVERIFY(QFile::exists(output));
        // The upstream counties are mostly invalid; the log names each one it repaired.
        int counties = 0;
        for (const core::RepairRecord &record : builder.repairs().records()) {
            if (record.layer == u"counties") {
                ++counties;
                QVERIFY(record.validAfter);
                QCOMPARE(record.key.size(), 6);
            }
        }
        QVERIFY2(counties >= 50, qPrintable(QString::number(counties)));
        QCOMPARE(builder.repairs().unrepairedCount(), 0);
        QVERIFY(builder.log().join(u'\n').contains(QStringLiteral("公主岭市")) ||
                builder.log().join(u'\n').contains(QStringLiteral("220381")));
    }
    void statisticWithUnknownFeatureFailsAndKeepsTheOldFile()
    {
        const QString csv = mRoot + QStringLiteral("/sources/statistics.csv");
        QFile::copy(csv, csv + QStringLiteral(".bak"));
        appendLine(csv, "s999,plates,no_such_plate,x,1,count,,,002_43f3953580f3cd6d.txt,quote\n");
        const QString output = mDir.filePath(QStringLiteral("keep.gpkg"));
        QFile old(output);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old dataset");
        old.close();
        core::DatasetBuilder builder(mRoot);
        QString error;
        QVERIFY(!builder.build(output, &error));
        QVERIFY2(error.contains(QStringLiteral("statistics.csv")) &&
                     error.contains(QStringLiteral("no_such_plate")),
                 qPrintable(error));
        QFile check(output);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("old dataset"));
        QFile::remove(csv);
        QFile::rename(csv + QStringLiteral(".bak"), csv);
    }
    void missingSourceIsNamed()
    {
        const QString csv = mRoot + QStringLiteral("/sources/prefectures.csv");
        QFile::rename(csv, csv + QStringLiteral(".gone"));
        core::DatasetBuilder builder(mRoot);
        QString error;
        QVERIFY(!builder.build(mDir.filePath(QStringLiteral("x.gpkg")), &error));
        QVERIFY2(error.contains(QStringLiteral("prefectures.csv")), qPrintable(error));
        QFile::rename(csv + QStringLiteral(".gone"), csv);
    }

private:
    QTemporaryDir mDir;
    QString mRoot;
};

PLANMAP_TEST(tst_datasetbuilder)
#include "tst_datasetbuilder.moc"
