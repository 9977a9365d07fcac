#pragma once

#include <QObject>
#include <QString>

#include <map>
#include <vector>

namespace core {

// The selected features of a project, per layer, as indices into each layer's features. Views
// (map highlight, attribute table) follow the changed() signal, so a selection made in one
// shows in all.
class FeatureSelection : public QObject
{
    Q_OBJECT
public:
    using Indices = std::vector<std::size_t>; // sorted, no repeats

    explicit FeatureSelection(QObject *parent = nullptr);

    const Indices &selected(const QString &layerId) const;
    bool isSelected(const QString &layerId, std::size_t index) const;
    bool isEmpty() const { return mByLayer.empty(); }
    QStringList layerIds() const;
    std::size_t count() const;

    // Replaces the selection of one layer; other layers keep theirs.
    void setSelected(const QString &layerId, Indices indices);
    // Replaces the whole selection by these features of one layer (a click on the map).
    void selectOnly(const QString &layerId, Indices indices);
    void toggle(const QString &layerId, std::size_t index);
    // The layer's features were replaced (an edit): the selection becomes these indices into
    // the new features, and the views are told even when the indices did not change, since
    // the selected shapes may have.
    void followReplacedFeatures(const QString &layerId, Indices indices);
    void clearLayer(const QString &layerId);
    void clear();

signals:
    void changed(const QString &layerId); // empty when several layers changed

private:
    std::map<QString, Indices> mByLayer;
};

} // namespace core
