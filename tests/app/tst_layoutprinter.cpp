#include "bundledwindow.h"
#include "testregistry.h"

#include "layoutprinter.h"
#include "mainwindow.h"
#include "project/planproject.h"

#include <QDir>
#include <QFile>
#include <QPdfDocument>
#include <QPrinter>
#include <QTemporaryDir>

namespace {

QString pdfText(const QString &path, QSizeF *pageSize = nullptr)
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None || document.pageCount() != 1)
        return {};
    if (pageSize)
        *pageSize = document.pagePointSize(0);
    return document.getAllText(0).text();
}

} // namespace

// A printout is the PDF export's page: same paper, same text. A PDF printer stands in for a
// system printer, which a headless test machine has none of.
class tst_layoutprinter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        mWindow = testing::openBundledWindow();
        QVERIFY(mWindow);
    }

    void printsThePageThePdfExportWrites()
    {
        const core::PrintLayout layout = core::PrintLayout::wallMap();
        QTemporaryDir folder;
        QString error;
        const QString exported = folder.filePath(QStringLiteral("export.pdf"));
        QVERIFY2(mWindow->exportMap(layout, exported, 300, &error), qPrintable(error));

        const QString printed = folder.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        app::LayoutPrinter::preparePrinter(layout, printer);
        QVERIFY2(mWindow->printMap(layout, printer, &error), qPrintable(error));

        QSizeF exportedPage, printedPage;
        const QString exportedText = pdfText(exported, &exportedPage);
        const QString printedText = pdfText(printed, &printedPage);
        QVERIFY(!exportedText.isEmpty());
        // A3 landscape: 420 × 297 mm in points.
        QVERIFY(qAbs(printedPage.width() - 420 / 25.4 * 72) < 1.0);
        QVERIFY(qAbs(printedPage.height() - 297 / 25.4 * 72) < 1.0);
        QCOMPARE(printedText, exportedText);
        const QString shots = qEnvironmentVariable("PLANMAP_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QFile::copy(printed, QDir(shots).filePath(QStringLiteral("printed.pdf")));
    }

    void followsThePaperChosenInThePrintDialog()
    {
        QPrinter printer(QPrinter::HighResolution);
        app::LayoutPrinter::preparePrinter(core::PrintLayout::wallMap(), printer);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageOrientation(QPageLayout::Portrait);
        const core::PrintLayout moved =
            app::LayoutPrinter::forPrinterPage(core::PrintLayout::wallMap(), printer);
        QCOMPARE(moved.paper, core::PaperSize::A4);
        QCOMPARE(moved.orientation, core::PageOrientation::Portrait);
        QCOMPARE(moved.name, core::PrintLayout::wallMap().name);
    }

private:
    std::unique_ptr<app::MainWindow> mWindow;
};

PLANMAP_TEST(tst_layoutprinter)
#include "tst_layoutprinter.moc"
