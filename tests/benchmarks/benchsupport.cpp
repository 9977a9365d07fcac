#include "benchsupport.h"

#include "data/vectordataset.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace bench {

namespace {

gis::Box padded(const gis::Box &box)
{
    const double dx = (box.max_corner().x() - box.min_corner().x()) * 0.01;
    const double dy = (box.max_corner().y() - box.min_corner().y()) * 0.01;
    return {gis::Point(box.min_corner().x() - dx, box.min_corner().y() - dy),
            gis::Point(box.max_corner().x() + dx, box.max_corner().y() + dy)};
}

LoadedLayer finish(std::shared_ptr<const gis::FeatureCollection> features, QElapsedTimer &timer)
{
    LoadedLayer loaded;
    loaded.crs = features->crs.isValid() ? features->crs : gis::Crs::wgs84();
    loaded.layer = std::make_shared<gis::VectorLayer>(features->name, features);
    QString error;
    const auto projected = loaded.layer->projectionCache()->projected(loaded.crs, &error);
    if (!projected) {
        QTextStream(stderr) << error << '\n';
        return {};
    }
    loaded.extent = padded(projected->extent());
    loaded.loadSeconds = timer.nsecsElapsed() / 1e9;
    return loaded;
}

} // namespace

LoadedLayer loadLayer(const QString &path, const QString &layerName)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto dataset = gis::VectorDataset::open(path, &error);
    const QString name = !dataset              ? QString()
                         : layerName.isEmpty() ? dataset->layerNames().value(0)
                                               : layerName;
    std::optional<gis::FeatureCollection> features =
        dataset ? dataset->readCompactLayer(name, &error) : std::nullopt;
    if (!features) {
        QTextStream(stderr) << error << '\n';
        return {};
    }
    return finish(std::make_shared<const gis::FeatureCollection>(std::move(*features)), timer);
}

LoadedLayer smokeLayer(int side)
{
    QElapsedTimer timer;
    timer.start();
    auto features = std::make_shared<gis::FeatureCollection>();
    features->name = QStringLiteral("smoke");
    features->crs = gis::Crs::wgs84();
    features->kind = gis::GeometryKind::Polygon;
    const double cell = 1.0 / 64;
    for (int i = 0; i < side * side; ++i) {
        const double x = 120.0 + (i % side) * cell, y = 40.0 + (i / side) * cell;
        gis::Polygon square;
        square.outer() = {{x, y}, {x, y + cell}, {x + cell, y + cell}, {x + cell, y}, {x, y}};
        features->geometries.append(gis::MultiPolygon{square});
        features->features.push_back({i, {}, {}});
    }
    return finish(features, timer);
}

double median(std::vector<double> values)
{
    return percentile(std::move(values), 0.5);
}

double percentile(std::vector<double> values, double share)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t index =
        std::min(values.size() - 1, static_cast<std::size_t>(share * (values.size() - 1) + 0.5));
    return values[index];
}

QSize parseSize(const QString &text)
{
    const QStringList parts = text.split(u'x');
    if (parts.size() != 2)
        return {};
    return QSize(parts[0].toInt(), parts[1].toInt());
}

double peakRssMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0.0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0.0;
}

} // namespace bench
