#include "jsonfields.h"

#include <cmath>

namespace core {

JsonFields::JsonFields(const QJsonObject &object, const QString &where, QStringList *problems)
    : mObject(object)
    , mWhere(where)
    , mProblems(problems)
{
}

bool JsonFields::check(const QString &key, bool rightType, const QString &expected) const
{
    if (!rightType && mProblems)
        mProblems->push_back(tr("%1: “%2” should be %3").arg(mWhere, key, expected));
    return rightType;
}

void JsonFields::reportInvalid(const QString &key, const QString &value) const
{
    if (mProblems)
        mProblems->push_back(tr("%1: “%2” has an unknown value “%3”").arg(mWhere, key, value));
}

QString JsonFields::string(const QString &key, const QString &fallback) const
{
    const QJsonValue value = mObject.value(key);
    if (value.isUndefined() || !check(key, value.isString(), tr("text")))
        return fallback;
    return value.toString();
}

double JsonFields::number(const QString &key, double fallback) const
{
    const QJsonValue value = mObject.value(key);
    if (value.isUndefined() || !check(key, value.isDouble(), tr("a number")))
        return fallback;
    return value.toDouble();
}

int JsonFields::integer(const QString &key, int fallback) const
{
    const QJsonValue value = mObject.value(key);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(0.5);
    if (!check(key, value.isDouble() && number == std::floor(number), tr("a whole number")))
        return fallback;
    return int(number);
}

bool JsonFields::boolean(const QString &key, bool fallback) const
{
    const QJsonValue value = mObject.value(key);
    if (value.isUndefined() || !check(key, value.isBool(), tr("true or false")))
        return fallback;
    return value.toBool();
}

QColor JsonFields::color(const QString &key, const QColor &fallback) const
{
    const QJsonValue value = mObject.value(key);
    if (value.isUndefined())
        return fallback;
    const QColor color = QColor::fromString(value.toString());
    if (!check(key, value.isString() && color.isValid(), tr("a colour such as #ff2e86c1")))
        return fallback;
    return color;
}

std::optional<gis::Box> JsonFields::box(const QString &key) const
{
    const QJsonValue value = mObject.value(key);
    if (value.isUndefined())
        return std::nullopt;
    const QJsonArray array = value.toArray();
    bool numbers = value.isArray() && array.size() == 4;
    for (const QJsonValue &item : array)
        numbers = numbers && item.isDouble();
    if (!check(key, numbers, tr("four numbers [xmin, ymin, xmax, ymax]")))
        return std::nullopt;
    return gis::Box(gis::Point(array[0].toDouble(), array[1].toDouble()),
                    gis::Point(array[2].toDouble(), array[3].toDouble()));
}

QJsonObject JsonFields::object(const QString &key) const
{
    const QJsonValue value = mObject.value(key);
    if (value.isUndefined() || !check(key, value.isObject(), tr("an object")))
        return {};
    return value.toObject();
}

QJsonArray JsonFields::array(const QString &key) const
{
    const QJsonValue value = mObject.value(key);
    if (value.isUndefined() || !check(key, value.isArray(), tr("a list")))
        return {};
    return value.toArray();
}

QStringList JsonFields::strings(const QString &key) const
{
    QStringList result;
    const QJsonArray items = array(key);
    for (const QJsonValue &item : items) {
        if (check(key, item.isString(), tr("a list of text")))
            result.push_back(item.toString());
    }
    return result;
}

QJsonArray boxToJson(const gis::Box &box)
{
    return {box.min_corner().x(), box.min_corner().y(), box.max_corner().x(), box.max_corner().y()};
}

} // namespace core
