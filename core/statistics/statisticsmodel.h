#pragma once

#include "spatialjoin.h"
#include "statisticsjoin.h"
#include "statisticssettings.h"
#include "statisticstable.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

namespace gis {
struct FeatureCollection;
}

namespace core {

class PlanProject;

// The figures of a project: those imported (the bundled statistics, files a user imports) and
// those the engine derives from them and from the layers' boundaries (area, perimeter, per
// km², shares, year-on-year changes, spatial joins). Derived figures are recomputed whenever
// the figures, a key field, a spatial join or a layer's features change, and `changed` follows.
// Geodesic areas and perimeters are the slow part (0.2–0.9 s for the bundled counties and
// prefectures, every vertex an ellipsoidal geodesic): they are measured on a worker thread,
// only for layers whose features changed, and kept per feature collection; `changed` comes
// again when they arrive. Everything else is recomputed at once (milliseconds).
class StatisticsModel : public QObject
{
    Q_OBJECT
public:
    // `userFigures`: those a user imported earlier, and `settings` the key fields, joins and
    // groups chosen earlier, as the project file keeps them.
    explicit StatisticsModel(PlanProject *project, StatisticsTable userFigures = {},
                             StatisticsSettings settings = {});

    // The project's statistics table (the seed figures for the bundled project) and what the
    // user imported, together.
    const StatisticsTable &imported() const { return mImported; }
    // What the user imported: the part a project file keeps.
    const StatisticsTable &userImported() const { return mUser; }
    const StatisticsTable &derived() const { return mDerived; }
    StatisticsTable all() const { return mImported.withRows(mDerived.rows()); }

    // Adds imported figures; one for the same feature, indicator and period as a figure the
    // user imported before replaces it.
    void addImported(const StatisticsTable &figures);
    // Drops what the user imported for one layer.
    void removeImported(const QString &layerId);

    // The key fields, spatial joins and share groups: what a project file keeps of them.
    const StatisticsSettings &settings() const { return mSettings; }

    StatisticsJoin joinFor(const QString &layerId) const;
    // The fields chosen instead of a layer's usual key field, by layer id.
    const QMap<QString, QString> &keyFields() const { return mSettings.keyFields; }
    // An empty field, or the layer's usual one, goes back to the usual one.
    void setKeyField(const QString &layerId, const QString &keyField);

    const QVector<SpatialJoinRequest> &spatialJoins() const { return mSettings.spatialJoins; }
    // A join with the name of another on the same zone layer replaces it: both would give the
    // zones the same indicators.
    void addSpatialJoin(const SpatialJoinRequest &request);
    bool removeSpatialJoin(const QString &zoneLayerId, const QString &name);

    using ShareGroup = core::ShareGroup;
    const QVector<ShareGroup> &shareGroups() const { return mSettings.shareGroups; }
    // A group with the name of another on the same layer replaces it.
    void addShareGroup(const ShareGroup &group);
    bool removeShareGroup(const QString &layerId, const QString &name);

    // Every feature of a vector layer with its imported and derived figures; empty for a
    // layer the project does not hold.
    QVector<JoinedFeature> joined(const QString &layerId,
                                  LabelLanguage language = LabelLanguage::English) const;
    // The layers with a key field, so that figures can join them: the ones worth a table.
    QStringList joinableLayerIds() const;

    void recompute();
    // True while areas and perimeters are being measured; waitForMeasurements() blocks until
    // they are in (for the command line and tests).
    bool isMeasuring() const { return mMeasuring; }
    void waitForMeasurements();

signals:
    void changed();
    void importedChanged(); // the user's figures: the project file has something new to keep
    void settingsChanged(); // key fields, spatial joins or share groups: likewise

private:
    struct MeasuredLayer
    {
        QString layerId;
        std::shared_ptr<const gis::FeatureCollection> source;
        QString keyField;
        QVector<Indicator> rows;
    };

    QVector<MeasuredLayer> staleMeasurements() const;
    void startMeasuring(QVector<MeasuredLayer> jobs);
    void takeMeasurements();
    void rebuildDerived();

    void setUserFigures(StatisticsTable figures);
    void settingsDone();
    void forgetLayer(const QString &layerId);

    PlanProject *mProject;
    StatisticsTable mBundled;
    StatisticsTable mUser;
    StatisticsTable mImported;
    StatisticsTable mDerived;
    StatisticsSettings mSettings;
    QHash<QString, MeasuredLayer> mMeasured; // by layer id
    QFutureWatcher<QVector<MeasuredLayer>> mMeasurer;
    bool mMeasuring = false;
};

} // namespace core
