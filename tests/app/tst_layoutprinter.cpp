#include "bundledwindow.h"
#include "testregistry.h"

#include "layoutprinter.h"
#include "mainwindow.h"
#include "project/planproject.h"
#include "tasks/backgroundtask.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPdfDocument>
#include <QPrinter>
#include <QRegularExpression>
#include <QSignalSpy>
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

// The printout is replayed from a recording of the page, which splits runs of text where the
// export keeps them whole: the same words, broken into lines elsewhere by a PDF reader.
QString withoutSpace(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

// The share of pixels that differ clearly between the two PDFs' first pages, drawn small.
double differingShare(const QString &a, const QString &b)
{
    QPdfDocument first, second;
    if (first.load(a) != QPdfDocument::Error::None || second.load(b) != QPdfDocument::Error::None)
        return 1.0;
    const QSize size = (first.pagePointSize(0) * 1.2).toSize();
    const QImage one = first.render(0, size).convertToFormat(QImage::Format_RGB32);
    const QImage two = second.render(0, size).convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            differing += qAbs(qGray(one.pixel(x, y)) - qGray(two.pixel(x, y))) > 48;
    return double(differing) / (size.width() * size.height());
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
        QCOMPARE(withoutSpace(printedText), withoutSpace(exportedText));
        const double differing = differingShare(printed, exported);
        QVERIFY2(differing < 0.03, qPrintable(QString::number(differing)));
        const QString shots = qEnvironmentVariable("PLANMAP_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QFile::copy(printed, QDir(shots).filePath(QStringLiteral("printed.pdf")));
    }

    // File → Print map… prints on a worker thread: the same page, while the window goes on.
    void printsInTheBackground()
    {
        const core::PrintLayout layout = core::PrintLayout::reportPage();
        QTemporaryDir folder;
        QString error;
        const QString exported = folder.filePath(QStringLiteral("export.pdf"));
        QVERIFY2(mWindow->exportMap(layout, exported, 300, &error), qPrintable(error));
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        const QString printed = folder.filePath(QStringLiteral("background.pdf"));
        printer->setOutputFileName(printed);
        app::LayoutPrinter::preparePrinter(layout, *printer);
        app::BackgroundTask *task = mWindow->startPrint(layout, printer);
        QVERIFY(task);
        QSignalSpy finished(task, &app::BackgroundTask::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.front().front().toString(), QString());
        QSizeF page;
        QCOMPARE(withoutSpace(pdfText(printed, &page)), withoutSpace(pdfText(exported, &page)));
        QVERIFY(differingShare(printed, exported) < 0.03);
    }

    // A cancelled print job is aborted: nothing reaches the printer.
    void cancelledPrintSendsNothing()
    {
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        QTemporaryDir folder;
        const QString printed = folder.filePath(QStringLiteral("cancelled.pdf"));
        printer->setOutputFileName(printed);
        app::BackgroundTask *task = mWindow->startPrint(core::PrintLayout::wallMap(), printer);
        QVERIFY(task);
        QSignalSpy finished(task, &app::BackgroundTask::finished);
        task->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(finished.front().front().toString().contains(QStringLiteral("cancelled")));
        QPdfDocument document;
        QVERIFY(!QFileInfo::exists(printed) ||
                document.load(printed) != QPdfDocument::Error::None || document.pageCount() == 0);
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
