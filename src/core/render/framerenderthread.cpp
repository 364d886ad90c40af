#include "framerenderthread.h"

#include <QElapsedTimer>
#include <QPainter>

#include <condition_variable>
#include <mutex>
#include <thread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace entente {

struct FrameRenderThread::Impl
{
    std::mutex mutex;
    std::condition_variable wake;
    std::optional<FrameJob> pending;
    bool stop = false;
    std::thread thread;
    // Only touched by the worker.
    GraphRenderer renderer;
    quint64 appearanceKey = 0;
    bool hasAppearance = false;
};

FrameRenderThread::FrameRenderThread(QObject *parent) : QObject(parent), d(std::make_unique<Impl>())
{
    d->thread = std::thread([this] { run(); });
}

FrameRenderThread::~FrameRenderThread()
{
    {
        std::lock_guard lock(d->mutex);
        d->stop = true;
        d->pending.reset();
    }
    d->wake.notify_one();
    d->thread.join();
}

void FrameRenderThread::post(FrameJob job)
{
    {
        std::lock_guard lock(d->mutex);
        d->pending = std::move(job);
    }
    d->wake.notify_one();
}

void FrameRenderThread::run()
{
#ifdef Q_OS_LINUX
    // The GUI thread must win a core over the frame painter when input comes
    // in (the layout holds both cores while it runs): a lower priority for
    // this thread and the band threads it starts (they inherit it). Frames
    // come less often while the layout runs; input is handled sooner.
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 4);
#endif
    for (;;) {
        FrameJob job;
        {
            std::unique_lock lock(d->mutex);
            d->wake.wait(lock, [this] { return d->stop || d->pending; });
            if (d->stop)
                return;
            job = std::move(*d->pending);
            d->pending.reset();
        }
        QElapsedTimer timer;
        timer.start();
        if (!d->hasAppearance || job.appearanceKey != d->appearanceKey) {
            d->renderer.setGraph(job.graph, job.style);
            d->appearanceKey = job.appearanceKey;
            d->hasAppearance = true;
        }
        d->renderer.setUnit(job.unit);
        const QSize pixels = (QSizeF(job.size) * job.devicePixelRatio).toSize().expandedTo(QSize(1, 1));
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(job.devicePixelRatio);
        {
            QPainter painter(&image);
            RenderState state;
            state.positions = &job.positions;
            state.nodeStates = job.nodeStates;
            state.edgeVisible = job.edgeVisible;
            state.selectedNodes = job.selectedNodes;
            state.selectedEdge = job.selectedEdge;
            state.hoveredNode = job.hoveredNode;
            d->renderer.paint(painter, job.sceneToDevice, QRectF(QPointF(0, 0), QSizeF(job.size)), state,
                              job.options);
        }
        emit frameRendered(job.id, image, timer.nsecsElapsed() / 1e6, d->renderer.lastStats().sampled);
    }
}

} // namespace entente
