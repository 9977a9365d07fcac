#include "classbreaks.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <functional>
#include <limits>

namespace gis {

namespace {

std::vector<double> sortedFinite(std::span<const double> values)
{
    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (double value : values) {
        if (std::isfinite(value))
            sorted.push_back(value);
    }
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

// The answer for data that cannot be cut: nothing, or one class [v, v].
bool trivial(const std::vector<double> &sorted, int classes, std::vector<double> *breaks)
{
    if (sorted.empty() || classes < 1) {
        breaks->clear();
        return true;
    }
    if (sorted.front() == sorted.back()) {
        *breaks = {sorted.front(), sorted.front()};
        return true;
    }
    return false;
}

void dropRepeats(std::vector<double> &breaks)
{
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
}

} // namespace

std::vector<double> classBreaks(std::span<const double> values, ClassificationMethod method,
                                int classes)
{
    switch (method) {
    case ClassificationMethod::Quantile:
        return quantileBreaks(values, classes);
    case ClassificationMethod::NaturalBreaks:
        return jenksBreaks(values, classes);
    case ClassificationMethod::Pretty:
        return prettyBreaks(values, classes);
    case ClassificationMethod::EqualInterval:
        break;
    }
    return equalIntervalBreaks(values, classes);
}

std::vector<double> equalIntervalBreaks(std::span<const double> values, int classes)
{
    const std::vector<double> sorted = sortedFinite(values);
    std::vector<double> breaks;
    if (trivial(sorted, classes, &breaks))
        return breaks;
    const double low = sorted.front(), high = sorted.back();
    const double width = (high - low) / classes;
    for (int i = 0; i < classes; ++i)
        breaks.push_back(low + i * width);
    breaks.push_back(high); // exactly, not low + classes * width with its rounding
    return breaks;
}

std::vector<double> quantileBreaks(std::span<const double> values, int classes)
{
    const std::vector<double> sorted = sortedFinite(values);
    std::vector<double> breaks;
    if (trivial(sorted, classes, &breaks))
        return breaks;
    const double last = double(sorted.size() - 1);
    for (int i = 0; i <= classes; ++i) {
        const double position = last * i / classes;
        const std::size_t below = std::size_t(std::floor(position));
        const double fraction = position - below;
        const double value = fraction > 0 && below + 1 < sorted.size()
                                 ? sorted[below] + fraction * (sorted[below + 1] - sorted[below])
                                 : sorted[below];
        breaks.push_back(value);
    }
    dropRepeats(breaks);
    return breaks;
}

std::vector<double> jenksBreaks(std::span<const double> values, int classes)
{
    const std::vector<double> sorted = sortedFinite(values);
    std::vector<double> breaks;
    if (trivial(sorted, classes, &breaks))
        return breaks;
    // Equal values always share a class in an optimum, so the programme runs over the distinct
    // values with their counts: exact, and much smaller for data with many ties.
    std::vector<double> distinct;
    std::vector<double> count;
    for (double value : sorted) {
        if (distinct.empty() || distinct.back() != value) {
            distinct.push_back(value);
            count.push_back(0.0);
        }
        count.back() += 1.0;
    }
    const std::size_t n = distinct.size();
    const std::size_t k = std::min<std::size_t>(std::size_t(classes), n);
    // Prefix sums of weight, weighted sum and weighted squares (values centred on the median
    // for numerical stability) give any run's sum of squared deviations in O(1).
    const double centre = distinct[n / 2];
    std::vector<double> w(n + 1, 0.0), s(n + 1, 0.0), q(n + 1, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        const double x = distinct[i] - centre;
        w[i + 1] = w[i] + count[i];
        s[i + 1] = s[i] + count[i] * x;
        q[i + 1] = q[i] + count[i] * x * x;
    }
    const auto deviation = [&](std::size_t from, std::size_t to) { // values [from, to)
        const double weight = w[to] - w[from], sum = s[to] - s[from];
        return std::max(0.0, q[to] - q[from] - sum * sum / weight);
    };
    // cost[c][j]: the least total deviation of the first j values in c + 1 classes;
    // start[c][j]: where the last of those classes begins.
    const double infinity = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> cost(k, std::vector<double>(n + 1, infinity));
    std::vector<std::vector<std::size_t>> start(k, std::vector<std::size_t>(n + 1, 0));
    for (std::size_t j = 1; j <= n; ++j)
        cost[0][j] = deviation(0, j);
    // The best start of the last class never moves left as j grows (the deviation satisfies
    // the quadrangle inequality), so divide and conquer finds each row's exact optimum in
    // O(n log n) rather than O(n²): a layer of thousands of features classifies at once.
    std::size_t c = 0;
    const std::function<void(std::size_t, std::size_t, std::size_t, std::size_t)> solve =
        [&](std::size_t low, std::size_t high, std::size_t firstStart, std::size_t lastStart) {
            if (low > high)
                return;
            const std::size_t mid = low + (high - low) / 2;
            std::size_t best = std::max(firstStart, c);
            for (std::size_t i = best; i <= std::min(lastStart, mid - 1); ++i) {
                const double candidate = cost[c - 1][i] + deviation(i, mid);
                if (candidate < cost[c][mid]) {
                    cost[c][mid] = candidate;
                    best = i;
                }
            }
            start[c][mid] = best;
            if (mid > low)
                solve(low, mid - 1, firstStart, best);
            solve(mid + 1, high, best, lastStart);
        };
    for (c = 1; c < k; ++c)
        solve(c + 1, n, c, n - 1);
    std::vector<double> upper(k);
    std::size_t end = n;
    for (std::size_t c = k; c-- > 0;) {
        upper[c] = distinct[end - 1];
        end = c > 0 ? start[c][end] : 0;
    }
    breaks.push_back(distinct.front());
    breaks.insert(breaks.end(), upper.begin(), upper.end());
    return breaks;
}

std::vector<double> prettyBreaks(std::span<const double> values, int classes)
{
    const std::vector<double> sorted = sortedFinite(values);
    std::vector<double> breaks;
    if (trivial(sorted, classes, &breaks))
        return breaks;
    return prettyBreaks(sorted.front(), sorted.back(), classes);
}

std::vector<double> prettyBreaks(double low, double high, int classes)
{
    // R_pretty() of R's src/appl/pretty.c with pretty()'s defaults: high.u.bias = 1.5,
    // u5.bias = 0.5 + 1.5 * high.u.bias, min.n = n %/% 3.
    if (!std::isfinite(low) || !std::isfinite(high) || classes < 1)
        return {};
    if (low > high)
        std::swap(low, high);
    const double h = 1.5, h5 = 0.5 + 1.5 * h;
    const int minN = classes / 3;
    const double dx = high - low;
    double cell;
    bool small;
    if (dx == 0 && high == 0) {
        cell = 1;
        small = true;
    } else {
        cell = std::max(std::abs(low), std::abs(high));
        const double u = 1 + (h5 >= 1.5 * h + 0.5 ? 1 / (1 + h) : 1.5 / (1 + h5));
        small = dx < cell * u * std::max(1, classes) * DBL_EPSILON * 3;
    }
    if (small) {
        if (cell > 10)
            cell = 9 + cell / 10;
        cell *= 0.75; // shrink.sml
        if (minN > 1)
            cell /= minN;
    } else {
        cell = dx;
        if (classes > 1)
            cell /= classes;
    }
    cell = std::max(cell, 20 * DBL_MIN);
    const double base = std::pow(10.0, std::floor(std::log10(cell)));
    double unit = base;
    if (2 * base - cell < h * (cell - unit)) {
        unit = 2 * base;
        if (5 * base - cell < h5 * (cell - unit)) {
            unit = 5 * base;
            if (10 * base - cell < h * (cell - unit))
                unit = 10 * base;
        }
    }
    const double roundingEps = 1e-10;
    double ns = std::floor(low / unit + 1e-7);
    double nu = std::ceil(high / unit - 1e-7);
    while (ns * unit > low + roundingEps * unit)
        ns -= 1;
    while (nu * unit < high - roundingEps * unit)
        nu += 1;
    int k = int(0.5 + nu - ns);
    if (k < minN) {
        k = minN - k;
        if (ns >= 0) {
            nu += k / 2;
            ns -= k / 2 + k % 2;
        } else {
            ns -= k / 2;
            nu += k / 2 + k % 2;
        }
    }
    std::vector<double> breaks;
    for (double i = ns; i <= nu + 0.5; i += 1) {
        const double value = i * unit;
        // 0.30000000000000004 is 0.3 to a planner: round to the unit's decimals.
        const double digits = std::pow(10.0, std::max(0.0, -std::floor(std::log10(unit)) + 1));
        breaks.push_back(std::round(value * digits) / digits);
    }
    if (breaks.size() == 1)
        breaks.push_back(breaks.front() + unit);
    return breaks;
}

int classIndex(const std::vector<double> &breaks, double value)
{
    if (breaks.size() < 2)
        return -1;
    const auto first = breaks.begin() + 1, last = breaks.end() - 1;
    return int(std::lower_bound(first, last, value) - first);
}

} // namespace gis
