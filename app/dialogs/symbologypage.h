#pragma once

#include "thematic/thematicstyler.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace gis {
class VectorLayer;
}

namespace app {

// The symbology of a vector layer: single symbol, or a thematic map graduated, categorized
// or proportional by one of its fields or (graduated, proportional) an indicator of the
// statistics, with method, class count, colour ramp and legend wording. The class table
// previews what Apply will draw.
class SymbologyPage : public QWidget
{
    Q_OBJECT
public:
    // `styler` computes the preview (with the project's indicator values); `indicators` are
    // offered beside the numeric fields.
    SymbologyPage(const gis::VectorLayer &layer, const std::optional<core::ThematicSpec> &theme,
                  const core::ThematicStyler &styler, std::vector<core::IndicatorChoice> indicators,
                  QWidget *parent = nullptr);

    // Nothing for a single symbol.
    std::optional<core::ThematicSpec> spec() const;

private:
    void fillValueChoices();
    void selectValue(const core::ThematicSpec &spec);
    void onValueChosen();
    void updateControls();
    void updatePreview();

    const gis::VectorLayer &mLayer;
    const core::ThematicStyler &mStyler;
    std::vector<core::IndicatorChoice> mIndicators;
    QComboBox *mKind = nullptr;
    QComboBox *mField = nullptr;
    QComboBox *mMethod = nullptr;
    QSpinBox *mClasses = nullptr;
    QComboBox *mRamp = nullptr;
    QCheckBox *mInvert = nullptr;
    QDoubleSpinBox *mMaxSize = nullptr;
    QLineEdit *mUnit = nullptr;
    QLineEdit *mPeriod = nullptr;
    QTableWidget *mClassTable = nullptr;
};

} // namespace app
