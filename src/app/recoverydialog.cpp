#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

RecoveryDialog::RecoveryDialog(const AutosaveStore &store, QList<AutosaveEntry> entries,
                               QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_entries(std::move(entries))
{
    setObjectName(u"recoveryDialog"_s);
    setWindowTitle(tr("Recover Unsaved Changes"));

    auto *text = new QLabel(
        tr("Entente did not close properly last time. These documents had unsaved changes "
           "that were autosaved:"),
        this);
    text->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"recoveryList"_s);
    m_list->setAccessibleName(tr("Autosaved documents"));
    text->setBuddy(m_list);

    auto *buttons = new QDialogButtonBox(this);
    m_recover = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
    m_recover->setObjectName(u"recoverButton"_s);
    m_recover->setAccessibleName(tr("Recover the selected document"));
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(u"discardButton"_s);
    m_discard->setAccessibleName(tr("Discard the selected autosave"));
    m_later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    m_later->setObjectName(u"laterButton"_s);
    m_later->setAccessibleName(tr("Decide later"));
    m_recover->setDefault(true);

    connect(m_recover, &QPushButton::clicked, this, &RecoveryDialog::onRecover);
    connect(m_discard, &QPushButton::clicked, this, &RecoveryDialog::onDiscard);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &RecoveryDialog::onRecover);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    fillList();
}

void RecoveryDialog::fillList()
{
    m_list->clear();
    const QLocale locale;
    for (const AutosaveEntry &entry : std::as_const(m_entries)) {
        const QString name = entry.originalPath.isEmpty()
            ? tr("Untitled")
            : QFileInfo(entry.originalPath).fileName();
        auto *item = new QListWidgetItem(
            tr("%1 — autosaved %2")
                .arg(name, locale.toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
            m_list);
        item->setToolTip(QDir::toNativeSeparators(entry.originalPath));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_recover->setEnabled(m_list->count() > 0);
    m_discard->setEnabled(m_list->count() > 0);
}

void RecoveryDialog::onRecover()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    m_chosen = m_entries.takeAt(row);
    done(Recover);
}

void RecoveryDialog::onDiscard()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    m_store.discard(m_entries.takeAt(row));
    if (m_entries.isEmpty()) {
        done(Later);
        return;
    }
    fillList();
}

} // namespace entente
