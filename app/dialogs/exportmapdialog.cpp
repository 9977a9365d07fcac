#include "exportmapdialog.h"

#include "layout/exportquality.h"
#include "layout/exportsizeestimate.h"
#include "project/planproject.h"
#include "qualitychooser.h"
#include "tasks/exportsizeestimator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace app {

namespace {

constexpr core::PaperSize papers[] = {core::PaperSize::A4, core::PaperSize::A3, core::PaperSize::A2,
                                      core::PaperSize::A1, core::PaperSize::A0};

} // namespace

ExportMapDialog::ExportMapDialog(const core::PlanProject &project, QWidget *parent)
    : QDialog(parent)
    , mProject(project)
    , mLayouts(project.printLayouts())
    , mLayout(new QComboBox(this))
    , mPaper(new QComboBox(this))
    , mOrientation(new QComboBox(this))
    , mQuality(new QualityChooser(this))
    , mFormat(new QComboBox(this))
    , mPath(new QLineEdit(this))
    , mExpectedSize(new QLabel(this))
    , mEstimator(new ExportSizeEstimator(this))
{
    setWindowTitle(tr("Export map"));
    for (const core::PrintLayout &layout : std::as_const(mLayouts))
        mLayout->addItem(layout.name);
    for (core::PaperSize paper : papers)
        mPaper->addItem(core::PrintLayout::paperName(paper), int(paper));
    mOrientation->addItem(tr("Landscape"), int(core::PageOrientation::Landscape));
    mOrientation->addItem(tr("Portrait"), int(core::PageOrientation::Portrait));
    mFormat->addItem(tr("PDF (vector, selectable text)"), QStringLiteral("pdf"));
    mFormat->addItem(tr("SVG (vector)"), QStringLiteral("svg"));
    mFormat->addItem(tr("PNG image"), QStringLiteral("png"));
    mFormat->addItem(tr("TIFF image"), QStringLiteral("tif"));
    mPath->setText(QDir::home().filePath(QStringLiteral("planmap.pdf")));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Layout:"), mLayout);
    form->addRow(tr("Paper:"), mPaper);
    form->addRow(tr("Orientation:"), mOrientation);
    mQuality->addRows(form);
    form->addRow(tr("Format:"), mFormat);
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Expected size:"), mExpectedSize);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(mLayout, &QComboBox::currentIndexChanged, this, &ExportMapDialog::layoutChosen);
    connect(mFormat, &QComboBox::currentIndexChanged, this, &ExportMapDialog::formatChosen);
    connect(browse, &QPushButton::clicked, this, &ExportMapDialog::browse);
    for (QComboBox *choice : {mLayout, mPaper, mOrientation, mFormat})
        connect(choice, &QComboBox::currentIndexChanged, this, &ExportMapDialog::estimateSize);
    connect(mQuality, &QualityChooser::changed, this, &ExportMapDialog::estimateSize);
    connect(mEstimator, &ExportSizeEstimator::estimating, this,
            [this] { mExpectedSize->setText(tr("working it out…")); });
    connect(mEstimator, &ExportSizeEstimator::estimated, this, &ExportMapDialog::showEstimate);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layoutChosen();
    estimateSize();
}

void ExportMapDialog::estimateSize()
{
    const auto format =
        core::LayoutExporter::formatForPath(u"map." + mFormat->currentData().toString());
    if (!format)
        return;
    const core::PrintLayout chosen = layout();
    mEstimator->request(core::LayoutExporter(core::LayoutRenderer(
                            chosen, core::LayoutContent::fromProject(mProject, chosen))),
                        *format, options());
}

void ExportMapDialog::showEstimate(std::optional<qint64> bytes)
{
    mExpectedSize->setText(bytes ? core::ExportSizeEstimate::described(*bytes)
                                 : tr("cannot be written with these choices"));
}

QString ExportMapDialog::expectedSizeText() const
{
    return mExpectedSize->text();
}

core::ExportOptions ExportMapDialog::options() const
{
    return mQuality->options();
}

void ExportMapDialog::layoutChosen()
{
    const int index = mLayout->currentIndex();
    if (index < 0 || index >= mLayouts.size())
        return;
    const core::PrintLayout &layout = mLayouts[index];
    if (layout.paper != core::PaperSize::Custom)
        mPaper->setCurrentIndex(mPaper->findData(int(layout.paper)));
    mOrientation->setCurrentIndex(mOrientation->findData(int(layout.orientation)));
}

void ExportMapDialog::formatChosen()
{
    const QFileInfo file(mPath->text());
    const QString suffix = mFormat->currentData().toString();
    if (file.suffix() != suffix)
        mPath->setText(file.dir().filePath(file.completeBaseName() + u'.' + suffix));
}

void ExportMapDialog::browse()
{
    const QString suffix = mFormat->currentData().toString();
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export map"), mPath->text(), tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportMapDialog::setPath(const QString &path)
{
    mPath->setText(path);
    const int format = mFormat->findData(QFileInfo(path).suffix().toLower());
    if (format >= 0)
        mFormat->setCurrentIndex(format);
}

core::PrintLayout ExportMapDialog::layout() const
{
    const core::PrintLayout chosen = mLayouts.value(mLayout->currentIndex(), mLayouts.value(0));
    return chosen.withPage(core::PaperSize(mPaper->currentData().toInt()),
                           core::PageOrientation(mOrientation->currentData().toInt()));
}

double ExportMapDialog::dpi() const
{
    return mQuality->dpi();
}

QString ExportMapDialog::path() const
{
    return mPath->text();
}

} // namespace app
