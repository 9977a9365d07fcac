#pragma once

#include "layerstyle.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace gis {

struct FeatureCollection;

// A layer style resolved for its features: the symbol of every feature as an index into a
// short symbol list (and a marker size, for proportional symbols). Built once when the style or
// the data change, shared read-only by every frame, so that drawing only looks a feature up.
class FeatureSymbology
{
public:
    // Values from the style's field (numbers for graduated and proportional, text for
    // categorized). Null for a single-symbol style: the renderer draws that as it always has.
    static std::shared_ptr<const FeatureSymbology> fromField(const LayerStyle &style,
                                                             const FeatureCollection &features);
    // Values supplied by the caller, one per feature, nothing where missing (graduated and
    // proportional).
    static std::shared_ptr<const FeatureSymbology>
    fromValues(const LayerStyle &style, std::span<const std::optional<double>> values);

    const std::vector<Symbol> &symbols() const { return mSymbols; }
    std::size_t featureCount() const { return mSymbolOf.size(); }
    // Features beyond the resolved ones (data grown since) draw as "no data".
    int symbolOf(std::size_t feature) const
    {
        return feature < mSymbolOf.size() ? mSymbolOf[feature] : int(mSymbols.size()) - 1;
    }
    // How many features have symbol `symbol` (for a legend to leave out empty rows).
    std::size_t featuresWith(int symbol) const;
    bool hasSizes() const { return !mSizeMm.empty(); }
    double markerSizeMm(std::size_t feature) const;
    // The widest outline plus the largest marker: how far a feature reaches beyond its shape.
    double reachMm() const { return mReachMm; }

private:
    FeatureSymbology(const LayerStyle &style, std::size_t features);

    std::vector<Symbol> mSymbols;
    std::vector<std::uint16_t> mSymbolOf;
    std::vector<float> mSizeMm; // Proportional only
    double mReachMm = 0.0;
};

} // namespace gis
