#include "editjournal.h"

#include "geometry/wkb.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace core {

namespace {

constexpr int kFormat = 1;

QJsonValue wkbValue(const gis::Geometry &geometry)
{
    return QString::fromLatin1(gis::toWkb(geometry).toBase64());
}

QJsonArray valuesOf(const QVariantList &attributes)
{
    QJsonArray values;
    for (const QVariant &value : attributes)
        values.push_back(QJsonValue::fromVariant(value));
    return values;
}

QVariant typed(const QJsonValue &value, const gis::Fields &fields, int field)
{
    QVariant variant = value.toVariant();
    if (value.isNull() || field < 0 || field >= fields.size())
        return variant;
    variant.convert(QMetaType(fields[field].type));
    return variant;
}

QJsonObject toJson(const QString &layerId, const gis::EditBuffer &edits,
                   const std::map<qint64, qint64> &baseVersions)
{
    QJsonArray geometries, attributes, added, deleted;
    for (const auto &[id, geometry] : edits.changedGeometries())
        geometries.push_back(
            QJsonObject{{QStringLiteral("fid"), id}, {QStringLiteral("wkb"), wkbValue(geometry)}});
    for (const auto &[id, values] : edits.changedAttributes()) {
        for (auto it = values.begin(); it != values.end(); ++it)
            attributes.push_back(
                QJsonObject{{QStringLiteral("fid"), id},
                            {QStringLiteral("field"), it.key()},
                            {QStringLiteral("value"), QJsonValue::fromVariant(it.value())}});
    }
    for (const auto &[id, feature] : edits.addedFeatures())
        added.push_back(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("values"), valuesOf(feature.attributes)},
                                    {QStringLiteral("wkb"), wkbValue(feature.geometry)}});
    for (qint64 id : edits.deletedFeatures())
        deleted.push_back(id);
    QJsonArray versions;
    for (const auto &[id, version] : baseVersions)
        versions.push_back(
            QJsonObject{{QStringLiteral("fid"), id}, {QStringLiteral("version"), version}});
    return {{QStringLiteral("format"), kFormat},        {QStringLiteral("layer"), layerId},
            {QStringLiteral("geometries"), geometries}, {QStringLiteral("attributes"), attributes},
            {QStringLiteral("added"), added},           {QStringLiteral("deleted"), deleted},
            {QStringLiteral("baseVersions"), versions}};
}

// The part of read() that can fail on content: every entry must be whole.
bool fromJson(const QJsonObject &json, const gis::Fields &fields, gis::EditBuffer &edits,
              QString *reason)
{
    const auto geometryOf = [&](const QJsonObject &entry) {
        return gis::fromWkb(
            QByteArray::fromBase64(entry.value(QStringLiteral("wkb")).toString().toLatin1()),
            reason);
    };
    for (const QJsonValue &value : json.value(QStringLiteral("geometries")).toArray()) {
        const QJsonObject entry = value.toObject();
        const auto geometry = geometryOf(entry);
        if (!geometry)
            return false;
        edits.changeGeometry(entry.value(QStringLiteral("fid")).toInteger(), *geometry);
    }
    for (const QJsonValue &value : json.value(QStringLiteral("attributes")).toArray()) {
        const QJsonObject entry = value.toObject();
        const int field = entry.value(QStringLiteral("field")).toInt(-1);
        edits.changeAttribute(entry.value(QStringLiteral("fid")).toInteger(), field,
                              typed(entry.value(QStringLiteral("value")), fields, field));
    }
    for (const QJsonValue &value : json.value(QStringLiteral("added")).toArray()) {
        const QJsonObject entry = value.toObject();
        const auto geometry = geometryOf(entry);
        if (!geometry)
            return false;
        gis::Feature feature{entry.value(QStringLiteral("id")).toInteger(), {}, *geometry};
        const QJsonArray values = entry.value(QStringLiteral("values")).toArray();
        for (int i = 0; i < values.size(); ++i)
            feature.attributes.push_back(typed(values[i], fields, i));
        if (feature.id >= 0) {
            *reason = EditJournal::tr("an added feature has a saved feature's id");
            return false;
        }
        edits.restoreAddedFeature(std::move(feature));
    }
    for (const QJsonValue &value : json.value(QStringLiteral("deleted")).toArray())
        edits.deleteFeature(value.toInteger());
    return true;
}

std::map<qint64, qint64> versionsFrom(const QJsonObject &json)
{
    std::map<qint64, qint64> versions;
    for (const QJsonValue &value : json.value(QStringLiteral("baseVersions")).toArray()) {
        const QJsonObject entry = value.toObject();
        versions[entry.value(QStringLiteral("fid")).toInteger()] =
            entry.value(QStringLiteral("version")).toInteger();
    }
    return versions;
}

} // namespace

bool EditJournal::write(const QString &path, const QString &layerId, const gis::EditBuffer &edits,
                        QString *error, const std::map<qint64, qint64> &baseVersions)
{
    QSaveFile file(path);
    const QByteArray bytes =
        QJsonDocument(toJson(layerId, edits, baseVersions)).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write the edit journal %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<JournalEntry> EditJournal::read(const QString &path, const gis::Fields &fields,
                                              QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the edit journal %1: %2").arg(shown, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
    const QJsonObject json = document.object();
    if (parse.error != QJsonParseError::NoError || !document.isObject() ||
        json.value(QStringLiteral("format")).toInt() != kFormat) {
        *error = tr("%1 is not an edit journal planmap can read").arg(shown);
        return std::nullopt;
    }
    JournalEntry entry{json.value(QStringLiteral("layer")).toString(), {}, versionsFrom(json)};
    QString reason;
    if (entry.layerId.isEmpty() || !fromJson(json, fields, entry.edits, &reason)) {
        *error = tr("The edit journal %1 is damaged: %2")
                     .arg(shown, reason.isEmpty() ? tr("it names no layer") : reason);
        return std::nullopt;
    }
    return entry;
}

} // namespace core
