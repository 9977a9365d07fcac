#pragma once

#include "layout/exportoptions.h"

#include <QObject>

class QComboBox;
class QFormLayout;
class QSpinBox;
class QWidget;

namespace app {

// The quality (screen, print, press) and resolution rows of the export dialogs: a quality sets
// its dpi, which the planner may still change, and brings its geometry simplification.
class QualityChooser : public QObject
{
    Q_OBJECT
public:
    explicit QualityChooser(QWidget *dialog);

    void addRows(QFormLayout *form) const;
    core::ExportOptions options() const;
    double dpi() const;

signals:
    void changed();

private:
    void qualityChosen();

    QComboBox *mQuality;
    QSpinBox *mDpi;
};

} // namespace app
