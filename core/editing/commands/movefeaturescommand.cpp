#include "movefeaturescommand.h"

#include "editing/editsession.h"
#include "geometry/vertexedit.h"

namespace core {

std::unique_ptr<MoveFeaturesCommand> MoveFeaturesCommand::create(EditSession *session,
                                                                 const QVector<qint64> &features,
                                                                 double dx, double dy, int dragKey)
{
    std::vector<Change> changes;
    for (qint64 feature : features) {
        auto geometry = session->geometry(feature);
        if (!geometry)
            return nullptr;
        gis::translate(*geometry, dx, dy);
        changes.push_back({feature, std::move(*geometry)});
    }
    if (changes.empty())
        return nullptr;
    const QString text = features.size() == 1 ? tr("Move feature") : tr("Move features");
    return std::unique_ptr<MoveFeaturesCommand>(
        new MoveFeaturesCommand(session, std::move(changes), text, dragKey));
}

} // namespace core
