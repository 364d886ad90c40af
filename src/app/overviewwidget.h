#pragma once

#include <QImage>
#include <QPointer>
#include <QRectF>
#include <QTransform>
#include <QWidget>

class QTimer;

namespace entente {

class GraphView;

// The minimap of the Overview dock: the whole graph drawn small (cached, and
// redrawn at most a few times a second while the layout runs) with the view's
// visible rectangle on top. Click or drag moves the view there.
class OverviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewWidget(GraphView *view, QWidget *parent = nullptr);

    QSize sizeHint() const override { return {220, 160}; }
    QSize minimumSizeHint() const override { return {80, 60}; }

    // Scene <-> minimap coordinates of the current picture.
    QTransform sceneToWidget() const { return m_transform; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void scheduleRedraw();
    void redraw();
    void moveViewTo(QPointF widgetPoint);

    QPointer<GraphView> m_view;
    QImage m_picture;
    QTransform m_transform;
    QTimer *m_throttle = nullptr;
    bool m_dirty = true;
};

} // namespace entente
