#include "bundledwindow.h"
#include "testregistry.h"

#include "dialogs/exportatlasdialog.h"
#include "docks/layercombobox.h"
#include "layout/exportquality.h"
#include "project/planproject.h"
#include "tasks/backgroundtask.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

namespace {

core::ExportOptions draft()
{
    core::ExportOptions options = core::ExportQuality::options(core::QualityPreset::Screen);
    options.dpi = 40;
    return options;
}

} // namespace

class tst_exportatlasdialog : public QObject
{
    Q_OBJECT
private slots:
    void choicesMakeTheAtlas()
    {
        auto window = testing::openBundledWindow();
        QVERIFY(window);
        app::ExportAtlasDialog dialog(*window->project());
        auto *layer = dialog.findChild<app::LayerComboBox *>();
        QVERIFY(layer);
        layer->showLayer(QStringLiteral("plates"));
        QCOMPARE(dialog.layerId(), QStringLiteral("plates"));
        QCOMPARE(dialog.layout().name, core::PrintLayout::reportPage().name);
        QVERIFY(!dialog.isFilePerFeature());
        dialog.setFolderOrFile(QStringLiteral("/tmp/plates.pdf"));
        QCOMPARE(dialog.outputPath(), QStringLiteral("/tmp/plates.pdf"));
        const auto combos = dialog.findChildren<QComboBox *>();
        QComboBox *output = combos.back();
        output->setCurrentIndex(output->findData(QStringLiteral("png")));
        QVERIFY(dialog.isFilePerFeature());
        QCOMPARE(dialog.outputPath(), QStringLiteral("/tmp/plates/{name}.png"));
        QComboBox *quality = combos[2];
        quality->setCurrentIndex(quality->findData(int(core::QualityPreset::Screen)));
        QCOMPARE(dialog.options().dpi, 150.0);
    }

    // One PDF, a page per plate, written on a worker thread that reports each page.
    void atlasRunsInTheBackground()
    {
        auto window = testing::openBundledWindow();
        QVERIFY(window);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plates.pdf"));
        QString error;
        app::BackgroundTask *task = window->startAtlasExport(
            core::PrintLayout::reportPage(), QStringLiteral("plates"), path, draft(), &error);
        QVERIFY2(task, qPrintable(error));
        QSignalSpy progressed(task, &app::BackgroundTask::progressed);
        QSignalSpy finished(task, &app::BackgroundTask::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.front().front().toString(), QString());
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.back().at(1).toInt(), 4);
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        QCOMPARE(document.pageCount(), 4);
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("4 page")),
                 qPrintable(window->statusBar()->currentMessage()));
    }

    void filePerFeature()
    {
        auto window = testing::openBundledWindow();
        QVERIFY(window);
        QTemporaryDir dir;
        QString error;
        app::BackgroundTask *task = window->startAtlasExport(
            core::PrintLayout::reportPage(), QStringLiteral("plates"),
            dir.filePath(QStringLiteral("plates/{name}.png")), draft(), &error);
        QVERIFY2(task, qPrintable(error));
        QSignalSpy finished(task, &app::BackgroundTask::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.front().front().toString(), QString());
        QCOMPARE(QDir(dir.filePath(QStringLiteral("plates")))
                     .entryList({QStringLiteral("*.png")}, QDir::Files)
                     .size(),
                 4);
    }

    void cancelledAtlasWritesNothing()
    {
        auto window = testing::openBundledWindow();
        QVERIFY(window);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("counties.pdf"));
        QString error;
        app::BackgroundTask *task = window->startAtlasExport(
            core::PrintLayout::reportPage(), QStringLiteral("counties"), path, draft(), &error);
        QVERIFY2(task, qPrintable(error));
        QSignalSpy finished(task, &app::BackgroundTask::finished);
        task->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(finished.front().front().toString().contains(QStringLiteral("cancelled")));
        QVERIFY(!QFileInfo::exists(path));
    }

    void unknownLayerIsRefused()
    {
        auto window = testing::openBundledWindow();
        QVERIFY(window);
        QString error;
        QVERIFY(!window->startAtlasExport(core::PrintLayout::reportPage(),
                                          QStringLiteral("nowhere"), QStringLiteral("/tmp/x.pdf"),
                                          draft(), &error));
        QVERIFY(error.contains(QStringLiteral("nowhere")));
    }
};

PLANMAP_TEST(tst_exportatlasdialog)
#include "tst_exportatlasdialog.moc"
