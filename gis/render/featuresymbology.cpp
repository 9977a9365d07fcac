#include "featuresymbology.h"

#include "classify/classbreaks.h"
#include "data/featurecollection.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace gis {

FeatureSymbology::FeatureSymbology(const LayerStyle &style, std::size_t features)
    : mSymbols(style.symbolList())
    , mSymbolOf(features, std::uint16_t(mSymbols.size() - 1))
{
    for (const Symbol &symbol : mSymbols)
        mReachMm = std::max(mReachMm, symbol.strokeWidthMm + symbol.markerSizeMm);
    if (style.kind == StyleKind::Proportional)
        mReachMm = std::max(mReachMm, style.symbol.strokeWidthMm + style.maxSizeMm);
}

double FeatureSymbology::markerSizeMm(std::size_t feature) const
{
    if (feature < mSizeMm.size())
        return mSizeMm[feature];
    return mSymbols[std::size_t(symbolOf(feature))].markerSizeMm;
}

std::size_t FeatureSymbology::featuresWith(int symbol) const
{
    return std::size_t(std::count(mSymbolOf.begin(), mSymbolOf.end(), std::uint16_t(symbol)));
}

std::shared_ptr<const FeatureSymbology>
FeatureSymbology::fromField(const LayerStyle &style, const FeatureCollection &features)
{
    if (style.kind == StyleKind::Single)
        return nullptr;
    if (style.kind != StyleKind::Categorized)
        return fromValues(style, features.numericValues(style.field));
    std::shared_ptr<FeatureSymbology> result(new FeatureSymbology(style, features.features.size()));
    std::unordered_map<QString, std::uint16_t> categoryOf;
    for (std::size_t i = 0; i < style.categories.size(); ++i)
        categoryOf.emplace(style.categories[i].value, std::uint16_t(i));
    const int field = features.fieldIndex(style.field);
    for (std::size_t i = 0; i < features.features.size(); ++i) {
        const QVariantList &attributes = features.features[i].attributes;
        const QVariant value =
            field >= 0 && field < attributes.size() ? attributes[field] : QVariant();
        if (value.isNull())
            continue; // stays "no data"
        const auto found = categoryOf.find(value.toString());
        result->mSymbolOf[i] =
            found != categoryOf.end() ? found->second : std::uint16_t(style.otherIndex());
    }
    return result;
}

std::shared_ptr<const FeatureSymbology>
FeatureSymbology::fromValues(const LayerStyle &style, std::span<const std::optional<double>> values)
{
    if (style.kind == StyleKind::Single || style.kind == StyleKind::Categorized)
        return nullptr;
    std::shared_ptr<FeatureSymbology> result(new FeatureSymbology(style, values.size()));
    if (style.kind == StyleKind::Proportional) {
        result->mSizeMm.assign(values.size(), float(style.noDataSymbol.markerSizeMm));
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (values[i] && std::isfinite(*values[i])) {
                result->mSymbolOf[i] = 0;
                result->mSizeMm[i] = float(style.proportionalSizeMm(*values[i]));
            }
        }
        return result;
    }
    std::vector<double> breaks;
    for (const RangeClass &range : style.ranges)
        breaks.push_back(range.lower);
    if (!style.ranges.empty())
        breaks.push_back(style.ranges.back().upper);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i] && std::isfinite(*values[i]) && !style.ranges.empty())
            result->mSymbolOf[i] = std::uint16_t(std::max(0, classIndex(breaks, *values[i])));
    }
    return result;
}

} // namespace gis
