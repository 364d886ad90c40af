// `entente --export OUT.pdf --page-size P --orientation O`: the PDF's page
// is the one asked for, as poppler's pdfinfo reads it (an independent reader);
// unknown names are usage errors (exit 2).
#include "clirunner.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliPageSize : public QObject
{
    Q_OBJECT

private slots:
    void pageSize_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<double>("width");    // points
        QTest::addColumn<double>("height");
        QTest::addRow("default: A4 landscape") << QStringList{} << 841.89 << 595.28;
        QTest::addRow("A3 portrait") << QStringList{u"--page-size"_s, u"A3"_s, u"--orientation"_s, u"portrait"_s}
                                     << 841.89 << 1190.55;
        QTest::addRow("a2 (any case)") << QStringList{u"--page-size"_s, u"a2"_s} << 1683.78 << 1190.55;
        QTest::addRow("Letter portrait")
            << QStringList{u"--page-size"_s, u"Letter"_s, u"--orientation"_s, u"Portrait"_s} << 612.0 << 792.0;
        QTest::addRow("Legal landscape")
            << QStringList{u"--page-size"_s, u"Legal"_s, u"--orientation"_s, u"landscape"_s} << 1008.0 << 612.0;
        // --size is for pixels; it leaves the page alone.
        QTest::addRow("size ignored") << QStringList{u"--size"_s, u"300x900"_s} << 841.89 << 595.28;
    }

    void pageSize()
    {
        QFETCH(QStringList, options);
        QFETCH(double, width);
        QFETCH(double, height);
        const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
        QVERIFY2(!pdfinfo.isEmpty(), "pdfinfo (poppler-utils, packaging/install-deps.sh) is needed");
        QTemporaryDir dir;
        const QString out = dir.filePath(u"graph.pdf"_s);
        const CliRun run = runEntente(QStringList{u"--export"_s, out} + options);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QProcess info;
        info.start(pdfinfo, {out});
        QVERIFY(info.waitForFinished(30000));
        QCOMPARE(info.exitCode(), 0);
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        static const QRegularExpression re(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s);
        const QRegularExpressionMatch m = re.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        QVERIFY2(qAbs(m.captured(1).toDouble() - width) < 1.0, qPrintable(m.captured(0)));
        QVERIFY2(qAbs(m.captured(2).toDouble() - height) < 1.0, qPrintable(m.captured(0)));
        QVERIFY2(text.contains(u"Pages:           1"_s), qPrintable(text));
    }

    void badNames_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::addRow("page size") << QStringList{u"--page-size"_s, u"B7"_s} << u"--page-size"_s;
        QTest::addRow("orientation") << QStringList{u"--orientation"_s, u"sideways"_s} << u"--orientation"_s;
    }

    void badNames()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString out = dir.filePath(u"graph.pdf"_s);
        const CliRun run = runEntente(QStringList{u"--export"_s, out} + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliPageSize)
#include "tst_cli_pagesize.moc"
