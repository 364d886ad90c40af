#pragma once

// Shared by the data-driven reader tests (tst_graphml, tst_gexf, tst_csv,
// tst_dot): walking tests/data/<format>/{valid,invalid}/ and comparing the
// diagnostics of an invalid file with its <file>.expected.

#include "io/graphdocument.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <cmath>

namespace entente::testsupport {

inline QString dataDir(const QString &format, const QString &kind)
{
    return QStringLiteral(ENTENTE_TEST_DATA "/") + format + QLatin1Char('/') + kind;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Adds one row per file of `dir` whose name ends with one of `suffixes` and
// none of `excluded`.
inline void addFileRows(const QString &dir, const QStringList &suffixes,
                        const QStringList &excluded = {})
{
    QTest::addColumn<QString>("path");
    const QStringList names = QDir(dir).entryList(QDir::Files, QDir::Name);
    int rows = 0;
    for (const QString &name : names) {
        if (std::any_of(excluded.begin(), excluded.end(),
                        [&](const QString &suffix) { return name.endsWith(suffix); }))
            continue;
        for (const QString &suffix : suffixes) {
            if (name.endsWith(suffix)) {
                QTest::addRow("%s", qPrintable(name)) << dir + QLatin1Char('/') + name;
                ++rows;
                break;
            }
        }
    }
    // A folder that lost its files must not pass silently.
    if (rows == 0)
        qFatal("no test files in %s", qPrintable(dir));
}

// Compares the diagnostics with the file's .expected, one message a line.
// With ENTENTE_UPDATE_EXPECTED=1 the file is written instead (review it!).
inline void compareWithExpected(const Diagnostics &diagnostics, const QString &path)
{
    const QString actual = formatDiagnostics(diagnostics) + QLatin1Char('\n');
    const QString expectedPath = path + QStringLiteral(".expected");
    if (qEnvironmentVariableIntValue("ENTENTE_UPDATE_EXPECTED") == 1) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
        return;
    }
    QFile file(expectedPath);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("missing ") + expectedPath));
    const QString expected = QString::fromUtf8(file.readAll());
    QCOMPARE(actual, expected);
}

// What every successful load must satisfy.
inline void checkDocument(const LoadResult &result)
{
    QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.diagnostics)));
    QVERIFY(!hasErrors(result.diagnostics));
    const GraphDocument &document = *result.document;
    QCOMPARE(document.positions.size(), document.graph.nodeCount());
    for (qsizetype i = 0; i < document.positions.size(); ++i) {
        QVERIFY(std::isfinite(document.positions.x[i]));
        QVERIFY(std::isfinite(document.positions.y[i]));
    }
    for (qsizetype e = 0; e < document.graph.edgeCount(); ++e) {
        QVERIFY(document.graph.edgeSource(EdgeIndex(e)) < document.graph.nodeCount());
        QVERIFY(document.graph.edgeTarget(EdgeIndex(e)) < document.graph.nodeCount());
    }
}

inline QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace entente::testsupport
