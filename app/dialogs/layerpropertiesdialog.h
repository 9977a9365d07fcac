#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QSlider;

namespace core {
class PlanProject;
}
namespace gis {
class VectorLayer;
struct LabelSettings;
} // namespace gis

namespace app {

class ColorButton;
class SymbologyPage;

// Edits one layer: title, opacity and scale range for every layer; fill, outline, dash,
// marker (shape or SVG icon), symbology (single or thematic) and labels for a vector layer. Changes
// reach the layer only through the project, on Apply or OK.
class LayerPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    LayerPropertiesDialog(core::PlanProject *project, const QString &layerId,
                          QWidget *parent = nullptr);

    void apply();

private:
    QWidget *createGeneralPage();
    QComboBox *createKeyFieldChoice(const gis::VectorLayer &layer);
    QWidget *createStylePage(const gis::VectorLayer &layer);
    QWidget *createLabelPage(const gis::VectorLayer &layer);
    void fillMarkerChoices(const QString &currentSvg, int currentShape);
    void onMarkerChosen(int index);
    void applyStyle();
    void fillLabelValueChoices(const gis::LabelSettings &labels);

    QPointer<core::PlanProject> mProject;
    QString mLayerId;
    QLineEdit *mTitle = nullptr;
    QSlider *mOpacity = nullptr;
    QDoubleSpinBox *mMinScale = nullptr;
    QDoubleSpinBox *mMaxScale = nullptr;
    ColorButton *mFill = nullptr;
    ColorButton *mOutline = nullptr;
    QDoubleSpinBox *mOutlineWidth = nullptr;
    QComboBox *mDash = nullptr;
    QComboBox *mMarker = nullptr;
    QDoubleSpinBox *mMarkerSize = nullptr;
    QCheckBox *mLabelsEnabled = nullptr;
    QComboBox *mLabelField = nullptr;
    QDoubleSpinBox *mLabelSize = nullptr;
    QComboBox *mLabelValue = nullptr;
    SymbologyPage *mSymbology = nullptr;
    QComboBox *mKeyField = nullptr;
    int mLastMarker = 0;
};

} // namespace app
