#include "dissolve.h"

#include <boost/geometry/algorithms/union.hpp>

namespace gis {

MultiPolygon dissolve(const std::vector<MultiPolygon> &parts)
{
    std::vector<MultiPolygon> level = parts;
    if (level.empty())
        return {};
    while (level.size() > 1) {
        std::vector<MultiPolygon> next;
        next.reserve((level.size() + 1) / 2);
        for (std::size_t i = 0; i + 1 < level.size(); i += 2) {
            MultiPolygon joined;
            boost::geometry::union_(level[i], level[i + 1], joined);
            next.push_back(std::move(joined));
        }
        if (level.size() % 2 == 1)
            next.push_back(std::move(level.back()));
        level = std::move(next);
    }
    return level.front();
}

} // namespace gis
