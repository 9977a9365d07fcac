#pragma once

#include <span>
#include <vector>

namespace gis {

// How a range of numbers is cut into classes for a graduated map.
enum class ClassificationMethod {
    EqualInterval, // classes of equal width between the minimum and the maximum
    Quantile,      // classes holding about the same number of values
    NaturalBreaks, // Jenks: the least sum of squared deviations within the classes
    Pretty,        // round numbers, 1, 2 or 5 × 10^k apart (R's pretty())
};

// Class breaks: the lowest value, then the upper bound of each class, ascending, so n classes
// have n + 1 breaks; class i holds the values in (breaks[i], breaks[i + 1]], the first one its
// lower bound too. NaN and infinite values are missing and ignored. Fewer distinct values than
// classes give fewer classes; all values equal give one class [v, v]; no values give no breaks.
std::vector<double> classBreaks(std::span<const double> values, ClassificationMethod method,
                                int classes);

std::vector<double> equalIntervalBreaks(std::span<const double> values, int classes);
// The quantiles at i / classes, interpolated between order statistics as R's default (type 7)
// does; a quantile equal to the one below it is dropped.
std::vector<double> quantileBreaks(std::span<const double> values, int classes);
// The exact Fisher–Jenks optimum (dynamic programme over the sorted distinct values, weighted by
// their counts); each inner break is the largest value of its class.
std::vector<double> jenksBreaks(std::span<const double> values, int classes);
// R's pretty(range(values), n = classes): round breaks covering every value, so the class
// count is close to, not always equal to, the one asked for.
std::vector<double> prettyBreaks(std::span<const double> values, int classes);
std::vector<double> prettyBreaks(double low, double high, int classes);

// The class of `value` for `breaks` as above; values beyond the ends go to the first or last
// class. -1 when there are no classes.
int classIndex(const std::vector<double> &breaks, double value);

} // namespace gis
