#pragma once

#include "symbol.h"

#include <QString>

#include <vector>

namespace gis {

// How a layer's features get their symbols: one for all, by class of a number, by category of
// a value, or a marker sized by a number.
enum class StyleKind { Single, Graduated, Categorized, Proportional };

// One class of a graduated style: the values in (lower, upper], the first class its lower
// bound too.
struct RangeClass
{
    double lower = 0.0;
    double upper = 0.0;
    Symbol symbol;
    QString label;
};

// One category of a categorized style: the features whose value reads `value`.
struct CategoryClass
{
    QString value;
    Symbol symbol;
    QString label;
};

// A layer's style as a value. `symbol` is the single symbol, and the base of the others (their
// outline, marker shape); the per-feature choice is made once, by FeatureSymbology.
struct LayerStyle
{
    StyleKind kind = StyleKind::Single;
    Symbol symbol;
    // The attribute the values come from; empty when the caller supplies them (an indicator).
    QString field;
    QString legendTitle;
    std::vector<RangeClass> ranges;        // Graduated, ascending
    std::vector<CategoryClass> categories; // Categorized
    Symbol otherSymbol;                    // Categorized: values of no category
    Symbol noDataSymbol;                   // a missing value
    // Proportional: a marker's area grows with its value, so its diameter is maxSizeMm ×
    // sqrt(value / maxValue); values at or below zero are not drawn.
    double maxValue = 0.0;
    double maxSizeMm = 10.0;

    // The symbols FeatureSymbology indexes: the classes or categories in order, then "other"
    // (Categorized) and "no data"; Proportional: the symbol and "no data"; Single: the symbol.
    std::vector<Symbol> symbolList() const;
    int otherIndex() const;  // -1 unless Categorized
    int noDataIndex() const; // the last
    // Diameter of a proportional marker for `value`.
    double proportionalSizeMm(double value) const;
};

// The grey hatch-free "no data" fill that reads as missing beside any colour ramp.
Symbol defaultNoDataSymbol(const Symbol &base);

} // namespace gis
