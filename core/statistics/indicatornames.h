#pragma once

#include <QCoreApplication>
#include <QString>

namespace core {

// What an indicator key ("faw_vehicles_made") is called in the interface ("FAW vehicles made",
// "一汽整车产量"). Derived indicators are named after what they derive from
// ("investment_per_km2": "Investment per km²"); an unknown key is shown with spaces.
class IndicatorNames
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorNames)
public:
    static QString displayName(const QString &indicator);
    // Whether a name a user gives (of a spatial join, a share group) can be part of indicator
    // keys, which scripts read from `planmap stats`: one word of letters, digits and "_".
    static bool isWellFormedPart(const QString &name);
};

} // namespace core
