#pragma once

#include <QWidget>
#include <optional>
#include <algorithm>
#include <functional>
#include <vector>

namespace entente {

// A slider with two handles over a histogram: picks a range [lower, upper] of
// integer steps between minimum() and maximum() (days or months for the date
// filter). The bars inside the range are drawn in the highlight colour, the
// others faded, so that one sees how much the range keeps.
//
// Keyboard: the focused handle moves with the arrow keys (one step), Page Up
// and Page Down (pageStep()), Home and End; Tab goes from the lower handle to
// the upper one before leaving the widget, Shift+Tab back. Each handle is a
// child of the widget's accessible interface: a Slider with a name
// (setHandleNames), a value text (setValueText) and a value interface.
class RangeSlider : public QWidget
{
    Q_OBJECT

public:
    enum Handle { Lower, Upper };

    // A bar of the histogram over the steps [first, last].
    struct Bin
    {
        int first = 0;
        int last = 0;
        qint64 count = 0;
    };

    explicit RangeSlider(QWidget *parent = nullptr);
    ~RangeSlider() override;

    // Keeps the values inside the new range; emits nothing.
    void setRange(int minimum, int maximum);
    int minimum() const { return m_minimum; }
    int maximum() const { return m_maximum; }
    // Sets both handles (swapped when lower > upper, clamped); emits nothing.
    void setValues(int lower, int upper);
    int lower() const { return m_lower; }
    int upper() const { return m_upper; }
    int value(Handle handle) const { return handle == Lower ? m_lower : m_upper; }
    // Moves one handle as the user would (clamped, never past the other),
    // emitting valuesEdited when it moved.
    void moveHandle(Handle handle, int value);

    void setPageStep(int step) { m_pageStep = std::max(1, step); }
    int pageStep() const { return m_pageStep; }

    void setHistogram(std::vector<Bin> bins);
    const std::vector<Bin> &histogram() const { return m_bins; }

    Handle focusedHandle() const { return m_focused; }
    void setFocusedHandle(Handle handle);

    // Accessible names of the handles ("From", "To").
    void setHandleNames(const QString &lower, const QString &upper);
    QString handleName(Handle handle) const { return m_names[handle]; }
    // The text of a step for assistive technology and tool tips ("2021-03").
    void setValueText(std::function<QString(int)> text) { m_valueText = std::move(text); }
    QString valueText(int value) const;

    // Where a handle's centre is drawn, in widget coordinates.
    QRect handleRect(Handle handle) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The user moved a handle (mouse, keyboard, assistive technology).
    void valuesEdited(int lower, int upper, entente::RangeSlider::Handle moved);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    class HandleAccessible;
    friend class RangeSliderAccessible;

    int handleRadius() const;
    QRect trackRect() const;
    int xOf(double value) const;
    int valueAt(int x) const;
    void notifyAccessibility(Handle handle, bool focus);
    HandleAccessible *handleAccessible(Handle handle) const;

    int m_minimum = 0;
    int m_maximum = 0;
    int m_lower = 0;
    int m_upper = 0;
    int m_pageStep = 10;
    std::vector<Bin> m_bins;
    Handle m_focused = Lower;
    std::optional<Handle> m_dragging;
    QString m_names[2];
    std::function<QString(int)> m_valueText;
    mutable unsigned m_accessibleIds[2] = {0, 0};
};

} // namespace entente
