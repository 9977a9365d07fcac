#include "qualitychooser.h"

#include "layout/exportquality.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

namespace app {

QualityChooser::QualityChooser(QWidget *dialog)
    : QObject(dialog)
    , mQuality(new QComboBox(dialog))
    , mDpi(new QSpinBox(dialog))
{
    for (core::QualityPreset preset : core::ExportQuality::all)
        mQuality->addItem(core::ExportQuality::title(preset), int(preset));
    mQuality->setCurrentIndex(mQuality->findData(int(core::QualityPreset::Print)));
    mDpi->setRange(50, 1200);
    mDpi->setSingleStep(50);
    mDpi->setValue(qRound(core::ExportQuality::options(core::QualityPreset::Print).dpi));
    mDpi->setSuffix(tr(" dpi"));
    connect(mQuality, &QComboBox::currentIndexChanged, this, &QualityChooser::qualityChosen);
    connect(mQuality, &QComboBox::currentIndexChanged, this, &QualityChooser::changed);
    connect(mDpi, &QSpinBox::valueChanged, this, &QualityChooser::changed);
}

void QualityChooser::addRows(QFormLayout *form) const
{
    form->addRow(tr("Quality:"), mQuality);
    form->addRow(tr("Resolution:"), mDpi);
}

core::ExportOptions QualityChooser::options() const
{
    core::ExportOptions chosen =
        core::ExportQuality::options(core::QualityPreset(mQuality->currentData().toInt()));
    chosen.dpi = dpi();
    return chosen;
}

double QualityChooser::dpi() const
{
    return mDpi->value();
}

void QualityChooser::qualityChosen()
{
    mDpi->setValue(qRound(
        core::ExportQuality::options(core::QualityPreset(mQuality->currentData().toInt())).dpi));
}

} // namespace app
