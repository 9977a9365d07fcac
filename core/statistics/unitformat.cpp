#include "unitformat.h"

#include <cmath>

namespace core {

namespace {
const QLatin1String kPerKm2("/km2");
}

namespace {

bool isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

QString number(double value, const QLocale &locale, int decimals = 3)
{
    QLocale writer = locale;
    if (isChinese(locale) && std::abs(value) < 10000)
        writer.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    QString text = writer.toString(value, 'f', decimals);
    const QString point = writer.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString yuanInEnglish(double yuan, const QLocale &locale)
{
    if (std::abs(yuan) >= 1e9)
        return UnitFormat::tr("¥%1 bn").arg(number(yuan / 1e9, locale));
    if (std::abs(yuan) >= 1e6)
        return UnitFormat::tr("¥%1 m").arg(number(yuan / 1e6, locale));
    return UnitFormat::tr("¥%1").arg(number(yuan, locale, 2));
}

QString yuanInChinese(double yuan, const QLocale &locale)
{
    if (std::abs(yuan) >= 1e8)
        return UnitFormat::tr("%1 hundred million yuan").arg(number(yuan / 1e8, locale));
    if (std::abs(yuan) >= 1e4)
        return UnitFormat::tr("%1 ten thousand yuan").arg(number(yuan / 1e4, locale));
    return UnitFormat::tr("%1 yuan").arg(number(yuan, locale, 2));
}

} // namespace

double UnitFormat::yuanPerUnit(const QString &unit)
{
    if (unit == u"yuan")
        return 1;
    if (unit == u"ten_thousand_yuan")
        return 1e4;
    if (unit == u"million_yuan")
        return 1e6;
    if (unit == u"100_million_yuan" || unit == u"hundred_million_yuan")
        return 1e8;
    if (unit == u"billion_yuan")
        return 1e9;
    return 0;
}

bool UnitFormat::isAdditive(const QString &unit)
{
    return yuanPerUnit(unit) > 0 || unit == u"count" || unit == u"million_usd" ||
           unit == u"million_vehicles" || unit == u"km2";
}

QString UnitFormat::format(double value, const QString &unit, const QLocale &locale)
{
    // Densities derived by the engine ("billion_yuan/km2"): the base unit's words, per km².
    if (unit.endsWith(kPerKm2) && unit.size() > kPerKm2.size())
        return tr("%1/km²").arg(format(value, unit.chopped(kPerKm2.size()), locale));
    if (const double yuan = yuanPerUnit(unit); yuan > 0)
        return isChinese(locale) ? yuanInChinese(value * yuan, locale)
                                 : yuanInEnglish(value * yuan, locale);
    const QString n = number(value, locale);
    if (unit == u"percent")
        return n + locale.percent();
    if (unit == u"percentage_points")
        return tr("%1 percentage points").arg(n);
    if (unit == u"count" || unit.isEmpty())
        return n;
    if (unit == u"km2")
        return tr("%1 km²").arg(number(value, locale, 2));
    if (unit == u"km")
        return tr("%1 km").arg(number(value, locale, 2));
    if (unit == u"million_usd")
        return isChinese(locale) ? tr("%1 ten thousand US dollars").arg(number(value * 100, locale))
                                 : tr("US$%1 m").arg(n);
    if (unit == u"million_vehicles")
        return isChinese(locale) ? tr("%1 ten thousand vehicles").arg(number(value * 100, locale))
                                 : tr("%1 m vehicles").arg(n);
    if (unit == u"per_week")
        return tr("%1 per week").arg(n);
    if (unit == u"months")
        return tr("%1 months").arg(n);
    if (unit == u"quarters")
        return tr("%1 quarters").arg(n);
    if (unit == u"rank")
        return tr("No. %1").arg(n);
    return n + u' ' + unit;
}

QString UnitFormat::unitName(const QString &unit)
{
    if (unit.endsWith(kPerKm2) && unit.size() > kPerKm2.size())
        return tr("%1 per km²").arg(unitName(unit.chopped(kPerKm2.size())));
    if (unit == u"billion_yuan")
        return tr("billion yuan");
    if (unit == u"million_yuan")
        return tr("million yuan");
    if (unit == u"100_million_yuan" || unit == u"hundred_million_yuan")
        return tr("hundred million yuan");
    if (unit == u"yuan")
        return tr("yuan");
    if (unit == u"percent")
        return tr("%");
    if (unit == u"percentage_points")
        return tr("percentage points");
    if (unit == u"count")
        return tr("count");
    if (unit == u"km2")
        return tr("km²");
    if (unit == u"million_usd")
        return tr("million US dollars");
    if (unit == u"million_vehicles")
        return tr("million vehicles");
    return unit;
}

QStringList UnitFormat::commonUnits()
{
    return {QStringLiteral("billion_yuan"),     QStringLiteral("100_million_yuan"),
            QStringLiteral("million_yuan"),     QStringLiteral("yuan"),
            QStringLiteral("percent"),          QStringLiteral("count"),
            QStringLiteral("million_usd"),      QStringLiteral("km2"),
            QStringLiteral("percentage_points")};
}

} // namespace core
