#include "viewhistory.h"

namespace app {

namespace {
constexpr std::size_t maximumEntries = 100;
}

void ViewHistory::record(const gis::Box &extent)
{
    if (!mExtents.empty())
        mExtents.resize(mCurrent + 1); // a new view drops the forward entries
    mExtents.push_back(extent);
    if (mExtents.size() > maximumEntries)
        mExtents.erase(mExtents.begin());
    mCurrent = mExtents.size() - 1;
}

gis::Box ViewHistory::back()
{
    if (canGoBack())
        --mCurrent;
    return mExtents.at(mCurrent);
}

gis::Box ViewHistory::forward()
{
    if (canGoForward())
        ++mCurrent;
    return mExtents.at(mCurrent);
}

void ViewHistory::clear()
{
    mExtents.clear();
    mCurrent = 0;
}

} // namespace app
