#pragma once

#include "layout/exportoptions.h"
#include "layout/printlayout.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace core {
class PlanProject;
}

namespace app {

class LayerComboBox;
class QualityChooser;

// File → Export atlas…: one page per feature of a layer (each plate, zone or county) on a
// layout of the project, at a quality, into one multi-page PDF or one file per feature in a
// folder, through the same Atlas as `planmap export --atlas`.
class ExportAtlasDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportAtlasDialog(const core::PlanProject &project, QWidget *parent = nullptr);

    core::PrintLayout layout() const;
    QString layerId() const;
    core::ExportOptions options() const;
    // The PDF's path, or for one file per feature "FOLDER/{name}.png" (the format's suffix).
    QString outputPath() const;
    bool isFilePerFeature() const;
    void setFolderOrFile(const QString &path);

private:
    void outputChosen();
    void browse();

    QVector<core::PrintLayout> mLayouts;
    QComboBox *mLayout;
    LayerComboBox *mLayer;
    QualityChooser *mQuality;
    QComboBox *mOutput; // one PDF, or one file per feature in a format
    QLineEdit *mPath;
};

} // namespace app
