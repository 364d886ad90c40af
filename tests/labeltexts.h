#pragma once

// Checks the labels of an SVG export (or any vector picture) against the
// graph's labels. A long label is wrapped onto two or three lines, drawn as
// consecutive text items; so the texts must hold every label as a run of
// consecutive items, and no word more or less than the labels have.

#include <QStringList>

#include <algorithm>

// Empty when `texts` (in drawing order) are exactly the lines of `labels`;
// otherwise what differs.
inline QString labelTextMismatch(const QStringList &texts, const QStringList &labels)
{
    auto words = [](const QStringList &lines) {
        QStringList all;
        for (const QString &line : lines)
            all += line.split(u' ', Qt::SkipEmptyParts);
        std::sort(all.begin(), all.end());
        return all;
    };
    if (words(texts) != words(labels))
        return QStringLiteral("the words differ: drawn [%1], labels [%2]")
            .arg(texts.join(u'|'), labels.join(u'|'));
    const QString joined = u' ' + texts.join(u' ') + u' ';
    for (const QString &label : labels) {
        if (!joined.contains(u' ' + label + u' '))
            return QStringLiteral("label \"%1\" is not drawn in one piece").arg(label);
    }
    return {};
}
