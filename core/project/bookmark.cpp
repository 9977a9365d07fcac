#include "bookmark.h"

#include "projectdata.h"

#include <QCoreApplication>

#include <boost/geometry/algorithms/expand.hpp>

#include <optional>

namespace core {

namespace bg = boost::geometry;

namespace {

const gis::FeatureCollection *layerNamed(const ProjectData &data, const QString &name)
{
    for (const auto &layer : data.layers) {
        if (layer->id() == name)
            return &layer->features();
    }
    return nullptr;
}

std::optional<gis::Box> envelopeOf(const ProjectData &data, const QString &layer,
                                   const QString &field, const QStringList &values)
{
    const gis::FeatureCollection *features = layerNamed(data, layer);
    if (!features)
        return std::nullopt;
    gis::Box box;
    bg::assign_inverse(box);
    bool found = false;
    for (const QString &value : values) {
        if (const std::optional<std::size_t> index = features->indexOfValue(field, value)) {
            bg::expand(box, features->envelope(*index));
            found = true;
        }
    }
    return found ? std::optional<gis::Box>(box) : std::nullopt;
}

gis::Box padded(const gis::Box &box, double fraction, double minimumDegrees = 0.0)
{
    const double dx =
        std::max((box.max_corner().x() - box.min_corner().x()) * fraction, minimumDegrees);
    const double dy =
        std::max((box.max_corner().y() - box.min_corner().y()) * fraction, minimumDegrees);
    return {gis::Point(box.min_corner().x() - dx, box.min_corner().y() - dy),
            gis::Point(box.max_corner().x() + dx, box.max_corner().y() + dy)};
}

} // namespace

QVector<Bookmark> presetBookmarks(const ProjectData &data)
{
    QVector<Bookmark> bookmarks;
    const auto add = [&](const char *id, const char *name, std::optional<gis::Box> box, double pad,
                         double minimum) {
        if (box)
            bookmarks.push_back({QString::fromLatin1(id),
                                 QCoreApplication::translate("Bookmarks", name),
                                 padded(*box, pad, minimum)});
    };
    const QString layerKey = QStringLiteral("key");
    add("jilin", QT_TRANSLATE_NOOP("Bookmarks", "Jilin province"),
        envelopeOf(data, QStringLiteral("prefectures"), QStringLiteral("code"),
                   {QStringLiteral("2201"), QStringLiteral("2202"), QStringLiteral("2203"),
                    QStringLiteral("2204"), QStringLiteral("2205"), QStringLiteral("2206"),
                    QStringLiteral("2207"), QStringLiteral("2208"), QStringLiteral("2224")}),
        0.03, 0.0);
    add("changchun", QT_TRANSLATE_NOOP("Bookmarks", "Changchun"),
        envelopeOf(data, QStringLiteral("prefectures"), QStringLiteral("code"),
                   {QStringLiteral("2201")}),
        0.03, 0.0);
    add("changchun_jilin_axis", QT_TRANSLATE_NOOP("Bookmarks", "Changchun–Jilin axis"),
        envelopeOf(data, QStringLiteral("cities"), layerKey,
                   {QStringLiteral("changchun"), QStringLiteral("jilin")}),
        0.25, 0.15);
    add("gongzhuling", QT_TRANSLATE_NOOP("Bookmarks", "Gongzhuling"),
        envelopeOf(data, QStringLiteral("counties"), QStringLiteral("adcode"),
                   {QStringLiteral("220381")}),
        0.05, 0.0);
    bookmarks.push_back({QStringLiteral("northeast_asia"),
                         QCoreApplication::translate("Bookmarks", "Northeast Asia"),
                         gis::Box(gis::Point(104.0, 30.0), gis::Point(146.0, 56.0))});
    return bookmarks;
}

} // namespace core
