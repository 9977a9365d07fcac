#include "labelengine.h"

#include "textfonts.h"

#include "geometry/geometry.h"

#include <boost/geometry/index/rtree.hpp>

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace gis {

namespace bgi = boost::geometry::index;

namespace {

QFont labelFont(const LabelSettings &settings)
{
    QFont font;
    font.setFamilies(TextFonts::familiesFor(settings.fontFamily));
    font.setBold(settings.bold);
    return font;
}

QFont fontFor(const LabelSettings &settings, double dpi)
{
    QFont font = labelFont(settings);
    font.setPixelSize(std::max(1, qRound(settings.sizePt * dpi / 72.0)));
    return font;
}

// A label's size in pixels, measured on a large reference font and scaled, so that it is
// proportional to the dpi: glyph hinting at small pixel sizes would otherwise make a label a
// pixel wider on screen than in a 300 dpi export and change which labels collide.
struct LabelMetrics
{
    QSizeF size; // including the halo
    double ascent = 0.0;
};

LabelMetrics measure(const QString &text, const LabelSettings &settings, double dpi)
{
    constexpr int referencePixels = 256;
    QFont font = labelFont(settings);
    font.setPixelSize(referencePixels);
    const QFontMetricsF metrics(font);
    const double scale = settings.sizePt * dpi / 72.0 / referencePixels;
    const double halo = settings.haloMm * dpi / 25.4;
    return {QSizeF(metrics.horizontalAdvance(text) * scale + 2 * halo,
                   metrics.height() * scale + 2 * halo),
            metrics.ascent() * scale};
}

Box toBox(const QRectF &rect)
{
    return {Point(rect.left(), rect.top()), Point(rect.right(), rect.bottom())};
}

std::vector<QRectF> candidateBoxes(const LabelCandidate &candidate, const QSizeF &size, double dpi)
{
    const QPointF a = candidate.anchor;
    const double w = size.width(), h = size.height();
    if (candidate.placement == LabelPlacement::Centered)
        return {QRectF(a.x() - w / 2, a.y() - h / 2, w, h)};
    const double gap = candidate.clearancePx + 0.5 * dpi / 25.4; // half a millimetre
    return {QRectF(a.x() + gap, a.y() - h / 2, w, h),
            QRectF(a.x() - gap - w, a.y() - h / 2, w, h),
            QRectF(a.x() - w / 2, a.y() - gap - h, w, h),
            QRectF(a.x() - w / 2, a.y() + gap, w, h),
            QRectF(a.x() + gap, a.y() - h - gap / 2, w, h),
            QRectF(a.x() + gap, a.y() + gap / 2, w, h)};
}

} // namespace

LabelEngine::LabelEngine(double dpi, const QRectF &bounds)
    : mDpi(dpi)
    , mBounds(bounds)
{
}

void LabelEngine::add(LabelCandidate candidate)
{
    if (!candidate.text.trimmed().isEmpty() && mBounds.contains(candidate.anchor))
        mCandidates.push_back(std::move(candidate));
}

std::vector<PlacedLabel> LabelEngine::place() const
{
    std::vector<const LabelCandidate *> ordered;
    ordered.reserve(mCandidates.size());
    for (const LabelCandidate &candidate : mCandidates)
        ordered.push_back(&candidate);
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto *a, const auto *b) {
        if (a->settings.priority != b->settings.priority)
            return a->settings.priority > b->settings.priority;
        return a->order > b->order; // upper layers first
    });

    bgi::rtree<Box, bgi::quadratic<16>> taken;
    std::vector<PlacedLabel> placed;
    for (const LabelCandidate *candidate : ordered) {
        const LabelMetrics metrics = measure(candidate->text, candidate->settings, mDpi);
        const double halo = candidate->settings.haloMm * mDpi / 25.4;
        for (const QRectF &box : candidateBoxes(*candidate, metrics.size, mDpi)) {
            if (!mBounds.contains(box) || taken.qbegin(bgi::intersects(toBox(box))) != taken.qend())
                continue;
            taken.insert(toBox(box));
            const QPointF baseline(box.left() + halo, box.top() + halo + metrics.ascent);
            placed.push_back({candidate->text, box, baseline, candidate->settings});
            break;
        }
    }
    return placed;
}

void LabelEngine::draw(QPainter &painter, const std::vector<PlacedLabel> &labels, double dpi)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const PlacedLabel &label : labels) {
        const QFont font = fontFor(label.settings, dpi);
        const double halo = label.settings.haloMm * dpi / 25.4;
        if (halo > 0) {
            QPainterPath path;
            path.addText(label.baseline, font, label.text);
            painter.setPen(QPen(label.settings.haloColor, 2 * halo, Qt::SolidLine, Qt::RoundCap,
                                Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
        }
        // Real text on top of the halo, so that PDF and SVG exports keep selectable text.
        painter.setFont(font);
        painter.setPen(label.settings.color);
        painter.drawText(label.baseline, label.text);
    }
    painter.restore();
}

} // namespace gis
