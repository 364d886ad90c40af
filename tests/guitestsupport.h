#pragma once

// Small helpers the tst_gui_* units share for driving dialogs by the object
// names the widgets carry (the same names the accessibility tests check).

#include <QComboBox>
#include <QObject>
#include <QTest>
#include <QVariant>

// The child of `parent` called `name`; warns (and returns null) when there is
// none, so that a renamed widget shows in the log rather than as a bare crash.
template<typename T>
T *child(QObject *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

// Selects the entry of `combo` whose item data is `data`; fails the test when
// the combo box offers no such entry.
inline void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}
