#pragma once

#include "geometry/geometry.h"

#include <vector>

namespace app {

// Back/forward through the extents a map view has shown, as a browser does with pages.
class ViewHistory
{
public:
    void record(const gis::Box &extent);
    bool canGoBack() const { return mCurrent > 0; }
    bool canGoForward() const { return mCurrent + 1 < mExtents.size(); }
    gis::Box back();
    gis::Box forward();
    void clear();

private:
    std::vector<gis::Box> mExtents;
    std::size_t mCurrent = 0;
};

} // namespace app
