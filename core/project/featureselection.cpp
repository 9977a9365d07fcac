#include "featureselection.h"

#include <QStringList>

#include <algorithm>

namespace core {

namespace {

FeatureSelection::Indices normalised(FeatureSelection::Indices indices)
{
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    return indices;
}

} // namespace

FeatureSelection::FeatureSelection(QObject *parent)
    : QObject(parent)
{
}

const FeatureSelection::Indices &FeatureSelection::selected(const QString &layerId) const
{
    static const Indices none;
    const auto found = mByLayer.find(layerId);
    return found == mByLayer.end() ? none : found->second;
}

bool FeatureSelection::isSelected(const QString &layerId, std::size_t index) const
{
    const Indices &indices = selected(layerId);
    return std::binary_search(indices.begin(), indices.end(), index);
}

QStringList FeatureSelection::layerIds() const
{
    QStringList ids;
    for (const auto &entry : mByLayer)
        ids.push_back(entry.first);
    return ids;
}

std::size_t FeatureSelection::count() const
{
    std::size_t total = 0;
    for (const auto &entry : mByLayer)
        total += entry.second.size();
    return total;
}

void FeatureSelection::setSelected(const QString &layerId, Indices indices)
{
    indices = normalised(std::move(indices));
    if (indices == selected(layerId))
        return;
    if (indices.empty())
        mByLayer.erase(layerId);
    else
        mByLayer[layerId] = std::move(indices);
    emit changed(layerId);
}

void FeatureSelection::selectOnly(const QString &layerId, Indices indices)
{
    indices = normalised(std::move(indices));
    std::map<QString, Indices> wanted;
    if (!indices.empty())
        wanted[layerId] = std::move(indices);
    if (wanted == mByLayer)
        return;
    const bool onlyThisLayer =
        mByLayer.empty() || (mByLayer.size() == 1 && mByLayer.begin()->first == layerId);
    mByLayer = std::move(wanted);
    emit changed(onlyThisLayer ? layerId : QString());
}

void FeatureSelection::toggle(const QString &layerId, std::size_t index)
{
    Indices indices = selected(layerId);
    const auto at = std::lower_bound(indices.begin(), indices.end(), index);
    if (at != indices.end() && *at == index)
        indices.erase(at);
    else
        indices.insert(at, index);
    setSelected(layerId, std::move(indices));
}

void FeatureSelection::followReplacedFeatures(const QString &layerId, Indices indices)
{
    const bool hadSelection = !selected(layerId).empty();
    indices = normalised(std::move(indices));
    if (indices.empty())
        mByLayer.erase(layerId);
    else
        mByLayer[layerId] = std::move(indices);
    if (hadSelection || !selected(layerId).empty())
        emit changed(layerId);
}

void FeatureSelection::clearLayer(const QString &layerId)
{
    setSelected(layerId, {});
}

void FeatureSelection::clear()
{
    if (mByLayer.empty())
        return;
    const bool oneLayer = mByLayer.size() == 1;
    const QString only = mByLayer.begin()->first;
    mByLayer.clear();
    emit changed(oneLayer ? only : QString());
}

} // namespace core
