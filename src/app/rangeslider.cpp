#include "rangeslider.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QPointer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace entente {

// One handle for assistive technology: a slider of its own with a value.
class RangeSlider::HandleAccessible : public QAccessibleInterface, public QAccessibleValueInterface
{
public:
    HandleAccessible(RangeSlider *slider, Handle handle) : m_slider(slider), m_handle(handle) {}

    bool isValid() const override { return !m_slider.isNull(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        return m_slider && m_slider->window() ? m_slider->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *parent() const override
    {
        return m_slider ? QAccessible::queryAccessibleInterface(m_slider) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override
    {
        if (!m_slider)
            return {};
        switch (t) {
        case QAccessible::Name:
            return m_slider->handleName(m_handle);
        case QAccessible::Value:
            return m_slider->valueText(m_slider->value(m_handle));
        case QAccessible::Description:
            return m_slider->accessibleName();
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!m_slider)
            return {};
        const QRect r = m_slider->handleRect(m_handle);
        return QRect(m_slider->mapToGlobal(r.topLeft()), r.size());
    }
    QAccessible::Role role() const override { return QAccessible::Slider; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.focused = m_slider && m_slider->hasFocus() && m_slider->focusedHandle() == m_handle;
        s.invisible = !m_slider || !m_slider->isVisible();
        s.disabled = !m_slider || !m_slider->isEnabled();
        return s;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ValueInterface ? static_cast<QAccessibleValueInterface *>(this)
                                                   : nullptr;
    }

    QVariant currentValue() const override { return m_slider ? m_slider->value(m_handle) : 0; }
    void setCurrentValue(const QVariant &value) override
    {
        if (m_slider)
            m_slider->moveHandle(m_handle, value.toInt());
    }
    QVariant maximumValue() const override { return m_slider ? m_slider->maximum() : 0; }
    QVariant minimumValue() const override { return m_slider ? m_slider->minimum() : 0; }
    QVariant minimumStepSize() const override { return 1; }

private:
    QPointer<RangeSlider> m_slider;
    Handle m_handle;
};

// The widget as a group of its two handles.
class RangeSliderAccessible : public QAccessibleWidget
{
public:
    explicit RangeSliderAccessible(RangeSlider *slider)
        : QAccessibleWidget(slider, QAccessible::Grouping)
    {
    }
    RangeSlider *slider() const { return static_cast<RangeSlider *>(widget()); }
    int childCount() const override { return 2; }
    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index > 1)
            return nullptr;
        return slider()->handleAccessible(RangeSlider::Handle(index));
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (int i = 0; i < 2; ++i) {
            if (child == this->child(i))
                return i;
        }
        return -1;
    }
    QAccessibleInterface *focusChild() const override
    {
        return slider()->hasFocus() ? child(slider()->focusedHandle()) : nullptr;
    }
};

namespace {

QAccessibleInterface *rangeSliderFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("entente::RangeSlider") && object && object->isWidgetType())
        return new RangeSliderAccessible(static_cast<RangeSlider *>(object));
    return nullptr;
}

QColor mixed(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

RangeSlider::RangeSlider(QWidget *parent) : QWidget(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(rangeSliderFactory);
        return true;
    }();
    Q_UNUSED(installed);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_names[Lower] = tr("From");
    m_names[Upper] = tr("To");
}

RangeSlider::~RangeSlider()
{
    for (unsigned id : m_accessibleIds) {
        if (id)
            QAccessible::deleteAccessibleInterface(id);
    }
}

RangeSlider::HandleAccessible *RangeSlider::handleAccessible(Handle handle) const
{
    // Registered once so that assistive technology gets stable ids; Qt owns
    // them until the destructor deletes them.
    if (!m_accessibleIds[handle]) {
        auto *iface = new HandleAccessible(const_cast<RangeSlider *>(this), handle);
        m_accessibleIds[handle] = QAccessible::registerAccessibleInterface(iface);
    }
    return static_cast<HandleAccessible *>(QAccessible::accessibleInterface(m_accessibleIds[handle]));
}

void RangeSlider::setRange(int minimum, int maximum)
{
    m_minimum = std::min(minimum, maximum);
    m_maximum = std::max(minimum, maximum);
    setValues(m_lower, m_upper);
}

void RangeSlider::setValues(int lower, int upper)
{
    if (lower > upper)
        std::swap(lower, upper);
    m_lower = std::clamp(lower, m_minimum, m_maximum);
    m_upper = std::clamp(upper, m_minimum, m_maximum);
    update();
}

void RangeSlider::moveHandle(Handle handle, int value)
{
    value = std::clamp(value, m_minimum, m_maximum);
    if (handle == Lower)
        value = std::min(value, m_upper);
    else
        value = std::max(value, m_lower);
    int &target = handle == Lower ? m_lower : m_upper;
    if (value == target)
        return;
    target = value;
    update();
    notifyAccessibility(handle, false);
    emit valuesEdited(m_lower, m_upper, handle);
}

void RangeSlider::setHistogram(std::vector<Bin> bins)
{
    m_bins = std::move(bins);
    update();
}

void RangeSlider::setFocusedHandle(Handle handle)
{
    if (m_focused == handle)
        return;
    m_focused = handle;
    update();
    if (hasFocus())
        notifyAccessibility(handle, true);
}

void RangeSlider::setHandleNames(const QString &lower, const QString &upper)
{
    m_names[Lower] = lower;
    m_names[Upper] = upper;
}

QString RangeSlider::valueText(int value) const
{
    return m_valueText ? m_valueText(value) : QString::number(value);
}

void RangeSlider::notifyAccessibility(Handle handle, bool focus)
{
    if (!QAccessible::isActive())
        return;
    QAccessibleInterface *iface = handleAccessible(handle);
    if (focus) {
        QAccessibleEvent event(iface, QAccessible::Focus);
        QAccessible::updateAccessibility(&event);
    } else {
        QAccessibleValueChangeEvent event(iface, value(handle));
        QAccessible::updateAccessibility(&event);
    }
}

int RangeSlider::handleRadius() const
{
    return std::max(6, fontMetrics().height() * 4 / 10);
}

// The line the handles slide on, at the bottom; the histogram stands on it.
QRect RangeSlider::trackRect() const
{
    const int r = handleRadius();
    const int y = height() - r - 3;
    return QRect(r + 2, y, std::max(1, width() - 2 * r - 4), 1);
}

int RangeSlider::xOf(double value) const
{
    const QRect track = trackRect();
    const int span = m_maximum - m_minimum;
    if (span <= 0)
        return track.left() + track.width() / 2;
    return track.left() + int(std::lround((value - m_minimum) * track.width() / span));
}

int RangeSlider::valueAt(int x) const
{
    const QRect track = trackRect();
    const int span = m_maximum - m_minimum;
    if (span <= 0)
        return m_minimum;
    const double t = double(x - track.left()) / std::max(1, track.width());
    return std::clamp(m_minimum + int(std::lround(t * span)), m_minimum, m_maximum);
}

QRect RangeSlider::handleRect(Handle handle) const
{
    const int r = handleRadius();
    const int x = xOf(value(handle));
    const int y = trackRect().center().y();
    return QRect(x - r, y - r, 2 * r + 1, 2 * r + 1);
}

QSize RangeSlider::sizeHint() const
{
    return QSize(240, fontMetrics().height() * 2 + handleRadius() * 2 + 10);
}

QSize RangeSlider::minimumSizeHint() const
{
    return QSize(80, sizeHint().height());
}

void RangeSlider::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor accent = isEnabled() ? pal.color(QPalette::Highlight) : mixed(base, text, 0.35);
    const QColor faded = mixed(base, text, 0.2);
    // Bars a little softer than the handles' accent, so that a full
    // histogram does not shout, in light and dark palettes alike.
    const QColor barColour = mixed(base, accent, 0.72);
    const QRect track = trackRect();
    const int r = handleRadius();

    // Bars: the selected part in the accent colour, heights relative to the
    // fullest bin, at least a pixel for any non-empty bin.
    qint64 top = 0;
    for (const Bin &bin : m_bins)
        top = std::max(top, bin.count);
    const int barBottom = track.top() - r - 1;
    const int barHeight = std::max(4, barBottom - 2);
    if (top > 0) {
        for (const Bin &bin : m_bins) {
            if (bin.count <= 0)
                continue;
            const int x0 = m_maximum > m_minimum ? xOf(bin.first - 0.5) : track.left();
            const int x1 = m_maximum > m_minimum ? xOf(bin.last + 0.5) : track.right();
            const int left = std::max(track.left(), x0) + 1;
            const int right = std::min(track.right() + 1, x1) - (x1 - x0 > 3 ? 1 : 0);
            const int h = std::max(1, int(std::lround(double(bin.count) * barHeight / top)));
            const bool inside = bin.last >= m_lower && bin.first <= m_upper;
            p.fillRect(QRect(left, barBottom - h + 1, std::max(1, right - left), h),
                       inside ? barColour : faded);
        }
    }

    // The track, the selected span and the handles.
    p.setPen(Qt::NoPen);
    p.setBrush(faded);
    p.drawRoundedRect(QRectF(track.left(), track.center().y() - 1.5, track.width(), 3), 1.5, 1.5);
    const int xl = xOf(m_lower);
    const int xu = xOf(m_upper);
    p.setBrush(accent);
    p.drawRoundedRect(QRectF(xl, track.center().y() - 2, std::max(1, xu - xl), 4), 2, 2);
    for (Handle h : {Lower, Upper}) {
        const QRect rect = handleRect(h);
        const bool focused = hasFocus() && m_focused == h;
        p.setPen(QPen(focused ? accent : mixed(base, text, 0.5), focused ? 2.0 : 1.0));
        p.setBrush(pal.color(QPalette::Button));
        p.drawEllipse(QRectF(rect).adjusted(1, 1, -1, -1));
        if (focused) {
            p.setPen(QPen(accent, 1.0, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(rect).adjusted(-2, -2, 2, 2));
        }
    }
}

void RangeSlider::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int x = int(event->position().x());
    const int dl = std::abs(x - xOf(m_lower));
    const int du = std::abs(x - xOf(m_upper));
    Handle handle = dl < du ? Lower : Upper;
    if (dl == du)   // both handles on one spot: the side pressed decides
        handle = x < xOf(m_lower) ? Lower : Upper;
    m_dragging = handle;
    setFocusedHandle(handle);
    moveHandle(handle, valueAt(x));
    event->accept();
}

void RangeSlider::mouseMoveEvent(QMouseEvent *event)
{
    const int x = int(event->position().x());
    if (m_dragging) {
        moveHandle(*m_dragging, valueAt(x));
        event->accept();
        return;
    }
    setToolTip(valueText(valueAt(x)));
}

void RangeSlider::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging.reset();
    event->accept();
}

void RangeSlider::keyPressEvent(QKeyEvent *event)
{
    const int v = value(m_focused);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Down:
        moveHandle(m_focused, v - 1);
        break;
    case Qt::Key_Right:
    case Qt::Key_Up:
        moveHandle(m_focused, v + 1);
        break;
    case Qt::Key_PageDown:
        moveHandle(m_focused, v - m_pageStep);
        break;
    case Qt::Key_PageUp:
        moveHandle(m_focused, v + m_pageStep);
        break;
    case Qt::Key_Home:
        moveHandle(m_focused, m_minimum);
        break;
    case Qt::Key_End:
        moveHandle(m_focused, m_maximum);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void RangeSlider::focusInEvent(QFocusEvent *event)
{
    // Tabbing in lands on the lower handle, Shift+Tab on the upper one.
    if (event->reason() == Qt::TabFocusReason)
        m_focused = Lower;
    else if (event->reason() == Qt::BacktabFocusReason)
        m_focused = Upper;
    update();
    notifyAccessibility(m_focused, true);
    QWidget::focusInEvent(event);
}

void RangeSlider::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

bool RangeSlider::focusNextPrevChild(bool next)
{
    if (next && m_focused == Lower) {
        setFocusedHandle(Upper);
        return true;
    }
    if (!next && m_focused == Upper) {
        setFocusedHandle(Lower);
        return true;
    }
    return QWidget::focusNextPrevChild(next);
}

} // namespace entente
