#pragma once

#include "thematic/thematicspec.h"

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
// or proportional by one of its fields, with method, class count, colour ramp and legend
// wording. The class table previews what Apply will draw.
class SymbologyPage : public QWidget
{
    Q_OBJECT
public:
    SymbologyPage(const gis::VectorLayer &layer, const std::optional<core::ThematicSpec> &theme,
                  QWidget *parent = nullptr);

    // Nothing for a single symbol.
    std::optional<core::ThematicSpec> spec() const;

private:
    void fillFields();
    void updateControls();
    void updatePreview();

    const gis::VectorLayer &mLayer;
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
