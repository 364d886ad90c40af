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

// Liang-Barsky: clips the segment (ax, ay)-(bx, by) to [x0, x1] x [y0, y1] in
// place; false when nothing of it is inside. The rasterisers and the edge
// picker's grid clip alike, so a pick sees the same piece of an edge as the
// picture shows.
bool clipSegment(double &ax, double &ay, double &bx, double &by, double x0, double y0, double x1, double y1);

} // namespace entente

namespace entente {

// One batch of edges for the density rasteriser: all drawn in one colour at
// one opacity per line.
struct DensityBatch
{
    std::span<const quint32> edges;   // edge numbers into `sources`/`targets`
    QRgb color = 0;
    double alpha = 1.0;               // opacity of a single line, 0..1
};

// The fast path for many edges (10^4..10^6): every line is accumulated as
// Wu-antialiased coverage into a density buffer, then the buffer is
// composited over the image once. A line's weight is -ln(1 - alpha), so that
// n lines crossing a pixel give 1 - (1 - alpha)^n: the same picture as
// blending the hairlines one after the other, at a fraction of the cost (an
// add per pixel instead of a read-modify-write blend). Batches of different
// colours mix by weight. `x`/`y` are the nodes' coordinates in image pixels.
// The rows are split into two bands on two threads (each pixel has one
// writer); each band has its own buffer with a margin, so no line is cut at
// a band border.
void drawDensityLines(const RasterTarget &target, std::span<const quint32> sources,
                      std::span<const quint32> targets, std::span<const float> x,
                      std::span<const float> y, std::span<const DensityBatch> batches,
                      int threads = 2);

// Blends a premultiplied ARGB32 sprite over the target with its centre at
// `centre` (image pixels), rounded to the nearest pixel. The sprite's
// QImage::offset() is the position of its top-left pixel relative to that
// centre (sprites are trimmed to their visible pixels).
void blitSprite(const RasterTarget &target, const QImage &sprite, QPointF centre);

struct SpriteStamp
{
    QImage sprite;    // shared, not copied
    QPointF centre;   // image pixels
};
// The stamps in order, two bands of rows on two threads for large batches
// (each pixel has one writer, so the result equals blitting one by one).
void blitSprites(const RasterTarget &target, std::span<const SpriteStamp> stamps, int threads = 2);
} // namespace entente
