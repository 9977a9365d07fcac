#include "testdata.h"
#include "testregistry.h"

#include "dialogs/sharegroupdialog.h"

#include "project/planproject.h"
#include "statistics/statisticsmodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>

namespace {

double derivedValue(const core::StatisticsModel &model, const QString &key, const QString &name)
{
    for (const core::Indicator &row : model.derived().rows()) {
        if (row.layerId == u"plates" && row.featureKey == key && row.name == name)
            return row.value;
    }
    return qQNaN();
}

core::Indicator output(const QString &plate, double value)
{
    return {QStringLiteral("plates"),
            plate,
            QStringLiteral("output"),
            value,
            QStringLiteral("billion_yuan"),
            QStringLiteral("2021"),
            QStringLiteral("test"),
            {},
            {},
            false};
}

} // namespace

class tst_sharegroupdialog : public QObject
{
    Q_OBJECT
private slots:
    // Two plates named as a group: each gets its share of their own total, and the project
    // is modified; removed again, the shares go.
    void addsAndRemovesAGroup()
    {
        QString error;
        auto data = core::loadBundledProject(testing::bundledGeoPackage(), &error);
        QVERIFY2(data, qPrintable(error));
        core::PlanProject project(std::move(*data));
        core::StatisticsModel &model = *project.statisticsModel();
        const QString town = QStringLiteral("automobile_town");
        const QString film = QStringLiteral("film_town");
        model.addImported(core::StatisticsTable({output(town, 30), output(film, 10)}));
        project.setModified(false);

        app::ShareGroupDialog dialog(&project);
        dialog.setLayer(QStringLiteral("plates"));
        QVERIFY(dialog.findChild<QListWidget *>()->count() >= 2);
        dialog.setGroupName(QStringLiteral("west"));
        dialog.setChosenKeys({town});
        QVERIFY(!dialog.problem().isEmpty()); // a group of one tells nothing
        dialog.setChosenKeys({town, film});
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(model.shareGroups().size(), 1);
        QVERIFY(project.isModified());
        QCOMPARE(derivedValue(model, town, QStringLiteral("output_share_of_west")), 75.0);
        QCOMPARE(derivedValue(model, film, QStringLiteral("output_share_of_west")), 25.0);

        // For a person to look at: PLANMAP_SCREENSHOT_DIR=/tmp/shots build/tests/app_tests …
        if (const QString shots = qEnvironmentVariable("PLANMAP_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog.grab().save(QDir(shots).filePath(QStringLiteral("share_group.png")));
        auto *groups = dialog.findChild<QTreeWidget *>();
        QCOMPARE(groups->topLevelItemCount(), 1);
        groups->setCurrentItem(groups->topLevelItem(0));
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == dialog.tr("Remove"))
                button->click();
        }
        QVERIFY(model.shareGroups().isEmpty());
        QCOMPARE(groups->topLevelItemCount(), 0);
        QVERIFY(qIsNaN(derivedValue(model, town, QStringLiteral("output_share_of_west"))));
    }
};

PLANMAP_TEST(tst_sharegroupdialog)
#include "tst_sharegroupdialog.moc"
