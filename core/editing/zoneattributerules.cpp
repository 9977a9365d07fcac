#include "zoneattributerules.h"

#include "project/labellanguage.h"
#include "project/planproject.h"

#include <QRegularExpression>

#include <algorithm>

namespace core {

namespace {

// The distinct non-empty text values of a field, sorted.
QStringList distinctValues(const gis::FeatureCollection &features, const QString &field)
{
    const int column = features.fieldIndex(field);
    QStringList values;
    if (column < 0)
        return values;
    for (const gis::Feature &feature : features.features) {
        const QString value = feature.attributes.value(column).toString().trimmed();
        if (!value.isEmpty())
            values << value;
    }
    values.removeDuplicates();
    values.sort();
    return values;
}

} // namespace

ZoneAttributeRules::ZoneAttributeRules(QStringList plates, QStringList statuses)
    : mPlates(std::move(plates))
    , mStatuses(std::move(statuses))
{
}

ZoneAttributeRules ZoneAttributeRules::forLayer(const PlanProject &project, const QString &layerId)
{
    QStringList plates, statuses;
    if (const gis::VectorLayer *layer = project.layer(layerId)) {
        plates = distinctValues(layer->features(), plateField);
        statuses = distinctValues(layer->features(), statusField);
    }
    QHash<QString, QString> names;
    const QString nameColumn = nameField(project.labelLanguage());
    for (const auto &layer : project.layers()) {
        const gis::FeatureCollection &plateLayer = layer->features();
        if (plateLayer.name != u"plates")
            continue;
        for (const gis::Feature &plate : plateLayer.features) {
            const QString key = plateLayer.value(plate, QStringLiteral("key")).toString();
            if (key.isEmpty())
                continue;
            plates << key;
            names.insert(key, plateLayer.value(plate, nameColumn).toString());
        }
    }
    plates.removeDuplicates();
    plates.sort();
    ZoneAttributeRules rules(std::move(plates), std::move(statuses));
    rules.mPlateNames = std::move(names);
    return rules;
}

QString ZoneAttributeRules::checkChineseName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("The Chinese name is required.");
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    if (!han.match(name).hasMatch())
        return tr("The Chinese name must contain Chinese characters.");
    return {};
}

QString ZoneAttributeRules::checkEnglishName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("The English name is required.");
    // Latin letters (accents and pinyin tone marks included), digits, spaces and the
    // punctuation of names such as "China (Changchun)-ROK".
    static const QRegularExpression latin(QStringLiteral("^[\\p{Latin}\\d\\s.,'’&()/-]+$"));
    static const QRegularExpression letter(QStringLiteral("\\p{Latin}"));
    if (!latin.match(name).hasMatch() || !letter.match(name).hasMatch())
        return tr("The English name must be written in Latin letters.");
    return {};
}

QString ZoneAttributeRules::checkPlate(const QString &plate) const
{
    if (plate.isEmpty() || mPlates.contains(plate))
        return {};
    return tr("\"%1\" is not a plate of the plan.").arg(plate);
}

QString ZoneAttributeRules::checkStatus(const QString &status) const
{
    if (mStatuses.isEmpty() || mStatuses.contains(status))
        return {};
    if (status.isEmpty())
        return tr("Choose a status.");
    return tr("The status must be one of: %1.").arg(mStatuses.join(QStringLiteral(", ")));
}

} // namespace core
