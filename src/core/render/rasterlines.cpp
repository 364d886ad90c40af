#include "rasterlines_p.h"

#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <thread>

namespace entente {

std::optional<RasterTarget> RasterTarget::from(QPainter &painter, const QRectF &logicalRect)
{
    QPaintDevice *device = painter.device();
    if (!device || device->devType() != QInternal::Image || painter.hasClipping())
        return std::nullopt;
    auto *image = static_cast<QImage *>(device);
    if (image->format() != QImage::Format_ARGB32_Premultiplied && image->format() != QImage::Format_RGB32)
        return std::nullopt;
    const QTransform t = painter.deviceTransform();
    if (t.type() > QTransform::TxScale)
        return std::nullopt;
    RasterTarget target;
    target.image = image;
    target.toPixels = t;
    target.clip = t.mapRect(logicalRect).toAlignedRect().intersected(image->rect());
    if (target.clip.isEmpty())
        return std::nullopt;
    return target;
}

namespace {

// dst over-blended with opaque `src` at weight a/256, both premultiplied ARGB.
inline quint32 blend(quint32 dst, quint32 src, quint32 a)
{
    const quint32 ia = 256 - a;
    const quint32 rb = (((src & 0xff00ff) * a + (dst & 0xff00ff) * ia) >> 8) & 0xff00ff;
    const quint32 ag = ((((src >> 8) & 0xff00ff) * a + ((dst >> 8) & 0xff00ff) * ia)) & 0xff00ff00;
    return rb | ag;
}


struct Band
{
    uchar *bits;
    qsizetype bpl;
    int x0, x1, y0, y1;   // inclusive pixel range

    void plot(int x, int y, quint32 src, quint32 a) const
    {
        if (a == 0 || x < x0 || x > x1 || y < y0 || y > y1)
            return;
        auto *p = reinterpret_cast<quint32 *>(bits + y * bpl) + x;
        *p = blend(*p, src, a);
    }

    // Xiaolin Wu's line, endpoints at pixel centres (x + 0.5).
    void line(double ax, double ay, double bx, double by, quint32 src, quint32 alpha) const
    {
        // Clip to the band with a pixel of margin so the two-pixel span is complete.
        if (!clipSegment(ax, ay, bx, by, x0 - 1.0, y0 - 1.0, x1 + 2.0, y1 + 2.0))
            return;
        ax -= 0.5;
        ay -= 0.5;
        bx -= 0.5;
        by -= 0.5;
        const bool steep = std::abs(by - ay) > std::abs(bx - ax);
        if (steep) {
            std::swap(ax, ay);
            std::swap(bx, by);
        }
        if (ax > bx) {
            std::swap(ax, bx);
            std::swap(ay, by);
        }
        const double dx = bx - ax, dy = by - ay;
        const double gradient = dx < 1e-9 ? 0.0 : dy / dx;
        const int xs = int(std::lround(ax)), xe = int(std::lround(bx));
        double y = ay + gradient * (xs - ax);
        for (int x = xs; x <= xe; ++x, y += gradient) {
            const double fy = std::floor(y);
            const int iy = int(fy);
            const quint32 f = quint32((y - fy) * alpha);
            if (steep) {
                plot(iy, x, src, alpha - f);
                plot(iy + 1, x, src, f);
            } else {
                plot(x, iy, src, alpha - f);
                plot(x, iy + 1, src, f);
            }
        }
    }
};

} // namespace

bool clipSegment(double &ax, double &ay, double &bx, double &by, double x0, double y0, double x1, double y1)
{
    double t0 = 0, t1 = 1;
    const double dx = bx - ax, dy = by - ay;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {ax - x0, x1 - ax, ay - y0, y1 - ay};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double r = q[i] / p[i];
        if (p[i] < 0) {
            if (r > t1)
                return false;
            t0 = std::max(t0, r);
        } else {
            if (r < t0)
                return false;
            t1 = std::min(t1, r);
        }
    }
    const double nax = ax + t0 * dx, nay = ay + t0 * dy;
    bx = ax + t1 * dx;
    by = ay + t1 * dy;
    ax = nax;
    ay = nay;
    return true;
}

void drawHairlines(const RasterTarget &target, std::span<const QLineF> lines, QRgb color, double alpha)
{
    if (!target.image || lines.empty())
        return;
    const quint32 a = quint32(std::clamp(alpha, 0.0, 1.0) * 256.0 + 0.5);
    if (a == 0)
        return;
    const quint32 src = 0xff000000u | (color & 0x00ffffffu);
    uchar *bits = target.image->bits();   // detaches before threads start
    const qsizetype bpl = target.image->bytesPerLine();
    const QRect clip = target.clip;
    const QTransform &t = target.toPixels;
    auto run = [&](int y0, int y1) {
        const Band band{bits, bpl, clip.left(), clip.right(), y0, y1};
        for (const QLineF &l : lines) {
            const QPointF p = t.map(l.p1()), q = t.map(l.p2());
            if (std::max(p.y(), q.y()) < y0 - 1 || std::min(p.y(), q.y()) > y1 + 1)
                continue;
            band.line(p.x(), p.y(), q.x(), q.y(), src, a);
        }
    };
    // Two bands of rows on two threads: each pixel is written by one thread.
    if (lines.size() >= 20000 && clip.height() >= 64 && std::thread::hardware_concurrency() > 1) {
        const int mid = clip.top() + clip.height() / 2;
        std::thread other([&] { run(mid, clip.bottom()); });
        run(clip.top(), mid - 1);
        other.join();
    } else {
        run(clip.top(), clip.bottom());
    }
}

} // namespace entente

namespace entente {

namespace {
inline quint32 byteMul(quint32 x, quint32 a)
{
    quint32 t = (x & 0xff00ff) * a;
    t = (t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8;
    t &= 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = (x + ((x >> 8) & 0xff00ff) + 0x800080);
    x &= 0xff00ff00;
    return x | t;
}
} // namespace

namespace {
void blitClipped(uchar *bits, qsizetype bpl, const QRect &clip, const QImage &sprite, QPointF centre)
{
    const int ox = int(std::lround(centre.x())) + sprite.offset().x();
    const int oy = int(std::lround(centre.y())) + sprite.offset().y();
    const QRect area = QRect(ox, oy, sprite.width(), sprite.height()).intersected(clip);
    if (area.isEmpty())
        return;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        auto *dst = reinterpret_cast<quint32 *>(bits + y * bpl);
        const auto *src = reinterpret_cast<const quint32 *>(sprite.constScanLine(y - oy)) - ox;
        for (int x = area.left(); x <= area.right(); ++x) {
            const quint32 s = src[x];
            const quint32 sa = s >> 24;
            if (sa == 0)
                continue;
            dst[x] = sa == 255 ? s : s + byteMul(dst[x], 255 - sa);
        }
    }
}
} // namespace

void blitSprite(const RasterTarget &target, const QImage &sprite, QPointF centre)
{
    if (!target.image || sprite.isNull())
        return;
    uchar *bits = target.image->bits();
    blitClipped(bits, target.image->bytesPerLine(), target.clip, sprite, centre);
}

void blitSprites(const RasterTarget &target, std::span<const SpriteStamp> stamps, int threads)
{
    if (!target.image || stamps.empty())
        return;
    uchar *bits = target.image->bits();   // detaches before threads start
    const qsizetype bpl = target.image->bytesPerLine();
    const QRect clip = target.clip;
    auto run = [&](const QRect &band) {
        for (const SpriteStamp &s : stamps) {
            if (!s.sprite.isNull())
                blitClipped(bits, bpl, band, s.sprite, s.centre);
        }
    };
    if (threads > 1 && stamps.size() >= 2000 && clip.height() >= 64) {
        const int mid = clip.top() + clip.height() / 2;
        QRect lower = clip;
        lower.setTop(mid);
        QRect upper = clip;
        upper.setBottom(mid - 1);
        std::thread other([&] { run(lower); });
        run(upper);
        other.join();
    } else {
        run(clip);
    }
}

} // namespace entente

namespace entente {

namespace {

// Margin of the density buffers (pixels on each side): lines are clipped two
// pixels inside it, so the two-pixel Wu span never leaves the buffer and no
// pixel of the band itself is affected by the clipping.
constexpr int kMargin = 4;
// Weight of a full-coverage line at opacity 1 - e^-1; sums past kLutSize are
// opaque (e^-16).
constexpr int kUnit = 256;
constexpr int kLutSize = 16 * kUnit;

struct Rgb
{
    quint32 r, g, b;
};

// One band of rows [y0, y1] (image pixels) with its accumulation buffer:
// one channel (weight) for a single colour, four (weight, r, g, b) otherwise.
template<bool Colour>
class DensityBand
{
public:
    DensityBand(int x0, int x1, int y0, int y1) : m_x0(x0), m_y0(y0)
    {
        m_width = x1 - x0 + 1;
        m_height = y1 - y0 + 1;
        m_stride = m_width + 2 * kMargin;
        m_buffer.assign(std::size_t(m_stride) * (m_height + 2 * kMargin) * (Colour ? 4 : 1), 0u);
        m_clipX1 = float(m_width + 2 * kMargin - 3);
        m_clipY1 = float(m_height + 2 * kMargin - 3);
    }

    // A line between image pixel coordinates (pixel centres at +0.5).
    void line(float ax, float ay, float bx, float by, quint32 weight, Rgb c)
    {
        // Into buffer coordinates with pixel centres at integers.
        double x0 = ax - m_x0 + kMargin - 0.5, y0 = ay - m_y0 + kMargin - 0.5;
        double x1 = bx - m_x0 + kMargin - 0.5, y1 = by - m_y0 + kMargin - 0.5;
        if (std::max(y0, y1) < 2 || std::min(y0, y1) > m_clipY1 || std::max(x0, x1) < 2
            || std::min(x0, x1) > m_clipX1)
            return;
        const bool inside = std::min(x0, x1) >= 2 && std::max(x0, x1) <= m_clipX1
                            && std::min(y0, y1) >= 2 && std::max(y0, y1) <= m_clipY1;
        if (!inside && !clipSegment(x0, y0, x1, y1, 2, 2, m_clipX1, m_clipY1))
            return;
        const bool steep = std::abs(y1 - y0) > std::abs(x1 - x0);
        if (steep) {
            std::swap(x0, y0);
            std::swap(x1, y1);
        }
        if (x0 > x1) {
            std::swap(x0, x1);
            std::swap(y0, y1);
        }
        const double dx = x1 - x0;
        const double gradient = dx < 1e-9 ? 0.0 : (y1 - y0) / dx;
        // Coordinates are positive here: truncation after +0.5 rounds.
        const int xs = int(x0 + 0.5), xe = int(x1 + 0.5);
        // 16.16 fixed point along the minor axis.
        qint64 fy = qint64((y0 + gradient * (xs - x0)) * 65536.0 + 0.5);
        const qint64 step = qint64(std::floor(gradient * 65536.0 + 0.5));
        if (steep) {
            // Major axis = rows: the pair of pixels lies in one row.
            for (int r = xs; r <= xe; ++r, fy += step) {
                const int col = int(fy >> 16);
                const quint32 f = quint32(fy >> 8) & 0xff;
                const quint32 a1 = (weight * f) >> 8;
                const std::size_t i = std::size_t(r) * m_stride + col;
                add(i, weight - a1, c);
                add(i + 1, a1, c);
            }
        } else {
            for (int col = xs; col <= xe; ++col, fy += step) {
                const int r = int(fy >> 16);
                const quint32 f = quint32(fy >> 8) & 0xff;
                const quint32 a1 = (weight * f) >> 8;
                const std::size_t i = std::size_t(r) * m_stride + col;
                add(i, weight - a1, c);
                add(i + m_stride, a1, c);
            }
        }
    }

    // Blends the band's own rows over the image.
    void composite(QImage &image, QRgb single, const std::array<quint16, kLutSize> &lut) const
    {
        const quint32 src = 0xff000000u | (single & 0x00ffffffu);
        for (int r = 0; r < m_height; ++r) {
            auto *dst = reinterpret_cast<quint32 *>(image.scanLine(m_y0 + r)) + m_x0;
            const std::size_t row = std::size_t(r + kMargin) * m_stride + kMargin;
            for (int col = 0; col < m_width; ++col) {
                const std::size_t i = row + col;
                const quint32 w = Colour ? m_buffer[4 * i] : m_buffer[i];
                if (w == 0)
                    continue;
                const quint32 a = w >= quint32(kLutSize) ? 256u : lut[w];
                if (a == 0)
                    continue;
                if constexpr (Colour) {
                    const quint32 rr = m_buffer[4 * i + 1] / w, gg = m_buffer[4 * i + 2] / w,
                                  bb = m_buffer[4 * i + 3] / w;
                    dst[col] = blend(dst[col], 0xff000000u | (rr << 16) | (gg << 8) | bb, a);
                } else {
                    dst[col] = blend(dst[col], src, a);
                }
            }
        }
    }

private:
    void add(std::size_t i, quint32 a, Rgb c)
    {
        if constexpr (Colour) {
            quint32 *p = &m_buffer[4 * i];
            // Past opaque the colour is settled: stop there, which also keeps
            // the colour sums far from overflowing.
            if (p[0] >= quint32(kLutSize))
                return;
            p[0] += a;
            p[1] += a * c.r;
            p[2] += a * c.g;
            p[3] += a * c.b;
        } else {
            m_buffer[i] += a;
        }
    }

    int m_x0, m_y0, m_width = 0, m_height = 0, m_stride = 0;
    float m_clipX1 = 0, m_clipY1 = 0;
    std::vector<quint32> m_buffer;
};

template<bool Colour>
void drawDensityBands(const RasterTarget &target, std::span<const quint32> sources,
                      std::span<const quint32> targets, std::span<const float> x,
                      std::span<const float> y, std::span<const DensityBatch> batches, int threads)
{
    std::array<quint16, kLutSize> lut;
    for (int i = 0; i < kLutSize; ++i)
        lut[i] = quint16(std::lround(256.0 * (1.0 - std::exp(-double(i) / kUnit))));
    struct Prepared
    {
        quint32 weight;
        Rgb rgb;
    };
    std::vector<Prepared> prepared;
    for (const DensityBatch &b : batches) {
        const double alpha = std::clamp(b.alpha, 0.0, 0.995);
        prepared.push_back({quint32(std::lround(-std::log(1.0 - alpha) * kUnit)),
                            {quint32(qRed(b.color)), quint32(qGreen(b.color)), quint32(qBlue(b.color))}});
    }
    const QRect clip = target.clip;
    QImage &image = *target.image;
    image.bits();   // detach before the threads start
    const std::size_t nodes = std::min(x.size(), y.size());
    auto run = [&](int y0, int y1) {
        DensityBand<Colour> band(clip.left(), clip.right(), y0, y1);
        const float top = float(y0 - 2), bottom = float(y1 + 3);
        for (std::size_t k = 0; k < batches.size(); ++k) {
            const Prepared p = prepared[k];
            if (p.weight == 0)
                continue;
            for (quint32 e : batches[k].edges) {
                const quint32 s = sources[e], t = targets[e];
                if (s >= nodes || t >= nodes)
                    continue;
                const float ay = y[s], by = y[t];
                if (std::max(ay, by) < top || std::min(ay, by) > bottom)
                    continue;
                band.line(x[s], ay, x[t], by, p.weight, p.rgb);
            }
        }
        band.composite(image, batches.front().color, lut);
    };
    // Bands of at most kBandBytes of buffer each (one at a time per thread,
    // freed after compositing): at 1920x1080 with several colours two
    // half-height bands took 34 MB while a frame was drawn, now 17 MB, for
    // one more culling pass over the edges per thread. The picture does not
    // depend on where bands split (see kMargin).
    constexpr std::size_t kBandBytes = std::size_t(8) << 20;
    const std::size_t rowBytes = std::size_t(clip.width() + 2 * kMargin) * (Colour ? 16 : 4);
    const int maxRows = std::max(64, int(kBandBytes / rowBytes));
    const bool twoThreads = threads > 1 && clip.height() >= 64;
    int bands = std::max(twoThreads ? 2 : 1, (clip.height() + maxRows - 1) / maxRows);
    if (twoThreads)
        bands += bands % 2;   // as many for each thread
    auto runBands = [&](int first, int step) {
        for (int b = first; b < bands; b += step) {
            const int y0 = clip.top() + int(qint64(clip.height()) * b / bands);
            const int y1 = clip.top() + int(qint64(clip.height()) * (b + 1) / bands) - 1;
            run(y0, y1);
        }
    };
    if (twoThreads) {
        std::thread other([&] { runBands(1, 2); });
        runBands(0, 2);
        other.join();
    } else {
        runBands(0, 1);
    }
}

} // namespace

void drawDensityLines(const RasterTarget &target, std::span<const quint32> sources,
                      std::span<const quint32> targets, std::span<const float> x,
                      std::span<const float> y, std::span<const DensityBatch> batches, int threads)
{
    if (!target.image || batches.empty() || target.clip.isEmpty())
        return;
    bool oneColour = true;
    for (const DensityBatch &b : batches)
        oneColour = oneColour && (b.color & 0xffffff) == (batches.front().color & 0xffffff);
    if (oneColour)
        drawDensityBands<false>(target, sources, targets, x, y, batches, threads);
    else
        drawDensityBands<true>(target, sources, targets, x, y, batches, threads);
}

} // namespace entente
