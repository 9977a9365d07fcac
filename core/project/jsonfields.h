#pragma once

#include "geometry/geometry.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace core {

// Reads typed values out of one JSON object of a project file. A key that is missing gives
// the fallback; a key of the wrong type gives the fallback too and a problem naming the key
// and where it sits, so a hand-edited file still opens and says what was wrong.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)
public:
    // `where` names the object in messages, such as `layer "cities", symbol`.
    JsonFields(const QJsonObject &object, const QString &where, QStringList *problems);

    bool has(const QString &key) const { return mObject.contains(key); }
    QString string(const QString &key, const QString &fallback = {}) const;
    double number(const QString &key, double fallback) const;
    int integer(const QString &key, int fallback) const;
    bool boolean(const QString &key, bool fallback) const;
    QColor color(const QString &key, const QColor &fallback) const;
    // [xmin, ymin, xmax, ymax]
    std::optional<gis::Box> box(const QString &key) const;
    QJsonObject object(const QString &key) const;
    QJsonArray array(const QString &key) const;
    QStringList strings(const QString &key) const;
    // Reports a value of the right type that means nothing here (an unknown marker name…).
    void reportInvalid(const QString &key, const QString &value) const;

private:
    bool check(const QString &key, bool rightType, const QString &expected) const;

    QJsonObject mObject;
    QString mWhere;
    QStringList *mProblems;
};

QJsonArray boxToJson(const gis::Box &box);

} // namespace core
