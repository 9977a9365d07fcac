#include "layerstyle.h"

#include <cmath>

namespace gis {

std::vector<Symbol> LayerStyle::symbolList() const
{
    std::vector<Symbol> symbols;
    switch (kind) {
    case StyleKind::Single:
        return {symbol};
    case StyleKind::Graduated:
        for (const RangeClass &range : ranges)
            symbols.push_back(range.symbol);
        break;
    case StyleKind::Categorized:
        for (const CategoryClass &category : categories)
            symbols.push_back(category.symbol);
        symbols.push_back(otherSymbol);
        break;
    case StyleKind::Proportional:
        symbols.push_back(symbol);
        break;
    }
    symbols.push_back(noDataSymbol);
    return symbols;
}

int LayerStyle::otherIndex() const
{
    return kind == StyleKind::Categorized ? int(categories.size()) : -1;
}

int LayerStyle::noDataIndex() const
{
    return int(symbolList().size()) - 1;
}

double LayerStyle::proportionalSizeMm(double value) const
{
    if (!(value > 0) || !(maxValue > 0))
        return 0.0;
    return maxSizeMm * std::sqrt(value / maxValue);
}

Symbol defaultNoDataSymbol(const Symbol &base)
{
    Symbol symbol = base;
    symbol.fillColor = QColor(0xd9, 0xd9, 0xd9);
    symbol.strokeColor = QColor(0x96, 0x96, 0x96);
    return symbol;
}

} // namespace gis
