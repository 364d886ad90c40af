#pragma once

#include "render/imageexport.h"

#include <QColor>
#include <QDialog>
#include <QImage>
#include <QRectF>
#include <memory>

class QTimer;
template<typename T>
class QFutureWatcher;

namespace Ui {
class ExportDialog;
}

namespace entente {

// File > Export Image…: format, area (whole graph or the current viewport),
// size and PNG scale or PDF page, background, legend and caption, with a live
// preview drawn by the same renderImage as the export (on a worker thread, so
// that a big graph never blocks typing). It remembers the choices in QSettings
// (the export/* keys of appsettings.h, shared with the Preferences dialog) and
// asks before overwriting a file. It only chooses: the window runs the export.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `scene`: what the view shows (filter and hidden states, style, unit);
    // `viewport`: the view's visibleSceneRect; `suggestedName`: the base name
    // of a first export (the document's name).
    ExportDialog(std::shared_ptr<const ImageExportScene> scene, const QRectF &viewport,
                 const QString &filterExpression, const QString &suggestedName,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString filePath() const;
    void setFilePath(const QString &path);   // also picks the format of its extension
    ImageFormat format() const;
    void setFormat(ImageFormat format);
    bool isViewportArea() const;
    // The options of the export as chosen (viewport, size, scale, page,
    // background, legend, caption with the filter expression).
    ImageExportOptions options() const;

    // The last preview rendered (before the transparency checkerboard);
    // null until the first one arrives.
    QImage previewImage() const { return m_preview; }

    // Asks before overwriting an existing file, then remembers the choices.
    void accept() override;

signals:
    void previewUpdated();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void loadSettings();
    void saveSettings() const;
    void onFormatChanged();
    void onAreaChanged();
    void onWidthChanged(int width);
    void onHeightChanged(int height);
    void onPathEdited(const QString &text);
    void onBrowse();
    void onChooseColour();
    void updateColourButton();
    void optionsChanged();
    void schedulePreview();
    void startPreview();
    void showPreview();
    QString problem() const;

    std::unique_ptr<Ui::ExportDialog> ui;
    std::shared_ptr<const ImageExportScene> m_scene;
    QRectF m_viewport;
    QString m_filterExpression;
    QColor m_customColour{Qt::white};
    double m_aspect = 0.75;   // height / width while "Keep proportions" is on
    bool m_syncingSize = false;
    QTimer *m_previewTimer = nullptr;
    QFutureWatcher<QImage> *m_previewWatcher = nullptr;
    bool m_previewDirty = false;
    QImage m_preview;
};

} // namespace entente
