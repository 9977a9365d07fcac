#include "bundledwindow.h"
#include "testregistry.h"

#include "dialogs/layerpropertiesdialog.h"
#include "docks/layertreedock.h"
#include "docks/layertreewidget.h"
#include "project/planproject.h"

#include <QComboBox>
#include <QDir>
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

private:
    std::unique_ptr<app::MainWindow> mWindow;
};

PLANMAP_TEST(tst_thematicui)
#include "tst_thematicui.moc"
