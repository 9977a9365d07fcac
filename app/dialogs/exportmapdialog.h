#pragma once

#include "layout/printlayout.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace core {
class PlanProject;
}

namespace app {

// File → Export map…: a layout of the project (a preset or one it keeps) on a chosen paper and
// orientation, written as PDF, SVG, PNG or TIFF at a dpi, through the same exporter as
// `planmap export`.
class ExportMapDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportMapDialog(const core::PlanProject &project, QWidget *parent = nullptr);

    // The chosen layout with the chosen paper and orientation.
    core::PrintLayout layout() const;
    double dpi() const;
    QString path() const;
    void setPath(const QString &path);

private:
    void layoutChosen();
    void formatChosen();
    void browse();

    QVector<core::PrintLayout> mLayouts;
    QComboBox *mLayout;
    QComboBox *mPaper;
    QComboBox *mOrientation;
    QSpinBox *mDpi;
    QComboBox *mFormat;
    QLineEdit *mPath;
};

} // namespace app
