#pragma once

#include "scalerange.h"

#include <QString>

namespace gis {

enum class LayerKind { Vector, Raster };

// What every layer of a map shares, whatever its data: identity, title and the settings that
// decide whether and how strongly it shows. The kind tells a caller which subclass it holds.
class MapLayer
{
public:
    virtual ~MapLayer() = default;

    LayerKind kind() const { return mKind; }
    QString id() const { return mId; }
    // Only before the layer joins a project, to keep ids unique there.
    void setId(const QString &id) { mId = id; }
    QString title() const { return mTitle; }
    void setTitle(const QString &title) { mTitle = title; }
    bool isVisible() const { return mVisible; }
    void setVisible(bool visible) { mVisible = visible; }
    double opacity() const { return mOpacity; }
    void setOpacity(double opacity) { mOpacity = opacity; }
    const ScaleRange &scaleRange() const { return mScaleRange; }
    void setScaleRange(const ScaleRange &range) { mScaleRange = range; }

protected:
    MapLayer(LayerKind kind, const QString &id, const QString &title)
        : mKind(kind)
        , mId(id)
        , mTitle(title)
    {
    }
    MapLayer(const MapLayer &) = default;
    MapLayer &operator=(const MapLayer &) = default;

private:
    LayerKind mKind;
    QString mId;
    QString mTitle;
    bool mVisible = true;
    double mOpacity = 1.0;
    ScaleRange mScaleRange;
};

} // namespace gis
