#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace core {

// Writes a figure with its unit as a planner reads it. Sums of money are scaled the way the
// locale counts: in English by thousands ("¥342.7 bn", "¥30 m"), in Chinese by 万 and 亿
// ("3427 亿元", "3000 万元"); Chinese numbers below 10 000 carry no group separator, as Chinese
// text writes them. At most three decimals, trailing zeros dropped. Unknown units are written
// after the number as they are.
class UnitFormat
{
    Q_DECLARE_TR_FUNCTIONS(core::UnitFormat)
public:
    static QString format(double value, const QString &unit, const QLocale &locale = {});
    // The unit alone, for table headers and legends ("billion yuan", "km²").
    static QString unitName(const QString &unit);
    // Units whose values add up over features (money, counts), so that shares of a total and
    // values per km² mean something; rates, ranks and percentages do not.
    static bool isAdditive(const QString &unit);
    // Yuan per one of the unit ("billion_yuan" → 1e9); 0 when the unit is not a sum in yuan.
    static double yuanPerUnit(const QString &unit);
    // The units figures usually come in, offered where a user gives one.
    static QStringList commonUnits();
};

} // namespace core
