#pragma once

// Private to the renderer: a fast path that writes antialiased hairlines
// straight into the QImage a painter draws on. QPainter's stroker costs about
// 0.2 us per pixel of line here, far too much for 10^5..10^6 edges; Wu's
// algorithm with a two-channel blend costs a few ns per pixel.

#include <QImage>
#include <QLineF>
#include <QRect>
#include <QTransform>
#include <optional>
#include <span>

class QPainter;

namespace entente {

struct RasterTarget
{
    QImage *image = nullptr;
    QTransform toPixels;   // the painter's logical coordinates -> image pixels
    QRect clip;            // in image pixels

    // The target of `painter` when the fast path is exact enough: a 32-bit
    // premultiplied (or RGB32) QImage, no clipping, a transform without
    // rotation. Otherwise nullopt and the caller uses QPainter.
    static std::optional<RasterTarget> from(QPainter &painter, const QRectF &logicalRect);
};

// Draws `lines` (in the painter's logical coordinates) 1 pixel wide in
// `color` with opacity `alpha` (0..1) blended over the image. Lines wider than
// a pixel are approximated by a stronger hairline; the caller keeps those for
// QPainter when they matter. Uses two threads for large batches.
void drawHairlines(const RasterTarget &target, std::span<const QLineF> lines, QRgb color, double alpha);

} // namespace entente

namespace entente {
// Blends a premultiplied ARGB32 sprite over the target with its centre at
// `centre` (image pixels), rounded to the nearest pixel.
void blitSprite(const RasterTarget &target, const QImage &sprite, QPointF centre);
} // namespace entente
