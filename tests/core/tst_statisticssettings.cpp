#include "bundledproject.h"
#include "testdata.h"
#include "testregistry.h"

#include "project/planproject.h"
#include "project/projectfile.h"
#include "statistics/statisticsmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace {

double derivedValue(const core::StatisticsModel &model, const QString &layerId, const QString &key,
                    const QString &name)
{
    for (const core::Indicator &row : model.derived().rows()) {
        if (row.layerId == layerId && row.featureKey == key && row.name == name)
            return row.value;
    }
    return qQNaN();
}

const core::SpatialJoinRequest citiesPerPrefecture{
    QStringLiteral("prefectures"), QStringLiteral("cities"), {}, QStringLiteral("cities"), {}};

bool writeJson(const QString &path, const QJsonObject &json)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(json).toJson()) > 0;
}

} // namespace

// Key fields, spatial joins and share groups are a planner's choices: the project file keeps
// them, and a hand-edited file with bad ones still opens and says what was wrong.
class tst_statisticssettings : public QObject
{
    Q_OBJECT
private slots:
    void changesMarkTheProjectModified()
    {
        auto project = testing::bundledProject();
        QVERIFY(project);
        core::StatisticsModel &model = *project->statisticsModel();
        project->setModified(false);
        QSignalSpy settingsChanged(&model, &core::StatisticsModel::settingsChanged);
        model.addSpatialJoin(citiesPerPrefecture);
        QCOMPARE(settingsChanged.size(), 1);
        QVERIFY(project->isModified());
        QVERIFY(derivedValue(model, QStringLiteral("prefectures"), QStringLiteral("2201"),
                             QStringLiteral("cities_count")) >= 2);

        project->setModified(false);
        QVERIFY(model.removeSpatialJoin(QStringLiteral("prefectures"), QStringLiteral("cities")));
        QVERIFY(!model.removeSpatialJoin(QStringLiteral("prefectures"), QStringLiteral("cities")));
        QCOMPARE(settingsChanged.size(), 2);
        QVERIFY(project->isModified());
        QVERIFY(model.spatialJoins().isEmpty());
        QVERIFY(qIsNaN(derivedValue(model, QStringLiteral("prefectures"), QStringLiteral("2201"),
                                    QStringLiteral("cities_count"))));

        // The usual key field is not a choice worth keeping.
        model.setKeyField(QStringLiteral("prefectures"), QStringLiteral("code"));
        QCOMPARE(settingsChanged.size(), 2);
        QVERIFY(model.keyFields().isEmpty());

        model.addShareGroup({QStringLiteral("plates"),
                             QStringLiteral("west"),
                             {QStringLiteral("film_town"), QStringLiteral("automobile_town")}});
        QCOMPARE(model.shareGroups().size(), 1);
        QVERIFY(model.removeShareGroup(QStringLiteral("plates"), QStringLiteral("west")));
        QVERIFY(model.shareGroups().isEmpty());
        QCOMPARE(settingsChanged.size(), 4);
    }

    // A second join of the same name on the same zones would give them the same indicators.
    void aJoinOfTheSameNameReplacesTheFirst()
    {
        auto project = testing::bundledProject();
        QVERIFY(project);
        core::StatisticsModel &model = *project->statisticsModel();
        model.addSpatialJoin(citiesPerPrefecture);
        core::SpatialJoinRequest again = citiesPerPrefecture;
        again.unit = QStringLiteral("count");
        model.addSpatialJoin(again);
        QCOMPARE(model.spatialJoins().size(), 1);
        QCOMPARE(model.spatialJoins().first(), again);
    }

    void removingALayerForgetsWhatNamedIt()
    {
        auto project = testing::bundledProject();
        QVERIFY(project);
        core::StatisticsModel &model = *project->statisticsModel();
        model.addSpatialJoin(citiesPerPrefecture);
        model.setKeyField(QStringLiteral("cities"), QStringLiteral("name_en"));
        QVERIFY(project->removeLayer(QStringLiteral("cities")));
        QVERIFY(model.settings().isEmpty());
    }

    void settingsRoundTripThroughTheProjectFile()
    {
        auto project = testing::bundledProject();
        QVERIFY(project);
        core::StatisticsModel &model = *project->statisticsModel();
        model.setKeyField(QStringLiteral("prefectures"), QStringLiteral("name_en"));
        model.addSpatialJoin(citiesPerPrefecture);
        model.addShareGroup({QStringLiteral("plates"),
                             QStringLiteral("west"),
                             {QStringLiteral("film_town"), QStringLiteral("automobile_town")}});
        const double inChangchun =
            derivedValue(model, QStringLiteral("prefectures"), QStringLiteral("Changchun"),
                         QStringLiteral("cities_count"));
        QVERIFY2(inChangchun >= 2, qPrintable(QString::number(inChangchun)));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("joins.planmap"));
        QString error;
        QVERIFY2(core::ProjectFile::save(*project, path, &error), qPrintable(error));
        auto data = core::ProjectFile::read(path, &error);
        QVERIFY2(data, qPrintable(error));
        QVERIFY2(data->warnings.isEmpty(), qPrintable(data->warnings.join(u"; ")));
        core::PlanProject reopened(std::move(*data));
        QVERIFY(!reopened.isModified());
        const core::StatisticsModel &read = *reopened.statisticsModel();
        QCOMPARE(read.settings(), model.settings());
        QCOMPARE(derivedValue(read, QStringLiteral("prefectures"), QStringLiteral("Changchun"),
                              QStringLiteral("cities_count")),
                 inChangchun);
    }

    void filesWithoutSettingsOpenAsBefore()
    {
        auto project = testing::bundledProject();
        QVERIFY(project);
        const QJsonObject json = core::ProjectFile::toJson(*project, QDir::temp());
        for (const char *key : {"keyFields", "spatialJoins", "shareGroups"})
            QVERIFY2(!json.contains(QLatin1String(key)), key);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.planmap"));
        QString error;
        QVERIFY2(core::ProjectFile::write(*project, path, &error), qPrintable(error));
        auto data = core::ProjectFile::read(path, &error);
        QVERIFY2(data, qPrintable(error));
        QVERIFY2(data->warnings.isEmpty(), qPrintable(data->warnings.join(u"; ")));
        QVERIFY(data->statisticsSettings.isEmpty());
    }

    void badSettingsBecomeWarnings()
    {
        auto project = testing::bundledProject();
        QVERIFY(project);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.planmap"));
        QJsonObject json = core::ProjectFile::toJson(*project, QDir(dir.path()));
        json.insert(QStringLiteral("keyFields"),
                    QJsonObject{{QStringLiteral("nosuch"), QStringLiteral("key")},
                                {QStringLiteral("cities"), QStringLiteral("nofield")},
                                {QStringLiteral("plates"), 5},
                                {QStringLiteral("prefectures"), QStringLiteral("name_en")}});
        const auto join = [](const char *name, const char *zones, const char *points,
                             const char *attribute = "") {
            QJsonObject object{{QStringLiteral("name"), QLatin1String(name)},
                               {QStringLiteral("zoneLayer"), QLatin1String(zones)},
                               {QStringLiteral("pointLayer"), QLatin1String(points)}};
            if (*attribute)
                object.insert(QStringLiteral("attribute"), QLatin1String(attribute));
            return object;
        };
        json.insert(QStringLiteral("spatialJoins"),
                    QJsonArray{3, join("", "prefectures", "cities"),
                               join("points", "cities", "cities"),
                               join("zones", "prefectures", "prefectures"),
                               join("gone", "prefectures", "nosuch"),
                               join("cities", "prefectures", "cities", "nofield"),
                               join("cities", "prefectures", "cities")});
        json.insert(QStringLiteral("shareGroups"), QStringLiteral("west"));
        QVERIFY(writeJson(path, json));

        QString error;
        auto data = core::ProjectFile::read(path, &error);
        QVERIFY2(data, qPrintable(error));
        const QString warnings = data->warnings.join(u'\n');
        for (const char *expected :
             {"layer “nosuch”: the project has no such layer", "has no field “nofield”, skipped",
              "“plates” should be text", "spatial join 1 is not an object",
              "spatial join 2 has no name", "“points”: the zone layer “cities” holds no polygons",
              "“zones”: the point layer “prefectures” holds no points",
              "“gone”: the project has no layer “nosuch”",
              "“cities”: the layer “cities” has no field “nofield”, only the points are counted",
              "spatial join “cities” of layer “prefectures” is there twice",
              "“shareGroups” should be a list"})
            QVERIFY2(
                warnings.contains(QString::fromUtf8(expected)),
                qPrintable(
                    QStringLiteral("%1 not in:\n%2").arg(QString::fromUtf8(expected), warnings)));
        QCOMPARE(data->statisticsSettings.keyFields.size(), 1);
        QCOMPARE(data->statisticsSettings.spatialJoins.size(), 1);
        QVERIFY(data->statisticsSettings.spatialJoins.first().attribute.isEmpty());
        core::PlanProject opened(std::move(*data));
        QVERIFY(derivedValue(*opened.statisticsModel(), QStringLiteral("prefectures"),
                             QStringLiteral("Changchun"), QStringLiteral("cities_count")) >= 2);
    }
};

PLANMAP_TEST(tst_statisticssettings)
#include "tst_statisticssettings.moc"
