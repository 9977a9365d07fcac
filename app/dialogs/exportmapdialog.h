#pragma once

#include "layout/exportoptions.h"
#include "layout/exportquality.h"
#include "layout/printlayout.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace core {
class PlanProject;
}

namespace app {

class ExportSizeEstimator;
class QualityChooser;

// File → Export map…: a layout of the project (a preset or one it keeps) on a chosen paper and
// orientation, written as PDF, SVG, PNG or TIFF at a quality (screen, print, press: the dpi and
// how much geometry detail goes), through the same exporter as `planmap export`. The file's
// expected size is shown as the choices change.
class ExportMapDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportMapDialog(const core::PlanProject &project, QWidget *parent = nullptr);

    // The chosen layout with the chosen paper and orientation.
    core::PrintLayout layout() const;
    double dpi() const;
    // The dpi, and the chosen quality's simplification.
    core::ExportOptions options() const;
    QString path() const;
    void setPath(const QString &path);
    // What the size line says: "Expected size: about 5.4 MB", or that it is being worked out.
    QString expectedSizeText() const;

private:
    void layoutChosen();
    void formatChosen();
    void browse();
    void estimateSize();
    void showEstimate(std::optional<qint64> bytes);

    const core::PlanProject &mProject;
    QVector<core::PrintLayout> mLayouts;
    QComboBox *mLayout;
    QComboBox *mPaper;
    QComboBox *mOrientation;
    QualityChooser *mQuality;
    QComboBox *mFormat;
    QLineEdit *mPath;
    QLabel *mExpectedSize;
    ExportSizeEstimator *mEstimator;
};

} // namespace app
