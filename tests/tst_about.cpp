// libraryVersions(): what the About dialog lists, with versions at run time.
#include "about/libraryversions.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAbout : public QObject
{
    Q_OBJECT

private slots:
    void versions()
    {
        QHash<QString, QString> byName;
        for (const auto &[name, version] : entente::libraryVersions())
            byName.insert(name, version);
        QCOMPARE(byName.value(u"Qt"_s), QString::fromLatin1(qVersion()));
        const QRegularExpression dotted(u"^\\d+\\.\\d+(\\.\\d+)?"_s);
        for (const auto name : {u"Qt"_s, u"Boost"_s, u"Graphviz"_s, u"simdjson"_s}) {
            QVERIFY2(byName.contains(name), qPrintable(name));
            QVERIFY2(dotted.match(byName.value(name)).hasMatch(),
                     qPrintable(name + u": "_s + byName.value(name)));
        }
    }
};

QTEST_GUILESS_MAIN(TestAbout)
#include "tst_about.moc"
