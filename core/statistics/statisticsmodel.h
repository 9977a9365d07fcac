#pragma once

#include "spatialjoin.h"
#include "statisticsjoin.h"
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
    // `userFigures`: those a user imported earlier, as the project file keeps them.
    explicit StatisticsModel(PlanProject *project, StatisticsTable userFigures = {});

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

    StatisticsJoin joinFor(const QString &layerId) const;
    void setKeyField(const QString &layerId, const QString &keyField);

    const QVector<SpatialJoinRequest> &spatialJoins() const { return mSpatialJoins; }
    void addSpatialJoin(const SpatialJoinRequest &request);

    // Features whose shares of their own total are wanted ("<indicator>_share_of_<name>"),
    // beside the share of the whole layer that every layer gets.
    struct ShareGroup
    {
        QString layerId;
        QString name;
        QStringList featureKeys;
        friend bool operator==(const ShareGroup &, const ShareGroup &) = default;
    };
    const QVector<ShareGroup> &shareGroups() const { return mShareGroups; }
    void addShareGroup(const ShareGroup &group);

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

    PlanProject *mProject;
    StatisticsTable mBundled;
    StatisticsTable mUser;
    StatisticsTable mImported;
    StatisticsTable mDerived;
    QHash<QString, QString> mKeyFields;
    QVector<SpatialJoinRequest> mSpatialJoins;
    QVector<ShareGroup> mShareGroups;
    QHash<QString, MeasuredLayer> mMeasured; // by layer id
    QFutureWatcher<QVector<MeasuredLayer>> mMeasurer;
    bool mMeasuring = false;
};

} // namespace core
