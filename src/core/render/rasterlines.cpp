#include "rasterlines_p.h"

#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
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

// Liang-Barsky: clips the segment to [x0,x1]x[y0,y1]; false when outside.
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

void blitSprite(const RasterTarget &target, const QImage &sprite, QPointF centre)
{
    if (!target.image || sprite.isNull())
        return;
    const int ox = int(std::lround(centre.x() - sprite.width() / 2.0));
    const int oy = int(std::lround(centre.y() - sprite.height() / 2.0));
    const QRect area = QRect(ox, oy, sprite.width(), sprite.height()).intersected(target.clip);
    if (area.isEmpty())
        return;
    uchar *bits = target.image->bits();
    const qsizetype bpl = target.image->bytesPerLine();
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

} // namespace entente
