#include "testdata.h"
#include "testregistry.h"

#include "project/planproject.h"
#include "project/projectfile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

core::PlanProject *bundledProject(QObject *parent)
{
    QString error;
    auto data = core::loadBundledProject(testing::bundledGeoPackage(), &error);
    if (!data)
        qFatal("%s", qPrintable(error));
    return new core::PlanProject(std::move(*data), parent);
}

QJsonObject layerJson(const QJsonObject &project, const QString &id)
{
    for (const QJsonValue &layer : project.value(QStringLiteral("layers")).toArray()) {
        if (layer.toObject().value(QStringLiteral("id")).toString() == id)
            return layer.toObject();
    }
    return {};
}

} // namespace

class tst_themepersistence : public QObject
{
    Q_OBJECT
private slots:
    void themesRoundTripThroughTheProjectFile()
    {
        QObject owner;
        core::PlanProject *project = bundledProject(&owner);
        core::ThematicSpec graduated;
        graduated.kind = gis::StyleKind::Graduated;
        graduated.field = QStringLiteral("county_count");
        graduated.method = gis::ClassificationMethod::Quantile;
        graduated.classCount = 4;
        graduated.ramp = QStringLiteral("YlGnBu");
        graduated.invert = true;
        graduated.unit = QStringLiteral("counties");
        graduated.periodLabel = QStringLiteral("2023");
        project->setLayerTheme(QStringLiteral("prefectures"), graduated);
        core::ThematicSpec categorized;
        categorized.kind = gis::StyleKind::Categorized;
        categorized.field = QStringLiteral("prefecture_zh");
        categorized.ramp = QStringLiteral("OkabeIto");
        project->setLayerTheme(QStringLiteral("counties"), categorized);
        core::ThematicSpec proportional;
        proportional.kind = gis::StyleKind::Proportional;
        proportional.source = core::ThematicValueSource::Indicator;
        proportional.indicator = QStringLiteral("gdp");
        proportional.period = QStringLiteral("2023");
        proportional.maxSizeMm = 14;
        project->setLayerTheme(QStringLiteral("cities"), proportional);
        const gis::LayerStyle prefectures = project->layer(QStringLiteral("prefectures"))->style();
        QVERIFY(prefectures.ranges.size() >= 2);

        // The file says what the classes were, for a reader.
        const QJsonObject json = core::ProjectFile::toJson(*project, QDir::temp());
        const QJsonObject theme = layerJson(json, QStringLiteral("prefectures"))
                                      .value(QStringLiteral("theme"))
                                      .toObject();
        QCOMPARE(theme.value(QStringLiteral("method")).toString(), QStringLiteral("quantile"));
        QCOMPARE(theme.value(QStringLiteral("ranges")).toArray().size(),
                 qsizetype(prefectures.ranges.size()));
        QVERIFY(!layerJson(json, QStringLiteral("zones")).contains(QStringLiteral("theme")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("themes.planmap"));
        QString error;
        QVERIFY2(core::ProjectFile::save(*project, path, &error), qPrintable(error));
        // For a person to look at: PLANMAP_SCREENSHOT_DIR=/tmp/shots build/tests/core_tests …
        // keeps the file, to open in planmap.
        const QString shots = qEnvironmentVariable("PLANMAP_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QFile::copy(path, QDir(shots).filePath(QStringLiteral("themes.planmap")));
        auto read = core::ProjectFile::read(path, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY2(read->warnings.isEmpty(), qPrintable(read->warnings.join(u"; ")));
        core::PlanProject reopened(std::move(*read));
        for (const char *id : {"prefectures", "counties", "cities"}) {
            const QString layerId = QString::fromLatin1(id);
            QVERIFY2(reopened.layerTheme(layerId), id);
            QCOMPARE(*reopened.layerTheme(layerId), *project->layerTheme(layerId));
        }
        QVERIFY(!reopened.layerTheme(QStringLiteral("zones")));
        const gis::LayerStyle &again = reopened.layer(QStringLiteral("prefectures"))->style();
        QCOMPARE(again.ranges.size(), prefectures.ranges.size());
        for (std::size_t i = 0; i < again.ranges.size(); ++i) {
            QCOMPARE(again.ranges[i].lower, prefectures.ranges[i].lower);
            QCOMPARE(again.ranges[i].upper, prefectures.ranges[i].upper);
            QCOMPARE(again.ranges[i].symbol.fillColor, prefectures.ranges[i].symbol.fillColor);
        }
        QCOMPARE(reopened.layer(QStringLiteral("counties"))->style().categories.size(),
                 project->layer(QStringLiteral("counties"))->style().categories.size());
        QCOMPARE(reopened.layer(QStringLiteral("cities"))->style().kind,
                 gis::StyleKind::Proportional);
    }
    void filesWithoutThemesStillOpen()
    {
        QObject owner;
        core::PlanProject *project = bundledProject(&owner);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.planmap"));
        QString error;
        QVERIFY2(core::ProjectFile::save(*project, path, &error), qPrintable(error));
        auto read = core::ProjectFile::read(path, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(read->themes.empty());
        core::PlanProject reopened(std::move(*read));
        for (const auto &layer : reopened.layers()) {
            QCOMPARE(layer->style().kind, gis::StyleKind::Single);
            QVERIFY(!layer->symbology());
        }
    }
    void aBadThemeIsReportedAndTheFileOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.planmap"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"format": "planmap-project", "version": 1, "crs": "EPSG:3857",
            "layers": [{"kind": "vector", "id": "prefectures", "title": "P",
                        "source": {"dataset": "%1", "layer": "prefectures"},
                        "theme": {"kind": "graduated", "method": "astrology",
                                  "field": "county_count", "classes": 3}}],
            "groups": [{"id": "g", "title": "G", "layers": ["prefectures"]}]})")
                       .arg(testing::bundledGeoPackage())
                       .toUtf8());
        file.close();
        QString error;
        auto read = core::ProjectFile::read(path, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(read->warnings.join(u' ').contains(QStringLiteral("astrology")));
        core::PlanProject project(std::move(*read));
        QCOMPARE(project.layerTheme(QStringLiteral("prefectures"))->method,
                 gis::ClassificationMethod::NaturalBreaks);
        QCOMPARE(project.layer(QStringLiteral("prefectures"))->style().ranges.size(),
                 std::size_t(3));
    }
};

PLANMAP_TEST(tst_themepersistence)
#include "tst_themepersistence.moc"
