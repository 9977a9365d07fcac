#include "importstatisticsdialog.h"

#include "project/planproject.h"
#include "statistics/statisticsmodel.h"
#include "statistics/unitformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace app {

ImportStatisticsDialog::ImportStatisticsDialog(core::PlanProject *project, QWidget *parent)
    : QDialog(parent)
    , mProject(project)
    , mFile(new QLineEdit(this))
    , mLayer(new QComboBox(this))
    , mKey(new QComboBox(this))
    , mIndicators(new QListWidget(this))
    , mUnit(new QComboBox(this))
    , mPeriod(new QLineEdit(this))
    , mSource(new QLineEdit(this))
    , mReport(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Import statistics"));
    mFile->setReadOnly(true);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ImportStatisticsDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(mFile);
    fileRow->addWidget(browseButton);
    for (const QString &id : project->statisticsModel()->joinableLayerIds())
        mLayer->addItem(project->layer(id)->title(), id);
    connect(mLayer, &QComboBox::currentIndexChanged, this,
            &ImportStatisticsDialog::chooseLayersKeyColumn);
    mUnit->setEditable(true);
    mUnit->addItems(core::UnitFormat::commonUnits());
    mPeriod->setPlaceholderText(tr("e.g. 2021 or 2021-H1"));
    mSource->setPlaceholderText(tr("the file's name"));
    mReport->setReadOnly(true);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Features of layer:"), mLayer);
    form->addRow(tr("Key column:"), mKey);
    form->addRow(tr("Indicator columns:"), mIndicators);
    form->addRow(tr("Unit:"), mUnit);
    form->addRow(tr("Period:"), mPeriod);
    form->addRow(tr("Source:"), mSource);
    form->addRow(tr("Report:"), mReport);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *importButton = buttons->addButton(tr("Import"), QDialogButtonBox::ApplyRole);
    connect(importButton, &QPushButton::clicked, this, [this] { importNow(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ImportStatisticsDialog::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import statistics"), QString(),
                                     tr("Tables (*.csv *.xlsx *.ods *.gpkg *.dbf);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ImportStatisticsDialog::setFile(const QString &path)
{
    QString error;
    const auto columns = core::StatisticsImporter::columnsOf(path, {}, &error);
    mKey->clear();
    mIndicators->clear();
    if (!columns) {
        mReport->setPlainText(error);
        return false;
    }
    mPath = path;
    mFile->setText(path);
    mKey->addItems(*columns);
    for (const QString &column : *columns) {
        auto *item = new QListWidgetItem(column, mIndicators);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    chooseLayersKeyColumn();
    mReport->clear();
    return true;
}

// The column named like the layer's key field (adcode for counties…) is most likely the key.
void ImportStatisticsDialog::chooseLayersKeyColumn()
{
    if (!mProject)
        return;
    const QString keyField =
        mProject->statisticsModel()->joinFor(mLayer->currentData().toString()).keyField();
    if (mKey->findText(keyField) >= 0)
        setKeyColumn(keyField);
}

void ImportStatisticsDialog::setLayer(const QString &layerId)
{
    mLayer->setCurrentIndex(mLayer->findData(layerId));
}

void ImportStatisticsDialog::setKeyColumn(const QString &column)
{
    mKey->setCurrentText(column);
    for (int i = 0; i < mIndicators->count(); ++i) {
        if (mIndicators->item(i)->text() == column)
            mIndicators->item(i)->setCheckState(Qt::Unchecked); // a key is no figure
    }
}

void ImportStatisticsDialog::setIndicatorColumns(const QStringList &columns)
{
    for (int i = 0; i < mIndicators->count(); ++i) {
        QListWidgetItem *item = mIndicators->item(i);
        item->setCheckState(columns.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

void ImportStatisticsDialog::setUnit(const QString &unit)
{
    mUnit->setCurrentText(unit);
}

void ImportStatisticsDialog::setPeriod(const QString &period)
{
    mPeriod->setText(period);
}

core::StatisticsImportOptions ImportStatisticsDialog::options() const
{
    core::StatisticsImportOptions options;
    options.path = mPath;
    options.keyColumn = mKey->currentText();
    for (int i = 0; i < mIndicators->count(); ++i) {
        const QListWidgetItem *item = mIndicators->item(i);
        if (item->checkState() == Qt::Checked && item->text() != options.keyColumn)
            options.indicatorColumns.push_back(item->text());
    }
    options.unit = mUnit->currentText();
    options.period = mPeriod->text().trimmed();
    options.source = mSource->text().trimmed();
    return options;
}

core::StatisticsImportReport ImportStatisticsDialog::importNow()
{
    const QString layerId = mLayer->currentData().toString();
    const gis::VectorLayer *layer = mProject ? mProject->layer(layerId) : nullptr;
    core::StatisticsImportReport report;
    if (!layer || mPath.isEmpty() || options().indicatorColumns.isEmpty()) {
        report.error = tr("Choose a file, a layer and at least one indicator column.");
    } else {
        core::StatisticsModel *model = mProject->statisticsModel();
        const auto result =
            core::StatisticsImporter::import(options(), layer->features(), model->joinFor(layerId));
        if (!result.table.isEmpty())
            model->addImported(result.table);
        report = result.report;
    }
    mReport->setPlainText(report.messages().join(u'\n'));
    return report;
}

QString ImportStatisticsDialog::reportText() const
{
    return mReport->toPlainText();
}

} // namespace app
