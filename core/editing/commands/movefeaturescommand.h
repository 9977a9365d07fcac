#pragma once

#include "editcommandid.h"
#include "geometriescommand.h"

#include <QCoreApplication>
#include <QVector>

#include <memory>

namespace core {

// Moves whole features by an offset in the layer's CRS; the steps of one drag merge.
class MoveFeaturesCommand : public GeometriesCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveFeaturesCommand)
public:
    static std::unique_ptr<MoveFeaturesCommand> create(EditSession *session,
                                                       const QVector<qint64> &features, double dx,
                                                       double dy, int dragKey = 0);
    int id() const override { return int(EditCommandId::MoveFeatures); }

private:
    using GeometriesCommand::GeometriesCommand;
};

} // namespace core
