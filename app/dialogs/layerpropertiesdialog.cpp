#include "layerpropertiesdialog.h"

#include "colorbutton.h"
#include "symbologypage.h"

#include "project/planproject.h"
#include "render/svgmarker.h"
#include "statistics/indicatornames.h"
#include "statistics/statisticsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QVBoxLayout>

namespace app {

namespace {

// Marker choices carry either a shape number or an SVG path; this one asks for a file.
const QString otherSvgChoice = QStringLiteral("other-svg");

QDoubleSpinBox *scaleSpinBox(double denominator, const QString &objectName)
{
    auto *spin = new QDoubleSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(0, 1e9);
    spin->setDecimals(0);
    spin->setSingleStep(1000);
    spin->setPrefix(QStringLiteral("1:"));
    spin->setSpecialValueText(LayerPropertiesDialog::tr("No limit"));
    spin->setValue(denominator);
    return spin;
}

QDoubleSpinBox *millimetreSpinBox(double value, double maximum, const QString &objectName)
{
    auto *spin = new QDoubleSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(0, maximum);
    spin->setDecimals(2);
    spin->setSingleStep(0.1);
    spin->setSuffix(LayerPropertiesDialog::tr(" mm"));
    spin->setValue(value);
    return spin;
}

QString iconTitle(const QString &path)
{
    const QString name = QFileInfo(path).completeBaseName();
    if (name == u"city")
        return LayerPropertiesDialog::tr("City");
    if (name == u"airport")
        return LayerPropertiesDialog::tr("Airport");
    if (name == u"port")
        return LayerPropertiesDialog::tr("Port");
    if (name == u"factory")
        return LayerPropertiesDialog::tr("Factory");
    if (name == u"park")
        return LayerPropertiesDialog::tr("Park");
    if (name == u"railstation")
        return LayerPropertiesDialog::tr("Rail station");
    return QFileInfo(path).fileName();
}

} // namespace

LayerPropertiesDialog::LayerPropertiesDialog(core::PlanProject *project, const QString &layerId,
                                             QWidget *parent)
    : QDialog(parent)
    , mProject(project)
    , mLayerId(layerId)
{
    setObjectName(QStringLiteral("LayerPropertiesDialog"));
    const gis::MapLayer *layer = project->mapLayer(layerId);
    setWindowTitle(tr("Layer properties — %1").arg(layer ? layer->title() : layerId));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createGeneralPage(), tr("General"));
    if (const gis::VectorLayer *vector = project->layer(layerId)) {
        tabs->addTab(createStylePage(*vector), tr("Style"));
        mSymbology = new SymbologyPage(*vector, project->layerTheme(layerId), project->styler(),
                                       project->indicatorChoices(layerId));
        tabs->addTab(mSymbology, tr("Symbology"));
        tabs->addTab(createLabelPage(*vector), tr("Labels"));
    }
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &LayerPropertiesDialog::apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

QWidget *LayerPropertiesDialog::createGeneralPage()
{
    const gis::MapLayer *layer = mProject->mapLayer(mLayerId);
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    mTitle = new QLineEdit(layer->title());
    mTitle->setObjectName(QStringLiteral("title"));
    form->addRow(tr("&Title:"), mTitle);
    mOpacity = new QSlider(Qt::Horizontal);
    mOpacity->setObjectName(QStringLiteral("opacity"));
    mOpacity->setRange(0, 100);
    mOpacity->setValue(qRound(layer->opacity() * 100));
    auto *percent = new QLabel;
    connect(mOpacity, &QSlider::valueChanged, percent,
            [percent](int value) { percent->setText(tr("%1 %").arg(value)); });
    percent->setText(tr("%1 %").arg(mOpacity->value()));
    auto *opacityRow = new QHBoxLayout;
    opacityRow->addWidget(mOpacity);
    opacityRow->addWidget(percent);
    auto *opacityLabel = new QLabel(tr("&Opacity:"));
    opacityLabel->setBuddy(mOpacity);
    form->addRow(opacityLabel, opacityRow);
    mMaxScale = scaleSpinBox(layer->scaleRange().maxDenominator, QStringLiteral("maxScale"));
    form->addRow(tr("Hide when zoomed &out beyond:"), mMaxScale);
    mMinScale = scaleSpinBox(layer->scaleRange().minDenominator, QStringLiteral("minScale"));
    form->addRow(tr("Hide when zoomed &in beyond:"), mMinScale);
    if (const gis::VectorLayer *vector = mProject->layer(mLayerId))
        form->addRow(tr("Figures join by &field:"), createKeyFieldChoice(*vector));
    return page;
}

// Any field can name a layer's features for the figures, so a user's layer joins by the
// field its table uses; "None" stands for the usual one when the layer lacks it.
QComboBox *LayerPropertiesDialog::createKeyFieldChoice(const gis::VectorLayer &layer)
{
    mKeyField = new QComboBox;
    mKeyField->setObjectName(QStringLiteral("keyField"));
    const QString current = mProject->statisticsModel()->joinFor(mLayerId).keyField();
    if (layer.features().fieldIndex(current) < 0)
        mKeyField->addItem(tr("None"), QString());
    for (const gis::Field &field : layer.features().fields)
        mKeyField->addItem(field.name, field.name);
    mKeyField->setCurrentIndex(std::max(0, mKeyField->findData(current)));
    return mKeyField;
}

QWidget *LayerPropertiesDialog::createStylePage(const gis::VectorLayer &layer)
{
    const gis::Symbol &symbol = layer.symbol();
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    mFill = new ColorButton;
    mFill->setObjectName(QStringLiteral("fill"));
    mFill->setColor(symbol.fillColor);
    form->addRow(tr("&Fill colour:"), mFill);
    mOutline = new ColorButton;
    mOutline->setObjectName(QStringLiteral("outline"));
    mOutline->setColor(symbol.strokeColor);
    form->addRow(tr("O&utline colour:"), mOutline);
    mOutlineWidth = millimetreSpinBox(symbol.strokeWidthMm, 20, QStringLiteral("outlineWidth"));
    form->addRow(tr("Outline &width:"), mOutlineWidth);
    mDash = new QComboBox;
    mDash->setObjectName(QStringLiteral("dash"));
    mDash->addItem(tr("Solid"), int(Qt::SolidLine));
    mDash->addItem(tr("Dashed"), int(Qt::DashLine));
    mDash->addItem(tr("Dotted"), int(Qt::DotLine));
    mDash->addItem(tr("Dash-dot"), int(Qt::DashDotLine));
    mDash->addItem(tr("No outline"), int(Qt::NoPen));
    mDash->setCurrentIndex(std::max(0, mDash->findData(int(symbol.strokeStyle))));
    form->addRow(tr("&Dash:"), mDash);
    mMarker = new QComboBox;
    mMarker->setObjectName(QStringLiteral("marker"));
    fillMarkerChoices(symbol.markerSvg, int(symbol.marker));
    connect(mMarker, &QComboBox::activated, this, &LayerPropertiesDialog::onMarkerChosen);
    form->addRow(tr("&Marker:"), mMarker);
    mMarkerSize = millimetreSpinBox(symbol.markerSizeMm, 50, QStringLiteral("markerSize"));
    form->addRow(tr("Marker &size:"), mMarkerSize);
    return page;
}

void LayerPropertiesDialog::fillMarkerChoices(const QString &currentSvg, int currentShape)
{
    const QString shapes[] = {tr("Circle"), tr("Square"), tr("Triangle"), tr("Star"),
                              tr("Diamond")};
    for (int i = 0; i < 5; ++i)
        mMarker->addItem(shapes[i], i);
    QStringList icons = gis::bundledMarkerIcons();
    if (!currentSvg.isEmpty() && !icons.contains(currentSvg))
        icons.push_back(currentSvg);
    for (const QString &icon : icons)
        mMarker->addItem(QIcon(icon), iconTitle(icon), icon);
    mMarker->addItem(tr("Other SVG file…"), otherSvgChoice);
    mMarker->setCurrentIndex(currentSvg.isEmpty() ? currentShape : mMarker->findData(currentSvg));
    mLastMarker = mMarker->currentIndex();
}

void LayerPropertiesDialog::onMarkerChosen(int index)
{
    if (mMarker->itemData(index).toString() != otherSvgChoice) {
        mLastMarker = index;
        return;
    }
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Marker icon"), QString(), tr("SVG icons (*.svg)"));
    if (path.isEmpty()) {
        mMarker->setCurrentIndex(mLastMarker);
        return;
    }
    mMarker->insertItem(index, QIcon(path), iconTitle(path), path);
    mMarker->setCurrentIndex(index);
    mLastMarker = index;
}

QWidget *LayerPropertiesDialog::createLabelPage(const gis::VectorLayer &layer)
{
    const gis::LabelSettings &labels = layer.labels();
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    mLabelsEnabled = new QCheckBox(tr("&Label features"));
    mLabelsEnabled->setObjectName(QStringLiteral("labelsEnabled"));
    mLabelsEnabled->setChecked(labels.enabled);
    form->addRow(mLabelsEnabled);
    mLabelField = new QComboBox;
    mLabelField->setObjectName(QStringLiteral("labelField"));
    for (const gis::Field &field : layer.features().fields)
        mLabelField->addItem(field.name);
    mLabelField->setCurrentIndex(std::max(0, mLabelField->findText(labels.field)));
    form->addRow(tr("&Field:"), mLabelField);
    mLabelSize = new QDoubleSpinBox;
    mLabelSize->setObjectName(QStringLiteral("labelSize"));
    mLabelSize->setRange(4, 72);
    mLabelSize->setSuffix(tr(" pt"));
    mLabelSize->setValue(labels.sizePt);
    form->addRow(tr("&Size:"), mLabelSize);
    mLabelValue = new QComboBox;
    mLabelValue->setObjectName(QStringLiteral("labelValue"));
    mLabelValue->setToolTip(tr("A figure of the statistics written after each label"));
    fillLabelValueChoices(labels);
    form->addRow(tr("Figure &after the name:"), mLabelValue);
    return page;
}

void LayerPropertiesDialog::fillLabelValueChoices(const gis::LabelSettings &labels)
{
    mLabelValue->addItem(tr("None"), QStringList());
    for (const core::IndicatorChoice &choice : mProject->indicatorChoices(mLayerId)) {
        const QString name = core::IndicatorNames::displayName(choice.indicator);
        mLabelValue->addItem(choice.period.isEmpty()
                                 ? name
                                 : tr("%1, %2", "indicator, period").arg(name, choice.period),
                             QStringList{choice.indicator, choice.period});
    }
    const int current = mLabelValue->findData(QStringList{labels.valueKey, labels.valuePeriod});
    mLabelValue->setCurrentIndex(labels.valueKey.isEmpty() || current < 0 ? 0 : current);
}

void LayerPropertiesDialog::apply()
{
    if (!mProject || !mProject->mapLayer(mLayerId))
        return;
    mProject->setLayerTitle(mLayerId, mTitle->text().trimmed());
    mProject->setLayerOpacity(mLayerId, mOpacity->value() / 100.0);
    mProject->setLayerScaleRange(mLayerId, {mMinScale->value(), mMaxScale->value()});
    if (mProject->layer(mLayerId)) {
        applyStyle();
        mProject->statisticsModel()->setKeyField(mLayerId, mKeyField->currentData().toString());
    }
}

void LayerPropertiesDialog::applyStyle()
{
    const gis::VectorLayer *layer = mProject->layer(mLayerId);
    gis::Symbol symbol = layer->symbol();
    symbol.fillColor = mFill->color();
    symbol.strokeColor = mOutline->color();
    symbol.strokeWidthMm = mOutlineWidth->value();
    symbol.strokeStyle = static_cast<Qt::PenStyle>(mDash->currentData().toInt());
    const QVariant marker = mMarker->currentData();
    if (marker.typeId() == QMetaType::Int) {
        symbol.marker = static_cast<gis::MarkerShape>(marker.toInt());
        symbol.markerSvg.clear();
    } else if (marker.toString() != otherSvgChoice) {
        symbol.markerSvg = marker.toString();
    }
    symbol.markerSizeMm = mMarkerSize->value();
    mProject->setLayerSymbol(mLayerId, symbol);
    if (mProject->layerTheme(mLayerId) != mSymbology->spec())
        mProject->setLayerTheme(mLayerId, mSymbology->spec());
    gis::LabelSettings labels = layer->labels();
    labels.enabled = mLabelsEnabled->isChecked() && mLabelField->count() > 0;
    labels.field = mLabelField->currentText();
    labels.sizePt = mLabelSize->value();
    const QStringList value = mLabelValue->currentData().toStringList();
    labels.valueKey = value.value(0);
    labels.valuePeriod = value.value(1);
    mProject->setLayerLabels(mLayerId, labels);
}

} // namespace app
