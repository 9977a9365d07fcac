#include "symbologypage.h"

#include "docks/symbolswatch.h"

#include "classify/colorramp.h"
#include "layer/vectorlayer.h"
#include "statistics/indicatornames.h"
#include "thematic/thematicstyler.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPainter>
#include <QSpinBox>
#include <QTableWidget>

namespace app {

namespace {

// The ramp as a strip of its colours, so that a planner picks it by eye.
QIcon rampPreview(const gis::ColorRamp &ramp)
{
    QPixmap pixmap(70, 14);
    QPainter painter(&pixmap);
    const QVector<QColor> colors = ramp.colors(7);
    for (int i = 0; i < colors.size(); ++i)
        painter.fillRect(QRect(i * 10, 0, 10, 14), colors[i]);
    return QIcon(pixmap);
}

QString rampTitle(const gis::ColorRamp &ramp)
{
    switch (ramp.kind()) {
    case gis::ColorRamp::Kind::Sequential:
        return SymbologyPage::tr("%1 (sequential)").arg(ramp.name());
    case gis::ColorRamp::Kind::Diverging:
        return SymbologyPage::tr("%1 (diverging)").arg(ramp.name());
    case gis::ColorRamp::Kind::Qualitative:
        break;
    }
    return SymbologyPage::tr("%1 (categories)").arg(ramp.name());
}

// A value choice's data: a field name, or the index of an indicator choice.
constexpr int indicatorRole = Qt::UserRole + 1;

} // namespace

SymbologyPage::SymbologyPage(const gis::VectorLayer &layer,
                             const std::optional<core::ThematicSpec> &theme,
                             const core::ThematicStyler &styler,
                             std::vector<core::IndicatorChoice> indicators, QWidget *parent)
    : QWidget(parent)
    , mLayer(layer)
    , mStyler(styler)
    , mIndicators(std::move(indicators))
{
    const core::ThematicSpec spec = theme.value_or(core::ThematicSpec());
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    mKind = new QComboBox;
    mKind->setObjectName(QStringLiteral("symbologyKind"));
    mKind->addItem(tr("Single symbol"), int(gis::StyleKind::Single));
    mKind->addItem(tr("Graduated"), int(gis::StyleKind::Graduated));
    mKind->addItem(tr("Categorized"), int(gis::StyleKind::Categorized));
    if (layer.features().kind == gis::GeometryKind::Point)
        mKind->addItem(tr("Proportional symbols"), int(gis::StyleKind::Proportional));
    mKind->setCurrentIndex(
        std::max(0, mKind->findData(int(theme ? spec.kind : gis::StyleKind::Single))));
    form->addRow(tr("S&ymbology:"), mKind);
    mField = new QComboBox;
    mField->setObjectName(QStringLiteral("symbologyField"));
    form->addRow(tr("&Values:"), mField);
    mMethod = new QComboBox;
    mMethod->setObjectName(QStringLiteral("classificationMethod"));
    mMethod->addItem(tr("Natural breaks (Jenks)"), int(gis::ClassificationMethod::NaturalBreaks));
    mMethod->addItem(tr("Quantile"), int(gis::ClassificationMethod::Quantile));
    mMethod->addItem(tr("Equal interval"), int(gis::ClassificationMethod::EqualInterval));
    mMethod->addItem(tr("Pretty breaks"), int(gis::ClassificationMethod::Pretty));
    mMethod->setCurrentIndex(std::max(0, mMethod->findData(int(spec.method))));
    form->addRow(tr("&Method:"), mMethod);
    mClasses = new QSpinBox;
    mClasses->setObjectName(QStringLiteral("classCount"));
    mClasses->setRange(2, 12);
    mClasses->setValue(spec.classCount);
    form->addRow(tr("&Classes:"), mClasses);
    mRamp = new QComboBox;
    mRamp->setObjectName(QStringLiteral("colorRamp"));
    mRamp->setIconSize(QSize(70, 14));
    for (const QString &name : gis::ColorRamp::names()) {
        const gis::ColorRamp ramp = *gis::ColorRamp::named(name);
        mRamp->addItem(rampPreview(ramp), rampTitle(ramp), name);
    }
    mRamp->setCurrentIndex(std::max(0, mRamp->findData(spec.ramp)));
    form->addRow(tr("Colour &ramp:"), mRamp);
    mInvert = new QCheckBox(tr("&Invert the ramp"));
    mInvert->setObjectName(QStringLiteral("invertRamp"));
    mInvert->setChecked(spec.invert);
    form->addRow(mInvert);
    mMaxSize = new QDoubleSpinBox;
    mMaxSize->setObjectName(QStringLiteral("maxMarkerSize"));
    mMaxSize->setRange(1, 50);
    mMaxSize->setSuffix(tr(" mm"));
    mMaxSize->setValue(spec.maxSizeMm);
    form->addRow(tr("Largest &marker:"), mMaxSize);
    mUnit = new QLineEdit(spec.unit);
    mUnit->setObjectName(QStringLiteral("unit"));
    form->addRow(tr("&Unit:"), mUnit);
    mPeriod = new QLineEdit(spec.periodLabel);
    mPeriod->setObjectName(QStringLiteral("periodLabel"));
    form->addRow(tr("&Period:"), mPeriod);
    mClassTable = new QTableWidget(0, 1);
    mClassTable->setObjectName(QStringLiteral("classTable"));
    mClassTable->setHorizontalHeaderLabels({tr("Legend")});
    mClassTable->horizontalHeader()->setStretchLastSection(true);
    mClassTable->verticalHeader()->hide();
    mClassTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    form->addRow(mClassTable);

    fillValueChoices();
    if (theme)
        selectValue(spec);
    connect(mKind, &QComboBox::currentIndexChanged, this, [this] {
        fillValueChoices();
        updateControls();
    });
    connect(mField, &QComboBox::currentIndexChanged, this, &SymbologyPage::onValueChosen);
    for (QComboBox *combo : {mMethod, mRamp})
        connect(combo, &QComboBox::currentIndexChanged, this, &SymbologyPage::updatePreview);
    connect(mClasses, &QSpinBox::valueChanged, this, &SymbologyPage::updatePreview);
    connect(mMaxSize, &QDoubleSpinBox::valueChanged, this, &SymbologyPage::updatePreview);
    connect(mInvert, &QCheckBox::toggled, this, &SymbologyPage::updatePreview);
    connect(mUnit, &QLineEdit::textChanged, this, &SymbologyPage::updatePreview);
    connect(mPeriod, &QLineEdit::textChanged, this, &SymbologyPage::updatePreview);
    updateControls();
}

void SymbologyPage::fillValueChoices()
{
    // Numbers for graduated and proportional maps, any field for categories; indicators are
    // numbers too.
    const auto kind = gis::StyleKind(mKind->currentData().toInt());
    const int current = mField->currentIndex();
    const QVariant currentField = current >= 0 ? mField->itemData(current) : QVariant();
    const QVariant currentIndicator =
        current >= 0 ? mField->itemData(current, indicatorRole) : QVariant();
    const QSignalBlocker blocker(mField);
    mField->clear();
    for (const gis::Field &field : mLayer.features().fields) {
        if (kind == gis::StyleKind::Categorized || field.isNumeric())
            mField->addItem(field.name, field.name);
    }
    if (kind != gis::StyleKind::Categorized) {
        for (std::size_t i = 0; i < mIndicators.size(); ++i) {
            const core::IndicatorChoice &choice = mIndicators[i];
            const QString name = core::IndicatorNames::displayName(choice.indicator);
            mField->addItem(choice.period.isEmpty()
                                ? tr("Indicator: %1").arg(name)
                                : tr("Indicator: %1 (%2)").arg(name, choice.period));
            mField->setItemData(mField->count() - 1, int(i), indicatorRole);
        }
    }
    // (findData of an invalid variant would match the indicators, which have no field name.)
    int index = 0;
    if (currentIndicator.isValid())
        index = mField->findData(currentIndicator, indicatorRole);
    else if (currentField.isValid())
        index = mField->findData(currentField);
    mField->setCurrentIndex(std::max(0, index));
}

void SymbologyPage::selectValue(const core::ThematicSpec &spec)
{
    if (spec.source == core::ThematicValueSource::Field) {
        mField->setCurrentIndex(std::max(0, mField->findData(spec.field)));
        return;
    }
    for (std::size_t i = 0; i < mIndicators.size(); ++i) {
        if (mIndicators[i].indicator == spec.indicator && mIndicators[i].period == spec.period)
            mField->setCurrentIndex(mField->findData(int(i), indicatorRole));
    }
}

void SymbologyPage::onValueChosen()
{
    // An indicator brings its unit and period into the legend title, unless typed already.
    const QVariant indicator = mField->currentData(indicatorRole);
    if (indicator.isValid()) {
        const core::IndicatorChoice &choice = mIndicators[std::size_t(indicator.toInt())];
        if (mUnit->text().isEmpty())
            mUnit->setText(choice.unit);
        if (mPeriod->text().isEmpty())
            mPeriod->setText(choice.period);
    }
    updatePreview();
}

void SymbologyPage::updateControls()
{
    const auto kind = gis::StyleKind(mKind->currentData().toInt());
    const bool themed = kind != gis::StyleKind::Single;
    const bool graduated = kind == gis::StyleKind::Graduated;
    mField->setEnabled(themed);
    mMethod->setEnabled(graduated);
    mClasses->setEnabled(graduated);
    mRamp->setEnabled(themed);
    mInvert->setEnabled(themed && kind != gis::StyleKind::Proportional);
    mMaxSize->setEnabled(kind == gis::StyleKind::Proportional);
    mUnit->setEnabled(themed);
    mPeriod->setEnabled(themed);
    updatePreview();
}

std::optional<core::ThematicSpec> SymbologyPage::spec() const
{
    const auto kind = gis::StyleKind(mKind->currentData().toInt());
    if (kind == gis::StyleKind::Single || mField->currentIndex() < 0)
        return std::nullopt;
    core::ThematicSpec spec;
    spec.layerId = mLayer.id();
    spec.kind = kind;
    const QVariant indicator = mField->currentData(indicatorRole);
    if (indicator.isValid()) {
        const core::IndicatorChoice &choice = mIndicators[std::size_t(indicator.toInt())];
        spec.source = core::ThematicValueSource::Indicator;
        spec.indicator = choice.indicator;
        spec.period = choice.period;
    } else {
        spec.field = mField->currentData().toString();
    }
    spec.method = gis::ClassificationMethod(mMethod->currentData().toInt());
    spec.classCount = mClasses->value();
    spec.ramp = mRamp->currentData().toString();
    spec.invert = mInvert->isChecked();
    spec.maxSizeMm = mMaxSize->value();
    spec.unit = mUnit->text().trimmed();
    spec.periodLabel = mPeriod->text().trimmed();
    return spec;
}

void SymbologyPage::updatePreview()
{
    mClassTable->setRowCount(0);
    const std::optional<core::ThematicSpec> current = spec();
    if (!current)
        return;
    // The layer stays as it is until Apply: the preview styles a copy.
    gis::VectorLayer preview(mLayer);
    mStyler.apply(*current, preview);
    const gis::Legend legend = core::ThematicStyler::legend(preview);
    mClassTable->setHorizontalHeaderLabels({legend.title});
    const bool proportional = current->kind == gis::StyleKind::Proportional;
    double largestMm = 0.0;
    for (const gis::LegendEntry &entry : legend.entries)
        largestMm = std::max(largestMm, entry.symbol.markerSizeMm);
    for (const gis::LegendEntry &entry : legend.entries) {
        const int row = mClassTable->rowCount();
        mClassTable->insertRow(row);
        auto *item = new QTableWidgetItem(
            symbolSwatch(entry.symbol, mLayer.features().kind,
                         proportional ? entry.symbol.markerSizeMm : 0.0, largestMm),
            entry.label);
        mClassTable->setItem(row, 0, item);
    }
}

} // namespace app
