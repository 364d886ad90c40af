// Every catalogue in resources/translations/ is complete: no unfinished or
// empty entry, the same messages in every language, and the placeholders of
// the English text (%1, %2, %n) kept in each translation. The English one
// holds the singular and plural of every message with a count, and no other.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations;   // one, or the numerus forms
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                catalogue.language = xml.attributes().value(u"language"_s).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = Message{context, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s};
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(u"type"_s);
                message.unfinished = type == u"unfinished"_s;
                if (type == u"obsolete"_s || type == u"vanished"_s)
                    message.unfinished = true;   // lupdate -no-obsolete should have dropped it
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == u"numerusform") {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            catalogue.messages << message;
        }
    }
    if (xml.hasError())
        catalogue.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

QString translationsDir()
{
    return QStringLiteral(ENTENTE_SOURCE_DIR) + u"/resources/translations"_s;
}

// The full catalogues; entente_en.ts holds only English plural forms.
QStringList catalogueFiles()
{
    QStringList files = QDir(translationsDir()).entryList({u"entente_*.ts"_s}, QDir::Files, QDir::Name);
    files.removeAll(u"entente_en.ts"_s);
    return files;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void languagesPresent()
    {
        const QStringList files = catalogueFiles();
        QVERIFY2(files.contains(u"entente_de.ts"_s), qPrintable(files.join(u' ')));
        QVERIFY2(files.contains(u"entente_fr.ts"_s), qPrintable(files.join(u' ')));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : catalogueFiles())
            QTest::addRow("%s", qPrintable(file)) << file;
    }

    void complete()
    {
        QFETCH(QString, file);
        const Catalogue catalogue = readCatalogue(translationsDir() + u'/' + file);
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        QVERIFY2(!catalogue.language.isEmpty(), "the TS element names no language");
        QVERIFY(catalogue.messages.size() > 100);
        QStringList problems;
        for (const Message &m : catalogue.messages) {
            const QString where = u"%1: \"%2\""_s.arg(m.context, m.source.left(60));
            if (m.unfinished)
                problems << u"unfinished: "_s + where;
            if (m.translations.isEmpty())
                problems << u"no translation: "_s + where;
            if (m.numerus && m.translations.size() < 2)
                problems << u"one numerus form only: "_s + where;
            const QSet<QString> expected = placeholders(m.source);
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << u"empty translation: "_s + where;
                else if (placeholders(t) != expected)
                    problems << u"placeholders differ: "_s + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void sameMessagesInEveryLanguage()
    {
        QHash<QString, QSet<QString>> keysByFile;
        for (const QString &file : catalogueFiles()) {
            const Catalogue catalogue = readCatalogue(translationsDir() + u'/' + file);
            QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
            QSet<QString> keys;
            for (const Message &m : catalogue.messages)
                keys.insert(m.context + u'\x1f' + m.source);
            keysByFile.insert(file, keys);
        }
        const QSet<QString> de = keysByFile.value(u"entente_de.ts"_s);
        for (auto it = keysByFile.cbegin(); it != keysByFile.cend(); ++it) {
            QSet<QString> onlyHere = it.value() - de;
            QSet<QString> onlyInDe = de - it.value();
            QStringList differences;
            for (const QString &k : std::as_const(onlyHere))
                differences << u"only in %1: %2"_s.arg(it.key(), k.section(u'\x1f', 1).left(60));
            for (const QString &k : std::as_const(onlyInDe))
                differences << u"missing in %1: %2"_s.arg(it.key(), k.section(u'\x1f', 1).left(60));
            QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        }
    }

    void englishPlurals()
    {
        const Catalogue english = readCatalogue(translationsDir() + u"/entente_en.ts"_s);
        QVERIFY2(english.error.isEmpty(), qPrintable(english.error));
        QCOMPARE(english.language, u"en"_s);
        const Catalogue german = readCatalogue(translationsDir() + u"/entente_de.ts"_s);
        QVERIFY2(german.error.isEmpty(), qPrintable(german.error));
        QSet<QString> withCount;
        for (const Message &m : german.messages) {
            if (m.numerus)
                withCount.insert(m.context + u'\x1f' + m.source);
        }
        QVERIFY(withCount.size() > 20);
        QSet<QString> inEnglish;
        QStringList problems;
        for (const Message &m : english.messages) {
            const QString where = u"%1: \"%2\""_s.arg(m.context, m.source.left(60));
            inEnglish.insert(m.context + u'\x1f' + m.source);
            if (!m.numerus || m.unfinished || m.translations.size() != 2)
                problems << u"not a finished singular and plural: "_s + where;
            for (const QString &t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    problems << u"placeholders differ: "_s + where;
            }
        }
        for (const QString &k : withCount - inEnglish)
            problems << u"missing: "_s + k.section(u'\x1f', 1).left(60);
        for (const QString &k : inEnglish - withCount)
            problems << u"not a message with a count: "_s + k.section(u'\x1f', 1).left(60);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
