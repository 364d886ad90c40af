#pragma once

#include "autosave.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace entente {

// Shown at start when a crashed instance left autosaves: one row per
// document (its file, or "Untitled", and when it was autosaved). Recover
// opens the selected one; Discard deletes it (the dialog stays while others
// remain); Later keeps them all for the next start.
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Later, Recover };

    // `store` deletes discarded entries; it must outlive the dialog.
    RecoveryDialog(const AutosaveStore &store, QList<AutosaveEntry> entries,
                   QWidget *parent = nullptr);

    // The entry to recover after exec() returned Recover.
    std::optional<AutosaveEntry> chosenEntry() const { return m_chosen; }
    QList<AutosaveEntry> remainingEntries() const { return m_entries; }

    QListWidget *list() const { return m_list; }
    QPushButton *recoverButton() const { return m_recover; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *laterButton() const { return m_later; }

private:
    void fillList();
    void onRecover();
    void onDiscard();

    const AutosaveStore &m_store;
    QList<AutosaveEntry> m_entries;
    std::optional<AutosaveEntry> m_chosen;
    QListWidget *m_list = nullptr;
    QPushButton *m_recover = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_later = nullptr;
};

} // namespace entente
