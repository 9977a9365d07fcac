#include "bundledwindow.h"
#include "testregistry.h"

#include "dialogs/layerpropertiesdialog.h"
#include "docks/layertreedock.h"
#include "docks/layertreewidget.h"
#include "project/planproject.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

class tst_thematicui : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        mWindow = testing::openBundledWindow();
        QVERIFY(mWindow);
    }
    void cleanup() { mWindow.reset(); }

    void graduatedMapFromTheDialogReachesMapAndLegend()
    {
        core::PlanProject *project = mWindow->project();
        const QString id = QStringLiteral("prefectures");
        app::LayerPropertiesDialog dialog(project, id);
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("symbologyKind"));
        kind->setCurrentIndex(kind->findData(int(gis::StyleKind::Graduated)));
        auto *field = dialog.findChild<QComboBox *>(QStringLiteral("symbologyField"));
        // Only numeric fields can be graduated.
        QCOMPARE(field->findText(QStringLiteral("name_en")), -1);
        field->setCurrentIndex(field->findText(QStringLiteral("county_count")));
        dialog.findChild<QSpinBox *>(QStringLiteral("classCount"))->setValue(3);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("classTable"));
        QCOMPARE(table->rowCount(), 3); // the preview, before Apply
        QVERIFY(!project->layerTheme(id));
        const QString shots = qEnvironmentVariable("PLANMAP_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            auto *tabs = dialog.findChild<QTabWidget *>();
            tabs->setCurrentWidget(tabs->widget(2));
            dialog.resize(460, 640);
            dialog.show();
            dialog.grab().save(QDir(shots).filePath(QStringLiteral("symbology.png")));
        }
        dialog.apply();
        QVERIFY(project->layerTheme(id));
        const gis::LayerStyle &style = project->layer(id)->style();
        QCOMPARE(style.kind, gis::StyleKind::Graduated);
        QCOMPARE(style.ranges.size(), std::size_t(3));
        QVERIFY(testing::waitForFrame(mWindow->canvas()));

        // The layer panel shows the legend under the layer: the title, then one row per class.
        QTreeWidgetItem *item = mWindow->layerTree()->itemForLayer(id);
        QCOMPARE(item->childCount(), 4);
        QVERIFY(item->child(0)->text(0).contains(QStringLiteral("county_count")));
        for (int i = 1; i < 4; ++i) {
            QTreeWidgetItem *row = item->child(i);
            QVERIFY(row->data(0, app::LayerTreeWidget::legendRole).toBool());
            QCOMPARE(row->text(0), style.ranges[std::size_t(i - 1)].label);
            QVERIFY(!row->icon(0).isNull());
            QVERIFY(!(row->flags() & Qt::ItemIsUserCheckable));
        }

        // Back to a single symbol: the legend goes.
        kind->setCurrentIndex(kind->findData(int(gis::StyleKind::Single)));
        dialog.apply();
        QVERIFY(!project->layerTheme(id));
        QCOMPARE(mWindow->layerTree()->itemForLayer(id)->childCount(), 0);
    }

    void indicatorsFromTheStatisticsAreOffered()
    {
        core::PlanProject *project = mWindow->project();
        const QString id = QStringLiteral("prefectures");
        // What the statistics model will plug in: a catalogue and the values.
        project->setIndicatorCatalog([](const gis::VectorLayer &) {
            return std::vector<core::IndicatorChoice>{{QStringLiteral("GDP"),
                                                       QStringLiteral("2023"),
                                                       QStringLiteral("100 million yuan")}};
        });
        project->setIndicatorValues(
            [](const gis::VectorLayer &layer, const QString &indicator, const QString &period) {
                std::vector<std::optional<double>> values(layer.features().features.size());
                if (indicator == u"GDP" && period == u"2023") {
                    for (std::size_t i = 0; i + 1 < values.size(); ++i)
                        values[i] = 100.0 * double(i + 1); // the last one has no figure
                }
                return values;
            });
        app::LayerPropertiesDialog dialog(project, id);
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("symbologyKind"));
        kind->setCurrentIndex(kind->findData(int(gis::StyleKind::Graduated)));
        auto *values = dialog.findChild<QComboBox *>(QStringLiteral("symbologyField"));
        const int gdp = values->findText(QStringLiteral("GDP"), Qt::MatchContains);
        QVERIFY(gdp >= 0);
        values->setCurrentIndex(gdp);
        // The indicator's unit and period reach the legend wording.
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("unit"))->text(),
                 QStringLiteral("100 million yuan"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("periodLabel"))->text(),
                 QStringLiteral("2023"));
        dialog.findChild<QSpinBox *>(QStringLiteral("classCount"))->setValue(3);
        // Three classes and a "no data" row in the preview.
        QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("classTable"))->rowCount(), 4);
        dialog.apply();
        const std::optional<core::ThematicSpec> theme = project->layerTheme(id);
        QVERIFY(theme);
        QCOMPARE(theme->source, core::ThematicValueSource::Indicator);
        QCOMPARE(theme->indicator, QStringLiteral("GDP"));
        QCOMPARE(theme->period, QStringLiteral("2023"));
        QCOMPARE(project->layer(id)->style().ranges.size(), std::size_t(3));
        QTreeWidgetItem *item = mWindow->layerTree()->itemForLayer(id);
        QVERIFY(item->child(0)->text(0).contains(QStringLiteral("100 million yuan")));
        // Reopening the dialog shows the indicator chosen.
        app::LayerPropertiesDialog again(project, id);
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("symbologyField"))->currentIndex(),
                 gdp);
    }

private:
    std::unique_ptr<app::MainWindow> mWindow;
};

PLANMAP_TEST(tst_thematicui)
#include "tst_thematicui.moc"
