#include "exportatlasdialog.h"

#include "docks/layercombobox.h"

#include "layout/atlas.h"
#include "layout/exportquality.h"
#include "project/planproject.h"
#include "qualitychooser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace app {

namespace {

const QString onePdf = QStringLiteral("atlas-pdf");

// Layers an atlas can page through: vector layers with features, polygons first (plates,
// zones, counties are what planners page through).
QStringList atlasLayers(const core::PlanProject &project)
{
    QStringList polygons, others;
    for (const auto &layer : project.layers()) {
        if (layer->features().features.empty())
            continue;
        (layer->features().kind == gis::GeometryKind::Polygon ? polygons : others)
            .push_back(layer->id());
    }
    return polygons + others;
}

} // namespace

ExportAtlasDialog::ExportAtlasDialog(const core::PlanProject &project, QWidget *parent)
    : QDialog(parent)
    , mLayouts(project.printLayouts())
    , mLayout(new QComboBox(this))
    , mLayer(new LayerComboBox(this))
    , mQuality(new QualityChooser(this))
    , mOutput(new QComboBox(this))
    , mPath(new QLineEdit(this))
{
    setWindowTitle(tr("Export atlas"));
    for (const core::PrintLayout &layout : std::as_const(mLayouts))
        mLayout->addItem(layout.name);
    // A report page suits an atlas best: each feature with its table of figures.
    const int report = mLayout->findText(core::PrintLayout::reportPage().name);
    mLayout->setCurrentIndex(std::max(0, report));
    mLayer->setLayers(&project, atlasLayers(project));
    mOutput->addItem(tr("One PDF, a page per feature"), onePdf);
    mOutput->addItem(tr("A PDF per feature"), QStringLiteral("pdf"));
    mOutput->addItem(tr("An SVG per feature"), QStringLiteral("svg"));
    mOutput->addItem(tr("A PNG per feature"), QStringLiteral("png"));
    mOutput->addItem(tr("A TIFF per feature"), QStringLiteral("tif"));
    mPath->setText(QDir::home().filePath(QStringLiteral("atlas.pdf")));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Layout:"), mLayout);
    form->addRow(tr("A page for each feature of:"), mLayer);
    mQuality->addRows(form);
    form->addRow(tr("Output:"), mOutput);
    form->addRow(tr("File or folder:"), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(mOutput, &QComboBox::currentIndexChanged, this, &ExportAtlasDialog::outputChosen);
    connect(browse, &QPushButton::clicked, this, &ExportAtlasDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

core::PrintLayout ExportAtlasDialog::layout() const
{
    return mLayouts.value(mLayout->currentIndex(), mLayouts.value(0));
}

QString ExportAtlasDialog::layerId() const
{
    return mLayer->currentLayerId();
}

core::ExportOptions ExportAtlasDialog::options() const
{
    return mQuality->options();
}

bool ExportAtlasDialog::isFilePerFeature() const
{
    return mOutput->currentData().toString() != onePdf;
}

QString ExportAtlasDialog::outputPath() const
{
    if (!isFilePerFeature())
        return mPath->text();
    return QDir(mPath->text())
        .filePath(core::Atlas::namePlaceholder() + u'.' + mOutput->currentData().toString());
}

void ExportAtlasDialog::setFolderOrFile(const QString &path)
{
    mPath->setText(path);
}

void ExportAtlasDialog::outputChosen()
{
    // One PDF names a file; files per feature go into a folder named like it.
    const QFileInfo current(mPath->text());
    if (isFilePerFeature() && current.suffix().compare(u"pdf", Qt::CaseInsensitive) == 0)
        mPath->setText(current.dir().filePath(current.completeBaseName()));
    else if (!isFilePerFeature() && current.suffix().isEmpty())
        mPath->setText(current.filePath() + QStringLiteral(".pdf"));
}

void ExportAtlasDialog::browse()
{
    const QString chosen =
        isFilePerFeature()
            ? QFileDialog::getExistingDirectory(this, tr("Export atlas"), mPath->text())
            : QFileDialog::getSaveFileName(this, tr("Export atlas"), mPath->text(),
                                           tr("PDF files (*.pdf)"));
    if (!chosen.isEmpty())
        mPath->setText(chosen);
}

} // namespace app
