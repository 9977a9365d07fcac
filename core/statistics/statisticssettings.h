#pragma once

#include "spatialjoin.h"

#include <QMap>
#include <QStringList>
#include <QVector>

namespace core {

// Features whose shares of their own total are wanted ("<indicator>_share_of_<name>"),
// beside the share of the whole layer that every layer gets.
struct ShareGroup
{
    QString layerId;
    QString name;
    QStringList featureKeys;
    friend bool operator==(const ShareGroup &, const ShareGroup &) = default;
};

// What a planner chose for the statistics model, as the project file keeps it: the field each
// layer joins figures by (where not its usual one), the spatial joins and the share groups.
struct StatisticsSettings
{
    QMap<QString, QString> keyFields; // by layer id; a map, so the file lists them in order
    QVector<SpatialJoinRequest> spatialJoins;
    QVector<ShareGroup> shareGroups;

    bool isEmpty() const
    {
        return keyFields.isEmpty() && spatialJoins.isEmpty() && shareGroups.isEmpty();
    }
    friend bool operator==(const StatisticsSettings &, const StatisticsSettings &) = default;
};

} // namespace core
