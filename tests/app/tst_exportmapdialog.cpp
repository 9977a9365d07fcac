#include "bundledwindow.h"
#include "testregistry.h"

#include "dialogs/exportmapdialog.h"
#include "project/planproject.h"

#include <QComboBox>
#include <QPdfDocument>
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
        QCOMPARE(combos.size(), 4); // layout, paper, orientation, format
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
        QCOMPARE(combos[3]->currentData().toString(), QStringLiteral("svg"));
        combos[3]->setCurrentIndex(combos[3]->findData(QStringLiteral("png")));
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/map.png"));
        QCOMPARE(dialog.dpi(), 300.0);
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
