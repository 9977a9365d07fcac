#include "bundledproject.h"
#include "bundledwindow.h"
#include "planmapprocess.h"
#include "testregistry.h"

#include "canvas/mapcanvas.h"
#include "crs/coordinatetransform.h"
#include "crsselector.h"
#include "dialogs/exportmapdialog.h"
#include "layout/itemlistpanel.h"
#include "layout/itempropertiespanel.h"
#include "layout/layoutdocument.h"
#include "layout/layouteditorwindow.h"
#include "layout/layoutexporter.h"
#include "layout/layoutpreview.h"
#include "layout/mapframepanel.h"
#include "layout/pagepanel.h"
#include "layout/previewrenderer.h"
#include "layout/tableitempanel.h"
#include "mainwindow.h"
#include "project/planproject.h"
#include "project/projectfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace {

int indexOf(const core::PrintLayout &layout, core::LayoutItemKind kind)
{
    for (int i = 0; i < layout.items.size(); ++i) {
        if (layout.items[i].kind == kind)
            return i;
    }
    return -1;
}

bool onPage(const core::PrintLayout &layout)
{
    const QRectF page(QPointF(), layout.pageSizeMm());
    const QRectF tolerance = page.adjusted(-1e-9, -1e-9, 1e-9, 1e-9);
    return std::all_of(layout.items.begin(), layout.items.end(), [&](const core::LayoutItem &item) {
        return tolerance.contains(item.rectMm);
    });
}

// Share of the pixels of `rect` that differ between the two images by more than `tolerance`
// in any channel.
double differingShare(const QImage &a, const QImage &b, int tolerance)
{
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *rowA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *rowB = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            if (std::abs(qRed(rowA[x]) - qRed(rowB[x])) > tolerance ||
                std::abs(qGreen(rowA[x]) - qGreen(rowB[x])) > tolerance ||
                std::abs(qBlue(rowA[x]) - qBlue(rowB[x])) > tolerance)
                ++differing;
        }
    }
    return double(differing) / (double(a.width()) * a.height());
}

} // namespace

class tst_layouteditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { mProject = testing::bundledProject(); }

    void init()
    {
        const auto view = [this] {
            return app::CanvasView{mProject->fullExtent(), mProject->crs()};
        };
        mEditor = std::make_unique<app::LayoutEditorWindow>(*mProject, view);
        mEditor->resize(1280, 860);
        mEditor->show();
        QVERIFY(QTest::qWaitForWindowExposed(mEditor.get()));
        QVERIFY(mEditor->openLayout(core::PrintLayout::wallMap().name));
        mDocument = mEditor->document();
        mPreview = mEditor->preview();
        mPreview->setSnapping(false);
    }

    void cleanup() { mEditor.reset(); }

    void dragOnThePreviewMovesTheItem()
    {
        const int arrow = indexOf(mDocument->layout(), core::LayoutItemKind::NorthArrow);
        const QRectF before = mDocument->layout().items[arrow].rectMm;
        const QPoint from = widgetPoint(before.center());
        const QPoint to = from + QPoint(-90, 40);
        drag(from, {from + QPoint(-30, 10), from + QPoint(-60, 25)}, to);

        const QPointF expected = QPointF(to - from) / mPreview->transform().pixelsPerMm();
        const QRectF after = mDocument->layout().items[arrow].rectMm;
        QCOMPARE(mDocument->selectedIndex(), arrow);
        QVERIFY(qAbs(after.left() - before.left() - expected.x()) < 1e-6);
        QVERIFY(qAbs(after.top() - before.top() - expected.y()) < 1e-6);
        QCOMPARE(after.size(), before.size());

        // The whole drag is one step of the history.
        QUndoStack *history = mDocument->undoStack();
        QCOMPARE(history->count(), 1);
        history->undo();
        QCOMPARE(mDocument->layout().items[arrow].rectMm, before);
        history->redo();
        QCOMPARE(mDocument->layout().items[arrow].rectMm, after);
    }

    // The wall map has no statistics table: the Add item menu puts one on the page, selected,
    // and undo takes it off again.
    void addItemPutsAMissingKindOnThePage()
    {
        QVERIFY(mDocument->missingKinds().contains(core::LayoutItemKind::StatisticsTable));
        QVERIFY(!mDocument->missingKinds().contains(core::LayoutItemKind::Map));
        QMenu *menu = mEditor->itemList()->addButton()->menu();
        emit menu->aboutToShow();
        QAction *table = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() ==
                core::PrintLayout::itemTitle(core::LayoutItemKind::StatisticsTable))
                table = action;
        }
        QVERIFY(table);
        table->trigger();
        const int added = indexOf(mDocument->layout(), core::LayoutItemKind::StatisticsTable);
        QVERIFY(added >= 0);
        QCOMPARE(mDocument->selectedIndex(), added);
        QVERIFY(onPage(mDocument->layout()));
        QCOMPARE(mEditor->itemList()->list()->count(), int(mDocument->layout().items.size()));
        QVERIFY(!mDocument->missingKinds().contains(core::LayoutItemKind::StatisticsTable));
        mDocument->undoStack()->undo();
        QCOMPARE(indexOf(mDocument->layout(), core::LayoutItemKind::StatisticsTable), -1);
        mDocument->undoStack()->redo();
        QCOMPARE(indexOf(mDocument->layout(), core::LayoutItemKind::StatisticsTable), added);
    }

    // The table panel shows only for a table and sets its rows' source, layer and figures.
    void tablePanelSetsWhatTheTableShows()
    {
        QVERIFY(mEditor->openLayout(core::PrintLayout::reportPage().name));
        app::TableItemPanel *panel = mEditor->tablePanel();
        mDocument->select(indexOf(mDocument->layout(), core::LayoutItemKind::Legend));
        QVERIFY(panel->isHidden());
        const int table = indexOf(mDocument->layout(), core::LayoutItemKind::StatisticsTable);
        mDocument->select(table);
        QVERIFY(!panel->isHidden());
        QComboBox *layer = panel->layerBox();
        layer->setCurrentIndex(layer->findData(QStringLiteral("plates")));
        emit layer->activated(layer->currentIndex());
        QCOMPARE(mDocument->layout().items[table].layerId, QStringLiteral("plates"));
        QListWidget *figures = panel->indicatorList();
        QVERIFY(figures->count() > 1);
        figures->item(0)->setCheckState(Qt::Checked);
        const QString chosen = figures->item(0)->data(Qt::UserRole).toString();
        QCOMPARE(mDocument->layout().items[table].indicators, QStringList{chosen});
        QComboBox *source = panel->sourceBox();
        source->setCurrentIndex(source->findData(int(core::TableSource::Layer)));
        emit source->activated(source->currentIndex());
        QCOMPARE(mDocument->layout().items[table].source, core::TableSource::Layer);
        mDocument->undoStack()->undo();
        mDocument->undoStack()->undo();
        QVERIFY(mDocument->layout().items[table].indicators.isEmpty());
        QCOMPARE(panel->indicatorList()->item(0)->checkState(), Qt::Unchecked);
    }

    void handleDragResizesTheItem()
    {
        const int legend = indexOf(mDocument->layout(), core::LayoutItemKind::Legend);
        mDocument->select(legend);
        const QRectF before = mDocument->layout().items[legend].rectMm;
        const QPoint from = widgetPoint(before.bottomLeft());
        const QPoint to = from + QPoint(-20, -30);
        drag(from, {from + QPoint(-10, -15)}, to);

        const QPointF delta = QPointF(to - from) / mPreview->transform().pixelsPerMm();
        const QRectF after = mDocument->layout().items[legend].rectMm;
        // The bottom left handle moves the left and bottom edges; the others stay.
        QVERIFY(qAbs(after.left() - (before.left() + delta.x())) < 0.05);
        QVERIFY(qAbs(after.bottom() - (before.bottom() + delta.y())) < 0.05);
        QCOMPARE(after.top(), before.top());
        QCOMPARE(after.right(), before.right());
        mDocument->undoStack()->undo();
        QCOMPARE(mDocument->layout().items[legend].rectMm, before);
    }

    void itemsStayOnThePage()
    {
        const int legend = indexOf(mDocument->layout(), core::LayoutItemKind::Legend);
        const QPoint from = widgetPoint(mDocument->layout().items[legend].rectMm.center());
        drag(from, {}, from + QPoint(2000, 2000));
        const QRectF after = mDocument->layout().items[legend].rectMm;
        const QSizeF page = mDocument->layout().pageSizeMm();
        QVERIFY(qAbs(after.right() - page.width()) < 1e-9);
        QVERIFY(qAbs(after.bottom() - page.height()) < 1e-9);
    }

    void snapsToTheMargin()
    {
        mPreview->setSnapping(true);
        const int arrow = indexOf(mDocument->layout(), core::LayoutItemKind::NorthArrow);
        const QRectF before = mDocument->layout().items[arrow].rectMm;
        const double margin = mDocument->layout().printableRectMm().right();
        // Ends two pixels short of the right margin: the snap puts the edge on it.
        const QPoint from = widgetPoint(before.center());
        const double scale = mPreview->transform().pixelsPerMm();
        const int dx = qRound((margin - before.right()) * scale) - 2;
        drag(from, {}, from + QPoint(dx, qRound(30 * scale)));
        QVERIFY(qAbs(mDocument->layout().items[arrow].rectMm.right() - margin) < 1e-9);
    }

    void arrowKeysNudge()
    {
        const int title = indexOf(mDocument->layout(), core::LayoutItemKind::Title);
        mDocument->select(title);
        const QRectF before = mDocument->layout().items[title].rectMm;
        mPreview->setFocus();
        QTest::keyClick(mPreview, Qt::Key_Down);
        QTest::keyClick(mPreview, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(mDocument->layout().items[title].rectMm, before.translated(10, 1));
        mDocument->undoStack()->undo();
        mDocument->undoStack()->undo();
        QCOMPARE(mDocument->layout().items[title].rectMm, before);
    }

    void checkboxTogglesTheItem()
    {
        const int date = indexOf(mDocument->layout(), core::LayoutItemKind::Date);
        QListWidget *list = mEditor->itemList()->list();
        QCOMPARE(list->count(), int(mDocument->layout().items.size()));
        QCOMPARE(list->item(date)->text(),
                 core::PrintLayout::itemTitle(core::LayoutItemKind::Date));
        list->item(date)->setCheckState(Qt::Unchecked);
        QVERIFY(!mDocument->layout().items[date].visible);
        mDocument->undoStack()->undo();
        QVERIFY(mDocument->layout().items[date].visible);
        QCOMPARE(list->item(date)->checkState(), Qt::Checked);
        mDocument->undoStack()->redo();
        QVERIFY(!mDocument->layout().items[date].visible);
        QCOMPARE(list->item(date)->checkState(), Qt::Unchecked);
    }

    void listAndPreviewShareTheSelection()
    {
        QListWidget *list = mEditor->itemList()->list();
        const int legend = indexOf(mDocument->layout(), core::LayoutItemKind::Legend);
        list->setCurrentRow(legend);
        QCOMPARE(mDocument->selectedIndex(), legend);
        const int map = indexOf(mDocument->layout(), core::LayoutItemKind::Map);
        const QPoint inMap = widgetPoint(mDocument->layout().items[map].rectMm.center());
        QTest::mouseClick(mPreview, Qt::LeftButton, Qt::NoModifier, inMap);
        QCOMPARE(mDocument->selectedIndex(), map);
        QCOMPARE(list->currentRow(), map);
    }

    void propertiesEditTheSelectedItem()
    {
        const int title = indexOf(mDocument->layout(), core::LayoutItemKind::Title);
        mDocument->select(title);
        app::ItemPropertiesPanel *properties = mEditor->itemProperties();
        QVERIFY(properties->textEdit()->isVisibleTo(properties));
        properties->textEdit()->selectAll();
        QTest::keyClicks(properties->textEdit(), QStringLiteral("Plates"));
        QCOMPARE(mDocument->layout().items[title].text, QStringLiteral("Plates"));
        properties->widthBox()->setValue(120);
        QCOMPARE(mDocument->layout().items[title].rectMm.width(), 120.0);
        // Return takes the value and presses no button (no save).
        QTest::keyClick(properties->heightBox(), Qt::Key_Return);
        QVERIFY(!mProject->printLayout(mDocument->layout().name)
                     ->item(core::LayoutItemKind::Title)
                     ->text.startsWith(QStringLiteral("Plates")));
        // Typing is one step, the width another.
        QCOMPARE(mDocument->undoStack()->count(), 2);
        mDocument->undoStack()->undo();
        mDocument->undoStack()->undo();
        QVERIFY(mDocument->layout().items[title] == core::PrintLayout::wallMap().items[title]);
        // The map has no text to edit.
        mDocument->select(indexOf(mDocument->layout(), core::LayoutItemKind::Map));
        QVERIFY(!properties->textEdit()->isVisibleTo(properties));
    }

    void paperChangeMovesItemsOntoTheNewPage()
    {
        QVERIFY(mEditor->openLayout(core::PrintLayout::reportPage().name));
        app::PagePanel *page = mEditor->pagePanel();
        page->paperBox()->setCurrentIndex(page->paperBox()->findData(int(core::PaperSize::A2)));
        page->orientationBox()->setCurrentIndex(
            page->orientationBox()->findData(int(core::PageOrientation::Landscape)));
        const core::PrintLayout &layout = mDocument->layout();
        QCOMPARE(layout.paper, core::PaperSize::A2);
        QCOMPARE(layout.orientation, core::PageOrientation::Landscape);
        QCOMPARE(layout.pageSizeMm(), QSizeF(594, 420));
        QCOMPARE(layout.items.size(), core::PrintLayout::reportPage().items.size());
        QVERIFY(onPage(layout));
        mDocument->undoStack()->undo();
        mDocument->undoStack()->undo();
        QCOMPARE(mDocument->layout().pageSizeMm(), QSizeF(210, 297));
        QCOMPARE(page->paperBox()->currentData().toInt(), int(core::PaperSize::A4));
    }

    void customPaperKeepsEveryItemOnThePage()
    {
        app::PagePanel *page = mEditor->pagePanel();
        page->paperBox()->setCurrentIndex(page->paperBox()->findData(int(core::PaperSize::Custom)));
        QCOMPARE(mDocument->layout().paper, core::PaperSize::Custom);
        QCOMPARE(mDocument->layout().pageSizeMm(), core::PrintLayout::wallMap().pageSizeMm());
        QVERIFY(page->widthBox()->isEnabled());
        page->widthBox()->setValue(300);
        QCOMPARE(mDocument->layout().pageSizeMm().width(), 300.0);
        QVERIFY(onPage(mDocument->layout()));
    }

    // A CRS of the frame's own carries a fixed extent over into it: the same place, in metres.
    void frameCrsReprojectsTheExtent()
    {
        app::MapFramePanel *frame = mEditor->mapFrame();
        frame->setFromCanvas();
        const gis::Box before = *mDocument->layout().map.extent;
        QString error;
        const gis::Crs gaussKruger = gis::Crs::fromUserInput(QStringLiteral("EPSG:4551"), &error);
        QVERIFY2(gaussKruger.isValid(), qPrintable(error));
        frame->setCrs(gaussKruger);
        const core::MapFrameSettings &map = mDocument->layout().map;
        QVERIFY(map.crs && map.crs->isEquivalentTo(gaussKruger));
        const gis::CoordinateTransform transform(mProject->crs(), gaussKruger);
        const gis::Box expected = transform.transformBox(before);
        QCOMPARE(map.extent->min_corner().x(), expected.min_corner().x());
        QCOMPARE(map.extent->max_corner().y(), expected.max_corner().y());
        QCOMPARE(frame->crsBox()->currentData().toString(), QStringLiteral("EPSG:4551"));
        mDocument->undoStack()->undo();
        QCOMPARE(mDocument->layout().map.extent->min_corner().x(), before.min_corner().x());
    }

    void setFromCanvasFixesTheExtent()
    {
        app::MapFramePanel *frame = mEditor->mapFrame();
        QVERIFY(frame->followButton()->isChecked());
        frame->fromCanvasButton()->click();
        QVERIFY(mDocument->layout().map.extent);
        QVERIFY(mDocument->layout().map.crs->isEquivalentTo(mProject->crs()));
        QVERIFY(frame->fixedButton()->isChecked());
        frame->fixedScaleBox()->setChecked(true);
        frame->scaleBox()->setValue(2'000'000);
        QVERIFY(mDocument->layout().map.scaleDenominator == std::optional<double>(2'000'000));
        frame->followButton()->setChecked(true);
        QVERIFY(!mDocument->layout().map.extent);
        mDocument->undoStack()->undo();
        QVERIFY(mDocument->layout().map.extent);
    }

    void saveKeepsTheLayoutInTheProjectAndItsFile()
    {
        const int arrow = indexOf(mDocument->layout(), core::LayoutItemKind::NorthArrow);
        mDocument->setItemRect(arrow, QRectF(30, 40, 20, 20));
        mProject->setModified(false);
        const QString name = QStringLiteral("Editor test wall map");
        mEditor->save(name);
        QVERIFY(mProject->isModified());
        QVERIFY(mDocument->undoStack()->isClean());
        const std::optional<core::PrintLayout> kept = mProject->printLayout(name);
        QVERIFY(kept);
        QCOMPARE(kept->items[arrow].rectMm, QRectF(30, 40, 20, 20));
        QVERIFY(mEditor->layoutChooser()->findText(name) >= 0);

        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("editor.planmap"));
        QString error;
        QVERIFY2(core::ProjectFile::write(*mProject, path, &error), qPrintable(error));
        const std::optional<core::ProjectData> read = core::ProjectFile::read(path, &error);
        QVERIFY2(read, qPrintable(error));
        const auto reopened =
            std::find_if(read->printLayouts.begin(), read->printLayouts.end(),
                         [&](const core::PrintLayout &layout) { return layout.name == name; });
        QVERIFY(reopened != read->printLayouts.end());
        QVERIFY(reopened->items == kept->items);
        QCOMPARE(reopened->pageSizeMm(), kept->pageSizeMm());

        // File → Export map… offers it.
        const app::ExportMapDialog exportDialog(*mProject);
        const QList<QComboBox *> boxes = exportDialog.findChildren<QComboBox *>();
        QVERIFY(std::any_of(boxes.begin(), boxes.end(),
                            [&](QComboBox *box) { return box->findText(name) >= 0; }));

        // The command line finds it by name.
        const QString png = folder.filePath(QStringLiteral("editor.png"));
        const testing::PlanmapRun run =
            testing::runPlanmap({QStringLiteral("export"), QStringLiteral("--project"), path,
                                 QStringLiteral("--layout"), name, QStringLiteral("--dpi"),
                                 QStringLiteral("30"), QStringLiteral("--out"), png});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFileInfo::exists(png));
    }

    void closingAsksAboutUnsavedEdits()
    {
        QStringList asked;
        app::SaveChoice answer = app::SaveChoice::Cancel;
        mEditor->setSavePrompt([&](QWidget *, const QString &name) {
            asked << name;
            return answer;
        });
        QVERIFY(mEditor->close()); // nothing edited: nothing to ask
        QVERIFY(asked.isEmpty());
        mEditor->show();
        const QString name = mDocument->layout().name;
        mDocument->setItemVisible(indexOf(mDocument->layout(), core::LayoutItemKind::Date), false);
        QVERIFY(!mEditor->close());
        QCOMPARE(asked, QStringList{name});
        QVERIFY(mEditor->isVisible());
        // Escape asks too.
        QTest::keyClick(mEditor.get(), Qt::Key_Escape);
        QCOMPARE(asked.size(), 2);
        QVERIFY(mEditor->isVisible());
        answer = app::SaveChoice::Save;
        QVERIFY(mEditor->close());
        QVERIFY(!mProject->printLayout(name)->item(core::LayoutItemKind::Date)->visible);
        // The preset's own arrangement comes back for the next tests.
        mEditor->document()->setItemVisible(
            indexOf(mDocument->layout(), core::LayoutItemKind::Date), true);
        mEditor->save();
    }

    void exportAndPrintHandTheEditedLayoutOver()
    {
        QSignalSpy exports(mEditor.get(), &app::LayoutEditorWindow::exportRequested);
        QSignalSpy prints(mEditor.get(), &app::LayoutEditorWindow::printRequested);
        const int date = indexOf(mDocument->layout(), core::LayoutItemKind::Date);
        mDocument->setItemVisible(date, false);
        for (QPushButton *button : mEditor->findChildren<QPushButton *>()) {
            if (button->text() == app::LayoutEditorWindow::tr("Export…") ||
                button->text() == app::LayoutEditorWindow::tr("Print…"))
                button->click();
        }
        QCOMPARE(exports.size(), 1);
        QCOMPARE(prints.size(), 1);
        const auto exported = exports.first().first().value<core::PrintLayout>();
        QVERIFY(exported == mDocument->layout());
        QVERIFY(!exported.items[date].visible);
    }

    void previewShowsTheRenderedMap()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!mPreview->image().isNull(), 30000);
        const QImage image = mPreview->image();
        const double pixelsPerMm = mPreview->imageDpi() / 25.4;
        const QRectF mapMm = mDocument->layout().item(core::LayoutItemKind::Map)->rectMm;
        const QRect map = QRectF(mapMm.topLeft() * pixelsPerMm, mapMm.size() * pixelsPerMm)
                              .toAlignedRect()
                              .intersected(image.rect());
        qint64 coloured = 0;
        for (int y = map.top(); y <= map.bottom(); ++y) {
            for (int x = map.left(); x <= map.right(); ++x)
                coloured += image.pixel(x, y) != qRgb(255, 255, 255);
        }
        QVERIFY2(
            coloured > map.width() * qint64(map.height()) / 4,
            qPrintable(QStringLiteral("%1 of %2").arg(coloured).arg(map.width() * map.height())));
    }

    void previewIsWhatTheExportWrites()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!mPreview->image().isNull(), 30000);
        const QImage shown = mPreview->image();
        const double dpi = mPreview->imageDpi();
        const core::PrintLayout &layout = mDocument->layout();
        const core::LayoutExporter exporter(
            core::LayoutRenderer(layout, core::LayoutContent::fromProject(*mProject, layout)));
        QTemporaryDir folder;
        const QString png = folder.filePath(QStringLiteral("page.png"));
        QString error;
        QVERIFY2(exporter.write(png, dpi, &error), qPrintable(error));
        const QImage exported = QImage(png).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(exported.size(), shown.size());
        QVERIFY(differingShare(shown, exported, 8) < 0.002);
        // The preview's own path at the same dpi gives the exporter's pixels.
        const QImage direct = app::PreviewRenderer::renderPage(exporter.renderer(), dpi);
        QVERIFY(differingShare(direct, exported, 8) < 0.002);
    }

    void zoomingRendersAtTheNewScale()
    {
        const double fit = mPreview->transform().pixelsPerMm();
        QTRY_VERIFY_WITH_TIMEOUT(!mPreview->image().isNull(), 30000);
        const double fitDpi = mPreview->imageDpi();
        mPreview->zoomIn();
        QCOMPARE(mPreview->transform().pixelsPerMm(), fit * 1.25);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(mPreview->imageDpi() - fitDpi * 1.25) < 1e-6, 30000);
        mPreview->zoomOut();
        mPreview->zoomOut(); // no further out than the whole page
        QCOMPARE(mPreview->transform().pixelsPerMm(), fit);
    }

    void fileMenuOpensTheEditorOnTheCanvasView()
    {
        const std::unique_ptr<app::MainWindow> window = testing::openBundledWindow();
        QVERIFY(window);
        QAction *action = nullptr;
        for (QAction *candidate : window->menuBar()->actions().first()->menu()->actions()) {
            if (candidate->text() == app::MainWindow::tr("&Layout editor…"))
                action = candidate;
        }
        QVERIFY(action);
        action->trigger();
        auto *editor = window->findChild<app::LayoutEditorWindow *>();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        editor->setSavePrompt([](QWidget *, const QString &) { return app::SaveChoice::Discard; });
        editor->mapFrame()->fromCanvasButton()->click();
        const gis::Box shown = window->canvas()->visibleExtent();
        const gis::Box framed = *editor->document()->layout().map.extent;
        QCOMPARE(framed.min_corner().x(), shown.min_corner().x());
        QCOMPARE(framed.max_corner().y(), shown.max_corner().y());
        editor->close();
    }

    // PLANMAP_SCREENSHOT_DIR=DIR build/tests/app_tests tst_layouteditor saveScreenshot
    void saveScreenshot()
    {
        const QString shots = qEnvironmentVariable("PLANMAP_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("PLANMAP_SCREENSHOT_DIR is not set");
        mDocument->select(indexOf(mDocument->layout(), core::LayoutItemKind::Legend));
        QTRY_VERIFY_WITH_TIMEOUT(!mPreview->image().isNull(), 30000);
        QTest::qWait(300);
        // Scaled down and fully compressed: docs/layout-editor.png is this file.
        const QImage shot = mEditor->grab().toImage().scaledToWidth(1000, Qt::SmoothTransformation);
        QVERIFY(shot.save(QDir(shots).filePath(QStringLiteral("layout-editor.png")), "PNG", 0));
        // Mid-drag: the last render with the outline where the mouse is.
        const QPoint from = widgetPoint(mDocument->selectedItem()->rectMm.center());
        QTest::mousePress(mPreview, Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(mPreview, from + QPoint(-120, 60));
        QVERIFY(mPreview->grab().save(QDir(shots).filePath(QStringLiteral("drag.png"))));
        QTest::mouseRelease(mPreview, Qt::LeftButton, Qt::NoModifier, from + QPoint(-120, 60));
        QSignalSpy rendered(mPreview, &app::LayoutPreview::imageUpdated);
        mPreview->zoomIn();
        mPreview->zoomIn();
        mPreview->zoomIn();
        QVERIFY(rendered.wait(30000));
        QVERIFY(mPreview->grab().save(QDir(shots).filePath(QStringLiteral("zoom.png"))));
    }

private:
    QPoint widgetPoint(QPointF mm) const { return mPreview->transform().toWidget(mm).toPoint(); }

    void drag(QPoint from, const QVector<QPoint> &through, QPoint to)
    {
        QTest::mousePress(mPreview, Qt::LeftButton, Qt::NoModifier, from);
        for (QPoint point : through)
            QTest::mouseMove(mPreview, point);
        QTest::mouseMove(mPreview, to);
        QTest::mouseRelease(mPreview, Qt::LeftButton, Qt::NoModifier, to);
    }

    std::unique_ptr<core::PlanProject> mProject;
    std::unique_ptr<app::LayoutEditorWindow> mEditor;
    app::LayoutDocument *mDocument = nullptr;
    app::LayoutPreview *mPreview = nullptr;
};

PLANMAP_TEST(tst_layouteditor)
#include "tst_layouteditor.moc"
