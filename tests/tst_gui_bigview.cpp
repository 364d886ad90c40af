// A big graph in the view: a fit must never blow nodes up to huge discs, whatever
// the positions look like (every node still at the origin before the layout
// placed it, a coarse layout snapshot with thousands of nodes on one spot, or
// the wide coordinate range of a finished force layout of a big graph).
// Regression for the window freezing for a minute when opening g100k.json.
#include "graphview.h"
#include "model/graphbuilder.h"
#include "render/graphrenderer.h"

#include <QtTest>

#include <cmath>

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

constexpr int nodeCount = 20000;

RelationshipGraph makeGraph()
{
    GraphBuilder b;
    std::vector<NodeIndex> nodes;
    nodes.reserve(nodeCount);
    for (int i = 0; i < nodeCount; ++i)
        nodes.push_back(*b.addNode({.id = u"n%1"_s.arg(i), .label = u"Node %1"_s.arg(i),
                                    .kind = u"company"_s}));
    // A sparse graph with some hubs (sizes by degree go up to the maximum).
    for (int i = 1; i < nodeCount; ++i) {
        b.addEdge(nodes[i], nodes[(i * 7919) % i], {.relation = u"partnership"_s});
        if (i % 3 == 0)
            b.addEdge(nodes[i], nodes[i % 50], {.relation = u"membership"_s});
    }
    return b.build();
}

enum class Placement { Unknown, Collapsed, Wide };

NodePositions makePositions(qsizetype n, Placement placement)
{
    NodePositions p(n);
    if (placement == Placement::Unknown)
        return p;   // what a file without positions gives: every node at 0,0, unknown
    for (qsizetype i = 0; i < n; ++i) {
        if (placement == Placement::Collapsed) {
            // A coarse level of the multilevel layout: every node at its
            // ancestor's place, 40 places about one edge length apart.
            const int c = int(i % 40);
            p.set(i, QPointF(80.0 * (c % 8), 80.0 * (c / 8)));
        } else {
            // A finished force layout: a disc spanning ~sqrt(n) edge lengths.
            const double a = double(i) * 2.399963;   // golden angle
            const double r = 80.0 * std::sqrt(double(i));
            p.set(i, QPointF(r * std::cos(a), r * std::sin(a)));
        }
    }
    return p;
}

} // namespace

class TestGuiBigView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_graph = makeGraph(); }

    void fitKeepsNodesSmall_data()
    {
        QTest::addColumn<int>("placement");
        QTest::addRow("unknown positions") << int(Placement::Unknown);
        QTest::addRow("collapsed snapshot") << int(Placement::Collapsed);
        QTest::addRow("wide force layout") << int(Placement::Wide);
    }

    void fitKeepsNodesSmall()
    {
        QFETCH(int, placement);
        QCOMPARE(m_graph.nodeCount(), nodeCount);
        GraphView view;
        view.setAnimated(false);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setGraph(m_graph, makePositions(m_graph.nodeCount(), Placement::Unknown));
        // As the window does: layout snapshots arrive, each followed by a fit.
        view.setPositions(makePositions(m_graph.nodeCount(), Placement(placement)));
        view.fitAll();

        // Whatever the unit, the fitted view shows the largest node at most
        // a few dozen pixels wide.
        const double scene = view.renderer().maxNodeRadius();
        QVERIFY(scene > 0);
        QVERIFY2(scene * view.zoom() <= 40.0, qPrintable(QString::number(scene * view.zoom())));

        const QImage frame = view.grabFrame();
        QVERIFY(!frame.isNull());
        const RenderStats &stats = view.renderer().lastStats();
        QVERIFY(stats.nodes > 0);
        QVERIFY2(stats.maxNodeRadius > 0 && stats.maxNodeRadius <= 40.0,
                 qPrintable(QString::number(stats.maxNodeRadius)));

        // Zooming far in never draws discs larger than the renderer's cap.
        view.setZoom(view.zoom() * 1000);
        view.grabFrame();
        QVERIFY2(view.renderer().lastStats().maxNodeRadius <= RenderOptions().maxNodeRadius,
                 qPrintable(QString::number(view.renderer().lastStats().maxNodeRadius)));
        for (NodeIndex n : {NodeIndex(0), NodeIndex(1), NodeIndex(nodeCount - 1)})
            QVERIFY(view.renderer().nodeDeviceRadius(n, view.zoom()) <= RenderOptions().maxNodeRadius);
    }

    void renderedBlobIsBoundedWhenAllNodesCoincide()
    {
        // Before the first layout snapshot every node sits at the origin: the
        // painted blob must stay small (it used to fill the whole window with
        // 20k discs of ~100 px).
        GraphView view;
        view.setAnimated(false);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setGraph(m_graph, makePositions(m_graph.nodeCount(), Placement::Unknown));
        view.fitAll();
        const QImage frame = view.grabFrame().convertToFormat(QImage::Format_ARGB32);
        const QRgb background = frame.pixel(2, 2);
        int x0 = frame.width(), y0 = frame.height(), x1 = -1, y1 = -1;
        for (int y = 0; y < frame.height(); ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(frame.constScanLine(y));
            for (int x = 0; x < frame.width(); ++x) {
                if (line[x] != background) {
                    x0 = std::min(x0, x);
                    x1 = std::max(x1, x);
                    y0 = std::min(y0, y);
                    y1 = std::max(y1, y);
                }
            }
        }
        QVERIFY(x1 >= x0);   // something was drawn
        // Labels may extend sideways; the discs themselves stay within ~2 x 40 px high.
        QVERIFY2(y1 - y0 <= 2 * 40 + 40, qPrintable(u"%1..%2"_s.arg(y0).arg(y1)));
    }

private:
    RelationshipGraph m_graph;
};

QTEST_MAIN(TestGuiBigView)
#include "tst_gui_bigview.moc"
