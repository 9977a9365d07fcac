#pragma once

#include "repairlog.h"

#include <QString>
#include <QStringList>

namespace core {

// Builds the bundled planning GeoPackage from the text sources in resources/data: upstream
// boundaries, the hand-made planning layers and the statistics table. The output file is
// replaced only when every layer was built and written.
class DatasetBuilder
{
public:
    explicit DatasetBuilder(const QString &dataRoot);

    bool build(const QString &outputPath, QString *error);
    QStringList log() const { return mLog; }
    const RepairLog &repairs() const { return mRepairs; }

private:
    QString source(const QString &relativePath) const;
    QString mRoot;
    QStringList mLog;
    RepairLog mRepairs;
};

} // namespace core
