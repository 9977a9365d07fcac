#include "savejob.h"

namespace core {

SaveJob::SaveJob(QString layerId, quint64 sessionRevision, gis::LayerSource source,
                 std::shared_ptr<const gis::FeatureCollection> base, gis::EditBuffer edits,
                 gis::EditAuthor author, QString qgisStyle)
    : mLayerId(std::move(layerId))
    , mSessionRevision(sessionRevision)
    , mSource(std::move(source))
    , mBase(std::move(base))
    , mEdits(std::move(edits))
    , mAuthor(std::move(author))
    , mQgisStyle(std::move(qgisStyle))
{
}

void SaveJob::run(const std::atomic_bool *cancel)
{
    mRun = true;
    mResult = gis::EditWriter::write(mSource, *mBase, mEdits, mAuthor, &mError, mQgisStyle, cancel);
}

} // namespace core
