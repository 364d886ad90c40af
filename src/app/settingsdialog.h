#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace entente {

// Edit > Preferences…: language, palette, label size, animation, the default
// layout engine and the default image export options. Reads QSettings when
// shown and writes them on accept(); the palette applies at once, the
// language on the next start (the dialog says so). The window re-reads the
// view settings when the dialog emits settingsApplied().
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Writes the dialog's values to QSettings and applies the palette.
    void apply();
    // Puts the built-in defaults into the controls (not yet stored).
    void restoreDefaults();

    void accept() override;

signals:
    void settingsApplied();

private:
    void load();

    std::unique_ptr<Ui::SettingsDialog> ui;
};

} // namespace entente
