#include "icons.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QPixmap renderSvg(const QByteArray &svg, int size, qreal dpr)
{
    QSvgRenderer renderer(svg);
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter, QRectF(0, 0, size, size));
    return pixmap;
}

} // namespace

QIcon themedIcon(const QString &themeName, const QString &file, const QColor &color)
{
    if (!themeName.isEmpty() && QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    QFile svgFile(u":/icons/%1.svg"_s.arg(file));
    if (!svgFile.open(QIODevice::ReadOnly))
        return {};
    const QByteArray source = svgFile.readAll();
    QByteArray tinted = source;
    tinted.replace("currentColor", color.name().toLatin1());
    QIcon icon;
    for (int size : {16, 20, 22, 24, 32, 48}) {
        for (qreal dpr : {1.0, 2.0}) {
            const QPixmap normal = renderSvg(tinted, size, dpr);
            // Disabled: the same drawing, faded, rather than the style's
            // generic greying that loses thin strokes.
            QPixmap faded(normal.size());
            faded.setDevicePixelRatio(dpr);
            faded.fill(Qt::transparent);
            QPainter painter(&faded);
            painter.setOpacity(0.35);
            painter.drawPixmap(0, 0, normal);
            painter.end();
            icon.addPixmap(normal, QIcon::Normal);
            icon.addPixmap(faded, QIcon::Disabled);
        }
    }
    return icon;
}

} // namespace entente
