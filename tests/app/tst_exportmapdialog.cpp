#include "bundledwindow.h"
#include "testregistry.h"

#include "dialogs/exportmapdialog.h"
#include "layout/exportquality.h"
#include "layout/exportsizeestimate.h"
#include "project/planproject.h"
#include "tasks/backgroundtask.h"

#include <QComboBox>
#include <QFileInfo>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

class tst_exportmapdialog : public QObject
{
    Q_OBJECT
private slots:
    void choicesMakeTheLayout()
    {
        auto window = testing::openBundledWindow();
        QVERIFY(window);
        app::ExportMapDialog dialog(*window->project());
        const auto combos = dialog.findChildren<QComboBox *>();
        QCOMPARE(combos.size(), 5); // layout, paper, orientation, quality, format
        QComboBox *layout = combos[0], *paper = combos[1], *orientation = combos[2];
        QCOMPARE(layout->count(), 2); // the presets
        // The wall map preset chooses its own paper and orientation.
        QCOMPARE(dialog.layout().pageSizeMm(), QSizeF(420, 297));
        layout->setCurrentIndex(1);
        QCOMPARE(dialog.layout().pageSizeMm(), QSizeF(210, 297));
        paper->setCurrentIndex(paper->findText(QStringLiteral("A2")));
        orientation->setCurrentIndex(orientation->findData(int(core::PageOrientation::Landscape)));
        QCOMPARE(dialog.layout().pageSizeMm(), QSizeF(594, 420));
        dialog.setPath(QStringLiteral("/tmp/map.svg"));
        QCOMPARE(combos[4]->currentData().toString(), QStringLiteral("svg"));
        combos[4]->setCurrentIndex(combos[4]->findData(QStringLiteral("png")));
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/map.png"));
        QCOMPARE(dialog.dpi(), 300.0);
    }

    // The quality sets the dpi and the simplification; the expected size follows the choices.
    void qualityAndExpectedSize()
    {
        auto window = testing::openBundledWindow();
        QVERIFY(window);
        app::ExportMapDialog dialog(*window->project());
        QComboBox *quality = dialog.findChildren<QComboBox *>()[3];
        QComboBox *format = dialog.findChildren<QComboBox *>()[4];
        QCOMPARE(quality->currentData().toInt(), int(core::QualityPreset::Print));
        QCOMPARE(dialog.options().dpi, 300.0);
        quality->setCurrentIndex(quality->findData(int(core::QualityPreset::Screen)));
        QCOMPARE(dialog.dpi(), 150.0);
        QCOMPARE(dialog.options().simplifyMm,
                 core::ExportQuality::options(core::QualityPreset::Screen).simplifyMm);
        const QString pending = dialog.expectedSizeText();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.expectedSizeText() != pending, 30000);
        const QString pdfSize = dialog.expectedSizeText();
        QVERIFY2(pdfSize.contains(QStringLiteral("about")) && pdfSize.contains(u'B'),
                 qPrintable(pdfSize));
        // The dialog's estimate is the size of the file it would write.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("estimated.pdf"));
        QString error;
        const core::LayoutExporter exporter(core::LayoutRenderer(
            dialog.layout(),
            core::LayoutContent::fromProject(*window->project(), dialog.layout())));
        QVERIFY2(exporter.write(path, dialog.options(), &error), qPrintable(error));
        QCOMPARE(pdfSize, core::ExportSizeEstimate::described(QFileInfo(path).size()));
        format->setCurrentIndex(format->findData(QStringLiteral("png")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.expectedSizeText() != pdfSize &&
                                     dialog.expectedSizeText().contains(QStringLiteral("about")),
                                 30000);
    }

    // File → Export map… writes on a worker thread: the window goes on, the file comes.
    void exportRunsInTheBackground()
    {
        auto window = testing::openBundledWindow();
        QVERIFY(window);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("background.pdf"));
        const core::PrintLayout layout = core::PrintLayout::wallMap();
        app::BackgroundTask *task = window->startExport(
            layout, path, core::ExportQuality::options(core::QualityPreset::Print));
        QVERIFY(task);
        QSignalSpy finished(task, &app::BackgroundTask::finished);
        QVERIFY(task->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.front().front().toString(), QString());
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        QVERIFY(
            document.getAllText(0).text().contains(layout.item(core::LayoutItemKind::Title)->text));
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("background.pdf")));
    }

    // Cancel stops the export; nothing is written and the status bar says so.
    void cancelledExportWritesNothing()
    {
        auto window = testing::openBundledWindow();
        QVERIFY(window);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.png"));
        app::BackgroundTask *task =
            window->startExport(core::PrintLayout::wallMap(), path,
                                core::ExportQuality::options(core::QualityPreset::Press));
        QVERIFY(task);
        QSignalSpy finished(task, &app::BackgroundTask::finished);
        task->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(finished.front().front().toString().contains(QStringLiteral("cancelled")));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    }

    // What the menu does once the dialog closes: the canvas's view on the page.
    void exportsTheCanvasView()
    {
        auto window = testing::openBundledWindow();
        QVERIFY(window);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("map.pdf"));
        QString error;
        const core::PrintLayout layout = core::PrintLayout::reportPage();
        QVERIFY2(window->exportMap(layout, path, 150, &error), qPrintable(error));
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        QVERIFY(
            document.getAllText(0).text().contains(layout.item(core::LayoutItemKind::Title)->text));
        QVERIFY(
            !window->exportMap(layout, dir.filePath(QStringLiteral("no/map.pdf")), 150, &error));
        QVERIFY(error.contains(QStringLiteral("no/map.pdf")));
    }
};

PLANMAP_TEST(tst_exportmapdialog)
#include "tst_exportmapdialog.moc"
