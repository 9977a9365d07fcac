#include "testdata.h"
#include "testregistry.h"

#include "dialogs/layerpropertiesdialog.h"
#include "project/planproject.h"
#include "project/projectdata.h"

#include <QComboBox>

class tst_labelvaluedialog : public QObject
{
    Q_OBJECT
private slots:
    void choosesTheFigureWrittenAfterTheName()
    {
        QString error;
        auto data = core::loadBundledProject(testing::bundledGeoPackage(), &error);
        QVERIFY2(data, qPrintable(error));
        core::PlanProject project(std::move(*data));
        const QString id = QStringLiteral("plates");
        app::LayerPropertiesDialog dialog(&project, id);
        auto *value = dialog.findChild<QComboBox *>(QStringLiteral("labelValue"));
        QVERIFY(value);
        QCOMPARE(value->currentIndex(), 0); // none
        const int output = value->findData(QStringList{QStringLiteral("auto_industry_output_value"),
                                                       QStringLiteral("2020-Q1..Q3")});
        QVERIFY(output > 0);
        value->setCurrentIndex(output);
        dialog.apply();
        const gis::LabelSettings &labels = project.layer(id)->labels();
        QCOMPARE(labels.valueKey, QStringLiteral("auto_industry_output_value"));
        QCOMPARE(labels.valuePeriod, QStringLiteral("2020-Q1..Q3"));
        QVERIFY(project.layer(id)->labelValues());
        // Opened again, the dialog shows the choice.
        app::LayerPropertiesDialog again(&project, id);
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("labelValue"))->currentIndex(),
                 output);
    }
};

PLANMAP_TEST(tst_labelvaluedialog)
#include "tst_labelvaluedialog.moc"
