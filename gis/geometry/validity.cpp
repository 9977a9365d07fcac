#include "validity.h"

#include <boost/geometry/algorithms/is_valid.hpp>

#include <string>

namespace gis {

namespace bg = boost::geometry;

namespace {

template <typename Model> Validity validityOf(const Model &model)
{
    std::string message;
    if (bg::is_valid(model, message))
        return {};
    return {false, QString::fromStdString(message)};
}

} // namespace

Validity checkValidity(const MultiPolygon &polygons)
{
    return validityOf(polygons);
}

Validity checkValidity(const Geometry &geometry)
{
    return std::visit(
        [](const auto &g) -> Validity {
            if constexpr (std::is_same_v<std::decay_t<decltype(g)>, std::monostate>)
                return {};
            else
                return validityOf(g);
        },
        geometry);
}

} // namespace gis
