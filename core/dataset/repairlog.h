#pragma once

#include "data/featurecollection.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace core {

// Which features the import found invalid and what it did to them, for the build log.
struct RepairRecord
{
    QString layer;
    QString key;
    QString name;
    QString problem; // Boost.Geometry's reason before the repair
    int removedDuplicates = 0;
    int splitRings = 0;
    int removedSpikes = 0;
    int insertedTouchingVertices = 0;
    int droppedDegenerate = 0;
    bool usedGeosMakeValid = false;
    bool validAfter = false;
    QString remainingProblem;
};

class RepairLog
{
public:
    // Checks every polygon of the layer and repairs the invalid ones in place.
    void repairLayer(gis::FeatureCollection &layer, const QString &keyField);

    const QVector<RepairRecord> &records() const { return mRecords; }
    int unrepairedCount() const;
    QStringList lines() const;

private:
    QVector<RepairRecord> mRecords;
};

} // namespace core
