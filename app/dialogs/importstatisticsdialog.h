#pragma once

#include "statistics/statisticsimport.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace core {
class PlanProject;
}

namespace app {

// Imports a table of figures (CSV, XLSX, ODS, a GeoPackage table…) into the project: the user
// picks the layer it describes, the key column and the indicator columns, and gives unit,
// period and source. The report of what did not fit stays in the dialog, so nothing is
// dropped unseen.
class ImportStatisticsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportStatisticsDialog(core::PlanProject *project, QWidget *parent = nullptr);

    // Reads the columns of a file into the choices; false (and the message in the report)
    // when it cannot be read.
    bool setFile(const QString &path);
    void setLayer(const QString &layerId);
    void setKeyColumn(const QString &column);
    void setIndicatorColumns(const QStringList &columns); // checks these, unchecks the rest
    void setUnit(const QString &unit);
    void setPeriod(const QString &period);

    // Imports with the current choices into the project's statistics; returns what happened.
    core::StatisticsImportReport importNow();
    QString reportText() const;

private:
    void browse();
    void chooseLayersKeyColumn();
    core::StatisticsImportOptions options() const;

    QPointer<core::PlanProject> mProject;
    QString mPath;
    QLineEdit *mFile;
    QComboBox *mLayer;
    QComboBox *mKey;
    QListWidget *mIndicators;
    QComboBox *mUnit;
    QLineEdit *mPeriod;
    QLineEdit *mSource;
    QPlainTextEdit *mReport;
};

} // namespace app
