#pragma once

#include <QString>
#include <QStringList>

namespace core {

// A named group of layers in the layer panel, listed top first as the panel shows them.
struct LayerGroup
{
    QString id;
    QString title;
    QStringList layerIds;
};

} // namespace core
