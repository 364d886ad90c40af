<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>Write one CSV row per node (id, label, degree, betweenness, closeness, pagerank, eigenvector, component, community, core) to OUT.csv (&quot;-&quot;: standard output). With --filter, on the nodes the filter shows.</source>
        <translation>Schreibt eine CSV-Zeile je Knoten (id, label, degree, betweenness, closeness, pagerank, eigenvector, component, community, core) nach OUT.csv („-“: Standardausgabe). Mit --filter für die Knoten, die der Filter zeigt.</translation>
    </message>
    <message>
        <source>Estimate betweenness from K source nodes (0: exact). Default: exact up to 20000 nodes, else 1000.</source>
        <translation>Schätzt die Betweenness aus K Startknoten (0: exakt). Standard: exakt bis 20000 Knoten, sonst 1000.</translation>
    </message>
    <message>
        <source>Print the shortest path(s) from node FROM to node TO, one id per line, paths separated by a blank line (direction ignored). Exit 1 when there is none.</source>
        <translation>Gibt den oder die kürzesten Pfade vom Knoten FROM zum Knoten TO aus, eine ID je Zeile, Pfade durch eine Leerzeile getrennt (Richtung wird ignoriert). Endet mit 1, wenn es keinen gibt.</translation>
    </message>
    <message>
        <source>Entente: explore relationship graphs of companies, alliances and partnerships.
Without FILE, the bundled dataset (Franco-German Digital Sovereignty Summit 2025) is used. With a command such as --info, no window opens.</source>
        <translation>Entente: Beziehungsgraphen von Unternehmen, Allianzen und Partnerschaften erkunden.
Ohne FILE wird der mitgelieferte Datensatz (Deutsch-Französischer Gipfel zur digitalen Souveränität 2025) verwendet. Mit einem Befehl wie --info öffnet sich kein Fenster.</translation>
    </message>
    <message>
        <source>Graph file to open (.entente.json, .json, ...).</source>
        <translation>Zu öffnende Graphdatei (.entente.json, .json, …).</translation>
    </message>
    <message>
        <source>Print a JSON summary of the graph (nodes, edges, components, dialect, counts per kind, country, sector and relation) and exit.</source>
        <translation>Gibt eine JSON-Zusammenfassung des Graphen aus (Knoten, Kanten, Komponenten, Dialekt, Anzahlen je Art, Land, Branche und Beziehung) und beendet sich.</translation>
    </message>
    <message>
        <source>Write the graph to OUT; the format follows the extension (repeatable).</source>
        <translation>Schreibt den Graphen nach OUT; das Format ergibt sich aus der Endung (wiederholbar).</translation>
    </message>
    <message>
        <source>Seed of the layout (default 1): the same seed gives the same positions.</source>
        <translation>Startwert des Layouts (Standard 1): derselbe Startwert ergibt dieselben Positionen.</translation>
    </message>
    <message>
        <source>Layout engine for the export: force (default), or a Graphviz engine.</source>
        <translation>Layout-Verfahren für den Export: force (Standard) oder ein Graphviz-Verfahren.</translation>
    </message>
    <message>
        <source>PNG scale factor: multiplies the size, line widths and fonts (default 1).</source>
        <translation>PNG-Skalierungsfaktor: vervielfacht Größe, Linienbreiten und Schriften (Standard 1).</translation>
    </message>
    <message>
        <source>Colour nodes by kind, country, sector (default), date, or none.</source>
        <translation>Knoten nach Art, Land, Branche (Standard), Datum oder gar nicht färben.</translation>
    </message>
    <message>
        <source>Draw the legend in exported images.</source>
        <translation>Die Legende in exportierte Bilder zeichnen.</translation>
    </message>
    <message>
        <source>Draw a caption (title, filter, sources, date) in exported images.</source>
        <translation>Eine Bildunterschrift (Titel, Filter, Quellen, Datum) in exportierte Bilder zeichnen.</translation>
    </message>
    <message>
        <source>Image background: a colour (#rrggbb, a name) or transparent.</source>
        <translation>Bildhintergrund: eine Farbe (#rrggbb, ein Name) oder transparent.</translation>
    </message>
    <message>
        <source>--betweenness-samples needs --metrics</source>
        <translation>--betweenness-samples braucht --metrics</translation>
    </message>
    <message>
        <source>--betweenness-samples needs a number of nodes (0: exact), not &quot;%1&quot;</source>
        <translation>--betweenness-samples braucht eine Knotenanzahl (0: exakt), nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>entente: betweenness estimated from %1 of %2 nodes; error at most %3 for every node with probability 0.9 (--betweenness-samples 0 for the exact values)</source>
        <translation>entente: Betweenness aus %1 von %2 Knoten geschätzt; Fehler höchstens %3 für jeden Knoten mit Wahrscheinlichkeit 0,9 (--betweenness-samples 0 für die exakten Werte)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>--path needs two node ids: --path FROM TO</source>
        <translation>--path braucht zwei Knoten-IDs: --path FROM TO</translation>
    </message>
    <message>
        <source>%1: no path between &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>%1: kein Pfad zwischen &quot;%2&quot; und &quot;%3&quot;</translation>
    </message>
    <message>
        <source>entente: more than %1 shortest paths; the first %1 are shown</source>
        <translation>entente: mehr als %1 kürzeste Pfade; die ersten %1 werden gezeigt</translation>
    </message>
    <message>
        <source>the bundled dataset is missing</source>
        <translation>der mitgelieferte Datensatz fehlt</translation>
    </message>
    <message>
        <source>Try &apos;entente --help&apos; for more information.</source>
        <translation>Mit &apos;entente --help&apos; erhalten Sie weitere Informationen.</translation>
    </message>
    <message>
        <source>%1: cannot be loaded</source>
        <translation>%1: kann nicht geladen werden</translation>
    </message>
    <message>
        <source>at most one FILE can be given, not %1</source>
        <translation>höchstens eine FILE kann angegeben werden, nicht %1</translation>
    </message>
    <message>
        <source>entente: this build has no window; use --info or --help</source>
        <translation>entente: dieser Build hat kein Fenster; --info oder --help verwenden</translation>
    </message>
    <message>
        <source>--seed: expected a non-negative integer, got &quot;%1&quot;</source>
        <translation>--seed: erwartet eine nicht negative ganze Zahl, erhalten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--export: unknown format of &quot;%1&quot; (known: %2)</source>
        <translation>--export: unbekanntes Format von &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>--size: expected WIDTHxHEIGHT in pixels (e.g. 1600x1200), got &quot;%1&quot;</source>
        <translation>--size: erwartet BREITExHÖHE in Pixeln (z. B. 1600x1200), erhalten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--scale: expected a number in (0, 32], got &quot;%1&quot;</source>
        <translation>--scale: erwartet eine Zahl in (0, 32], erhalten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--color-by: unknown attribute &quot;%1&quot; (known: kind, country, sector, date, none)</source>
        <translation>--color-by: unbekanntes Attribut &quot;%1&quot; (bekannt: kind, country, sector, date, none)</translation>
    </message>
    <message>
        <source>--background: expected a colour (#rrggbb, a name) or &quot;transparent&quot;, got &quot;%1&quot;</source>
        <translation>--background: erwartet eine Farbe (#rrggbb, ein Name) oder &quot;transparent&quot;, erhalten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--layout: unknown engine &quot;%1&quot; (known: %2)</source>
        <translation>--layout: unbekanntes Verfahren &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>--layout: unknown engine &quot;%1&quot;</source>
        <translation>--layout: unbekanntes Verfahren &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: no node &quot;%2&quot;</source>
        <translation>%1: kein Knoten &quot;%2&quot;</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; meinten Sie &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Keep only what the filter expression EXPR shows, for --info and the exports, e.g. &apos;country:DE,FR -relation:supplier since:2025-01-01 &quot;black forest&quot;&apos;. Facets: country, sector, kind, relation, the file&apos;s own, community (Louvain, default seed) and component; -facet:v negates; since:/until:/date: dates; degree:N..M; words search labels and ids; show:neighbours, hide:isolated.</source>
        <translation>Behält für --info und die Exporte nur, was der Filterausdruck EXPR zeigt, z. B. &apos;country:DE,FR -relation:supplier since:2025-01-01 &quot;black forest&quot;&apos;. Facetten: country, sector, kind, relation, die der Datei, community (Louvain, Standard-Startwert) und component; -facet:v verneint; since:/until:/date: Datumsangaben; degree:N..M; Wörter durchsuchen Beschriftungen und IDs; show:neighbours, hide:isolated.</translation>
    </message>
    <message>
        <source>--page-size: unknown page size &quot;%1&quot; (known: %2)</source>
        <translation>--page-size: unbekannte Seitengröße &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>--orientation: expected portrait or landscape, got &quot;%1&quot;</source>
        <translation>--orientation: erwartet portrait oder landscape, erhalten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Image size in pixels (default 1600x1200; PDF: see --page-size).</source>
        <translation>Bildgröße in Pixeln (Standard 1600x1200; PDF: siehe --page-size).</translation>
    </message>
    <message>
        <source>PDF page size: A4 (default), A3, A2, A1, A0, A5, Letter, Legal or Tabloid.</source>
        <translation>PDF-Seitengröße: A4 (Standard), A3, A2, A1, A0, A5, Letter, Legal oder Tabloid.</translation>
    </message>
    <message>
        <source>PDF page orientation: landscape (default) or portrait.</source>
        <translation>PDF-Seitenausrichtung: landscape (Querformat, Standard) oder portrait (Hochformat).</translation>
    </message>
    <message>
        <source>With --export, print LAYOUT_SECONDS=&lt;s&gt;: the layout&apos;s own time, without reading and writing.</source>
        <translation>Mit --export LAYOUT_SECONDS=&lt;s&gt; ausgeben: die Zeit des Layouts allein, ohne Lesen und Schreiben.</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>Entente JSON</source>
        <translation>Entente-JSON</translation>
    </message>
    <message>
        <source>Cytoscape JSON</source>
        <translation>Cytoscape-JSON</translation>
    </message>
    <message>
        <source>GraphML</source>
        <translation>GraphML</translation>
    </message>
    <message>
        <source>GEXF</source>
        <translation>GEXF</translation>
    </message>
    <message>
        <source>Graphviz DOT</source>
        <translation>Graphviz-DOT</translation>
    </message>
    <message>
        <source>CSV, a nodes file and an edges file</source>
        <translation>CSV, eine Knoten- und eine Kantendatei</translation>
    </message>
    <message>
        <source>Positions TSV</source>
        <translation>Positionen als TSV</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>unknown data format; known endings: %1</source>
        <translation>unbekanntes Datenformat; bekannte Endungen: %1</translation>
    </message>
    <message>
        <source>Graphviz could not write the graph: %1</source>
        <translation>Graphviz konnte den Graphen nicht schreiben: %1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>&amp;Whole graph</source>
        <translation>&amp;Ganzer Graph</translation>
    </message>
    <message>
        <source>Current &amp;viewport</source>
        <translation>Aktueller &amp;Ausschnitt</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Breite in Pixeln</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Höhe in Pixeln</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Keep the proportions of the graph or of the viewport</source>
        <translation>Die Proportionen des Graphen oder des Ausschnitts beibehalten</translation>
    </message>
    <message>
        <source>Keep proportions</source>
        <translation>Proportionen beibehalten</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Maßstab:</translation>
    </message>
    <message>
        <source>PNG scale factor</source>
        <translation>PNG-Skalierungsfaktor</translation>
    </message>
    <message>
        <source>Multiplies the pixel size, line widths and fonts: 2 gives a sharper image of the same picture</source>
        <translation>Vervielfacht Pixelgröße, Linienbreiten und Schriften: 2 ergibt ein schärferes Bild desselben Motivs</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Page orientation</source>
        <translation>Seitenausrichtung</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Hintergrund:</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>Die Hintergrundfarbe wählen</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Include the &amp;legend</source>
        <translation>&amp;Legende einfügen</translation>
    </message>
    <message>
        <source>Include a capt&amp;ion (title, filter, sources, date)</source>
        <translation>&amp;Bildunterschrift einfügen (Titel, Filter, Quellen, Datum)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Caption title</source>
        <translation>Titel der Bildunterschrift</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview of the exported image</source>
        <translation>Vorschau des exportierten Bildes</translation>
    </message>
    <message>
        <source>Save t&amp;o:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Entente</source>
        <translation>Entente</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Colour By</source>
        <translation>&amp;Färben nach</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a graph file</source>
        <translation>Eine Graphdatei öffnen</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the graph with the current positions</source>
        <translation>Den Graphen mit den aktuellen Positionen speichern</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find a node by label or id</source>
        <translation>Einen Knoten nach Beschriftung oder ID suchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Select &amp;Neighbours</source>
        <translation>&amp;Nachbarn auswählen</translation>
    </message>
    <message>
        <source>Add the neighbours of the selected nodes to the selection</source>
        <translation>Die Nachbarn der ausgewählten Knoten zur Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>Auswahl &amp;aufheben</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Fit &amp;All</source>
        <translation>&amp;Alles einpassen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole graph (Ctrl+0)</source>
        <translation>Den ganzen Graphen zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Fit &amp;Selection</source>
        <translation>Auswahl &amp;einpassen</translation>
    </message>
    <message>
        <source>Show the selected nodes (Ctrl+9)</source>
        <translation>Die ausgewählten Knoten zeigen (Strg+9)</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Show &amp;Labels</source>
        <translation>&amp;Beschriftungen zeigen</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Beschriftungen</translation>
    </message>
    <message>
        <source>Show or hide the node labels</source>
        <translation>Die Knotenbeschriftungen zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Nodes</source>
        <translation>Ausgeblendete &amp;Knoten zeigen</translation>
    </message>
    <message>
        <source>&amp;Run Layout</source>
        <translation>Layout &amp;starten</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Run or pause the force-directed layout (Space)</source>
        <translation>Das kräftebasierte Layout starten oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Re&amp;start Layout</source>
        <translation>Layout &amp;neu beginnen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Lay the graph out again from scratch; pinned nodes stay</source>
        <translation>Den Graphen von Grund auf neu anordnen; fixierte Knoten bleiben</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Reset &amp;Pins</source>
        <translation>&amp;Fixierungen lösen</translation>
    </message>
    <message>
        <source>Unpin All</source>
        <translation>Alle lösen</translation>
    </message>
    <message>
        <source>Unpin every node so that the layout moves it again</source>
        <translation>Alle Knoten lösen, damit das Layout sie wieder bewegt</translation>
    </message>
    <message>
        <source>&amp;About Entente</source>
        <translation>&amp;Über Entente</translation>
    </message>
    <message>
        <source>Export &amp;Image…</source>
        <translation>&amp;Bild exportieren…</translation>
    </message>
    <message>
        <source>Export the graph as it is shown as a PNG, SVG or PDF image</source>
        <translation>Den Graphen so, wie er gezeigt wird, als PNG-, SVG- oder PDF-Bild exportieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>&amp;Daten exportieren…</translation>
    </message>
    <message>
        <source>Export the graph as it is shown as data: JSON, Cytoscape, GraphML, GEXF, DOT, CSV or positions</source>
        <translation>Den Graphen so, wie er gezeigt wird, als Daten exportieren: JSON, Cytoscape, GraphML, GEXF, DOT, CSV oder Positionen</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the view as an image to the clipboard</source>
        <translation>Die Ansicht als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies when Entente is started again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Entente.</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Label &amp;size:</source>
        <translation>Beschriftungs&amp;größe:</translation>
    </message>
    <message>
        <source>Label size</source>
        <translation>Beschriftungsgröße</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Animate zooming and focusing</source>
        <translation>Zoomen und Fokussieren &amp;animieren</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Default &amp;engine:</source>
        <translation>Standard-&amp;Verfahren:</translation>
    </message>
    <message>
        <source>Default layout engine</source>
        <translation>Standard-Layoutverfahren</translation>
    </message>
    <message>
        <source>Image export</source>
        <translation>Bildexport</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Hintergrund:</translation>
    </message>
    <message>
        <source>Export background</source>
        <translation>Exporthintergrund</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Maßstab:</translation>
    </message>
    <message>
        <source>Export scale</source>
        <translation>Exportmaßstab</translation>
    </message>
    <message>
        <source>Include the le&amp;gend</source>
        <translation>&amp;Legende einfügen</translation>
    </message>
    <message>
        <source>Export legend</source>
        <translation>Legende im Export</translation>
    </message>
    <message>
        <source>Include a ca&amp;ption</source>
        <translation>&amp;Bildunterschrift einfügen</translation>
    </message>
    <message>
        <source>Export caption</source>
        <translation>Bildunterschrift im Export</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>A&amp;utosave every:</source>
        <translation>A&amp;utomatisch speichern alle:</translation>
    </message>
    <message>
        <source>Autosave interval</source>
        <translation>Intervall der automatischen Speicherung</translation>
    </message>
    <message>
        <source>Unsaved changes are kept in the application&apos;s data folder and offered back after a crash.</source>
        <translation>Ungespeicherte Änderungen werden im Datenordner des Programms aufbewahrt und nach einem Absturz wieder angeboten.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>entente::AnalysisPanel</name>
    <message>
        <source>What the filter shows</source>
        <translation>Was der Filter zeigt</translation>
    </message>
    <message>
        <source>Whole graph</source>
        <translation>Ganzer Graph</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>Betweenness from this many sampled source nodes (faster on large graphs, with a stated error bound); &quot;exact&quot; uses all nodes.</source>
        <translation>Betweenness aus so vielen zufällig gewählten Startknoten (schneller bei großen Graphen, mit angegebener Fehlerschranke); „exakt“ verwendet alle Knoten.</translation>
    </message>
    <message>
        <source>&amp;Betweenness samples:</source>
        <translation>&amp;Betweenness-Stichprobe:</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Berechnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>entity id or name</source>
        <translation>ID oder Name der Entität</translation>
    </message>
    <message>
        <source>Fewest steps</source>
        <translation>Wenigste Schritte</translation>
    </message>
    <message>
        <source>Largest volumes</source>
        <translation>Größte Volumen</translation>
    </message>
    <message>
        <source>Most recent relations</source>
        <translation>Neueste Beziehungen</translation>
    </message>
    <message>
        <source>Find &amp;path</source>
        <translation>&amp;Pfad suchen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewichtung:</translation>
    </message>
    <message>
        <source>depth </source>
        <translation>Tiefe </translation>
    </message>
    <message>
        <source>&amp;Ego network of selection</source>
        <translation>&amp;Ego-Netzwerk der Auswahl</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), %1 component(s), %2 communities (modularity %3).</source>
        <translation>
            <numerusform>%n Knoten, %1 Komponente(n), %2 Gemeinschaften (Modularität %3).</numerusform>
            <numerusform>%n Knoten, %1 Komponente(n), %2 Gemeinschaften (Modularität %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Betweenness sampled: within ±%1 of the exact value for every node with probability 0.9.</source>
        <translation>Betweenness aus Stichprobe: für jeden Knoten mit Wahrscheinlichkeit 0,9 höchstens ±%1 vom exakten Wert entfernt.</translation>
    </message>
    <message>
        <source>No entity &quot;%1&quot;.</source>
        <translation>Keine Entität „%1“.</translation>
    </message>
    <message>
        <source>No path between %1 and %2.</source>
        <translation>Kein Pfad zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>The entity is hidden by the filter.</source>
        <translation>Die Entität ist durch den Filter ausgeblendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Path %1 of %2%3: %n step(s)</source>
        <translation>
            <numerusform>Pfad %1 von %2%3: %n Schritt</numerusform>
            <numerusform>Pfad %1 von %2%3: %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Metrics of the nodes</source>
        <translation>Kennzahlen der Knoten</translation>
    </message>
    <message>
        <source>Ego network depth</source>
        <translation>Tiefe des Ego-Netzwerks</translation>
    </message>
</context>
<context>
    <name>entente::AutosaveStore</name>
    <message>
        <source>cannot write the autosave: %1</source>
        <translation>die automatische Sicherung kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot lock the folder %1</source>
        <translation>der Ordner %1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>the autosave folder is not available</source>
        <translation>der Ordner für automatische Sicherungen ist nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>entente::CsvReader</name>
    <message>
        <source>row %1: the quoted field is not closed</source>
        <translation>Zeile %1: Das Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>row %1: unexpected text after a closing quote</source>
        <translation>Zeile %1: unerwarteter Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>row %1 has more than %2 fields</source>
        <translation>Zeile %1 hat mehr als %2 Felder</translation>
    </message>
    <message>
        <source>row %1: a field is longer than %2 bytes</source>
        <translation>Zeile %1: Ein Feld ist länger als %2 Bytes</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>die Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>the header names neither source and target columns (an edges file) nor an id column (a nodes file); it has %1</source>
        <translation>die Kopfzeile nennt weder Spalten source und target (eine Kantendatei) noch eine Spalte id (eine Knotendatei); sie hat %1</translation>
    </message>
    <message numerus="yes">
        <source>more than %n columns</source>
        <translation>
            <numerusform>mehr als %n Spalte</numerusform>
            <numerusform>mehr als %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 has %2 fields, the header has %3</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile hat %3</translation>
    </message>
    <message>
        <source>row %1: the id is empty</source>
        <translation>Zeile %1: Die ID ist leer</translation>
    </message>
    <message numerus="yes">
        <source>more than %n nodes</source>
        <translation>
            <numerusform>mehr als %n Knoten</numerusform>
            <numerusform>mehr als %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot;: the source is empty</source>
        <translation>Zeile %1, Spalte &quot;%2&quot;: Die Quelle ist leer</translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot;: the target is empty</source>
        <translation>Zeile %1, Spalte &quot;%2&quot;: Das Ziel ist leer</translation>
    </message>
    <message numerus="yes">
        <source>more than %n edges</source>
        <translation>
            <numerusform>mehr als %n Kante</numerusform>
            <numerusform>mehr als %n Kanten</numerusform>
        </translation>
    </message>
    <message>
        <source>file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>a nodes file needs an id column and no source or target</source>
        <translation>eine Knotendatei braucht eine Spalte id und keine Spalten source oder target</translation>
    </message>
    <message>
        <source>an edges file needs source and target columns</source>
        <translation>eine Kantendatei braucht die Spalten source und target</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot;: &quot;%3&quot; is not a number</source>
        <translation>Zeile %1, Spalte &quot;%2&quot;: &quot;%3&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>row %1: node &quot;%2&quot; is listed twice</source>
        <translation>Zeile %1: Knoten &quot;%2&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot;: node &quot;%3&quot; is not in %4</source>
        <translation>Zeile %1, Spalte &quot;%2&quot;: Knoten &quot;%3&quot; steht nicht in %4</translation>
    </message>
</context>
<context>
    <name>entente::DetailsPanel</name>
    <message>
        <source>€%1 billion</source>
        <translation>%1 Mrd. €</translation>
    </message>
    <message>
        <source>€%1 million</source>
        <translation>%1 Mio. €</translation>
    </message>
    <message>
        <source>No graph is open.</source>
        <translation>Kein Graph geöffnet.</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Kanten</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Edges are</source>
        <translation>Kanten sind</translation>
    </message>
    <message>
        <source>directed</source>
        <translation>gerichtet</translation>
    </message>
    <message>
        <source>undirected</source>
        <translation>ungerichtet</translation>
    </message>
    <message>
        <source>Click a node or an edge to see its details.</source>
        <translation>Klicken Sie auf einen Knoten oder eine Kante, um Details zu sehen.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Relations (%1)</source>
        <translation>Beziehungen (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>And</source>
        <translation>Und</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) selected</source>
        <translation>
            <numerusform>%n Knoten ausgewählt</numerusform>
            <numerusform>%n Knoten ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::Diagnostic</name>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>entente::DotReader</name>
    <message>
        <source>a token is longer than %1 bytes</source>
        <translation>ein Token ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the file contains a NUL byte</source>
        <translation>die Datei enthält ein NUL-Byte</translation>
    </message>
    <message numerus="yes">
        <source>HTML label nested deeper than %n levels</source>
        <translation>
            <numerusform>HTML-Beschriftung tiefer als %n Ebene verschachtelt</numerusform>
            <numerusform>HTML-Beschriftung tiefer als %n Ebenen verschachtelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>subgraphs nested deeper than %n levels</source>
        <translation>
            <numerusform>Teilgraphen tiefer als %n Ebene verschachtelt</numerusform>
            <numerusform>Teilgraphen tiefer als %n Ebenen verschachtelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n edges</source>
        <translation>
            <numerusform>mehr als %n Kante</numerusform>
            <numerusform>mehr als %n Kanten</numerusform>
        </translation>
    </message>
    <message>
        <source>file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>no graph in the file</source>
        <translation>kein Graph in der Datei</translation>
    </message>
    <message numerus="yes">
        <source>more than %n nodes</source>
        <translation>
            <numerusform>mehr als %n Knoten</numerusform>
            <numerusform>mehr als %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>node &quot;%1&quot; has more than %2 attributes</source>
        <translation>Knoten &quot;%1&quot; hat mehr als %2 Attribute</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: pos &quot;%2&quot; is not &quot;x,y&quot;; ignored</source>
        <translation>Knoten &quot;%1&quot;: pos &quot;%2&quot; ist nicht &quot;x,y&quot;; ignoriert</translation>
    </message>
</context>
<context>
    <name>entente::ExportDialog</name>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG-Vektorgrafik</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Window colours</source>
        <translation>Fensterfarben</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>Custom colour</source>
        <translation>Eigene Farbe</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Vektorgrafik (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>Background Colour</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <source>The image would be %1 × %2 pixels; at most %3 pixels a side can be exported.</source>
        <translation>Das Bild wäre %1 × %2 Pixel groß; höchstens %3 Pixel je Seite können exportiert werden.</translation>
    </message>
    <message>
        <source>The file name must end in .png, .svg or .pdf.</source>
        <translation>Der Dateiname muss auf .png, .svg oder .pdf enden.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>= %1 × %2 pixels</source>
        <translation>= %1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Keep proportions</source>
        <translation>Proportionen beibehalten</translation>
    </message>
    <message>
        <source>Free proportions</source>
        <translation>Freie Proportionen</translation>
    </message>
    <message>
        <source>The part of the graph the view shows, as it shows it: filter, hidden and dimmed nodes, colours and sizes.</source>
        <translation>Der Teil des Graphen, den die Ansicht zeigt, so wie sie ihn zeigt: Filter, ausgeblendete und abgeblendete Knoten, Farben und Größen.</translation>
    </message>
    <message>
        <source>The whole graph as the view shows it: filter, hidden and dimmed nodes, colours and sizes.</source>
        <translation>Der ganze Graph, so wie die Ansicht ihn zeigt: Filter, ausgeblendete und abgeblendete Knoten, Farben und Größen.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>„%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Do you want to replace it?</source>
        <translation>Möchten Sie sie ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
</context>
<context>
    <name>entente::FilterExpression</name>
    <message>
        <source>unterminated quote</source>
        <translation>nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>&quot;-&quot; must be followed by a facet or a word</source>
        <translation>auf &quot;-&quot; muss eine Facette oder ein Wort folgen</translation>
    </message>
    <message>
        <source>unexpected quote inside a word</source>
        <translation>unerwartetes Anführungszeichen in einem Wort</translation>
    </message>
    <message>
        <source>missing facet name before &quot;:&quot;</source>
        <translation>Facettenname vor &quot;:&quot; fehlt</translation>
    </message>
    <message>
        <source>expected a space after the closing quote</source>
        <translation>nach dem schließenden Anführungszeichen wird ein Leerzeichen erwartet</translation>
    </message>
    <message>
        <source>empty value list after &quot;%1:&quot;</source>
        <translation>leere Werteliste nach &quot;%1:&quot;</translation>
    </message>
    <message>
        <source>empty value after &quot;,&quot;</source>
        <translation>leerer Wert nach &quot;,&quot;</translation>
    </message>
    <message>
        <source>unexpected quote inside a value</source>
        <translation>unerwartetes Anführungszeichen in einem Wert</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or a space after the value</source>
        <translation>nach dem Wert wird &quot;,&quot; oder ein Leerzeichen erwartet</translation>
    </message>
    <message>
        <source>unexpected &quot;,&quot; in a facet name</source>
        <translation>unerwartetes &quot;,&quot; in einem Facettennamen</translation>
    </message>
    <message>
        <source>a facet name cannot start with &quot;-&quot;</source>
        <translation>ein Facettenname kann nicht mit &quot;-&quot; beginnen</translation>
    </message>
    <message>
        <source>&quot;-&quot; cannot be used with %1</source>
        <translation>&quot;-&quot; kann nicht mit %1 verwendet werden</translation>
    </message>
    <message>
        <source>%1 takes one value</source>
        <translation>%1 nimmt einen Wert</translation>
    </message>
    <message>
        <source>empty date range &quot;..&quot;</source>
        <translation>leerer Datumsbereich &quot;..&quot;</translation>
    </message>
    <message>
        <source>degree given twice</source>
        <translation>degree zweimal angegeben</translation>
    </message>
    <message>
        <source>unknown value %1 for show (expected &quot;neighbours&quot;)</source>
        <translation>unbekannter Wert %1 für show (erwartet: &quot;neighbours&quot;)</translation>
    </message>
    <message>
        <source>unknown value %1 for hide (expected &quot;isolated&quot;)</source>
        <translation>unbekannter Wert %1 für hide (erwartet: &quot;isolated&quot;)</translation>
    </message>
    <message>
        <source>unknown facet %1 (did you mean %2?)</source>
        <translation>unbekannte Facette %1 (meinten Sie %2?)</translation>
    </message>
    <message>
        <source>unknown facet %1 (facets: %2)</source>
        <translation>unbekannte Facette %1 (Facetten: %2)</translation>
    </message>
    <message>
        <source>%1 given twice (list the values in one term: %1:A,B)</source>
        <translation>%1 zweimal angegeben (die Werte in einem Ausdruck aufzählen: %1:A,B)</translation>
    </message>
    <message>
        <source>unknown %1 %2 (did you mean %3?)</source>
        <translation>unbekannter Wert %2 für %1 (meinten Sie %3?)</translation>
    </message>
    <message>
        <source>unknown %1 %2 (the graph has no %1 values)</source>
        <translation>unbekannter Wert %2 für %1 (der Graph hat keine Werte für %1)</translation>
    </message>
    <message>
        <source>unknown %1 %2</source>
        <translation>unbekannter Wert %2 für %1</translation>
    </message>
    <message>
        <source>bad date %1 (expected YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>ungültiges Datum %1 (erwartet: YYYY, YYYY-MM oder YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>start date given twice</source>
        <translation>Anfangsdatum zweimal angegeben</translation>
    </message>
    <message>
        <source>start date is after the end date</source>
        <translation>das Anfangsdatum liegt nach dem Enddatum</translation>
    </message>
    <message>
        <source>end date given twice</source>
        <translation>Enddatum zweimal angegeben</translation>
    </message>
    <message>
        <source>end date is before the start date</source>
        <translation>das Enddatum liegt vor dem Anfangsdatum</translation>
    </message>
    <message>
        <source>bad degree range %1 (expected N, N.., ..M or N..M)</source>
        <translation>ungültiger Gradbereich %1 (erwartet: N, N.., ..M oder N..M)</translation>
    </message>
    <message>
        <source>empty degree range %1</source>
        <translation>leerer Gradbereich %1</translation>
    </message>
    <message>
        <source>unknown facet %1 (compute the metrics in the Analysis dock first)</source>
        <translation>unbekannte Facette %1 (zuerst die Kennzahlen im Bereich Analyse berechnen)</translation>
    </message>
</context>
<context>
    <name>entente::FilterPanel</name>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Counts are nodes that would show with the value, given the other filters</source>
        <translation>Anzahlen sind Knoten, die mit diesem Wert bei den übrigen Filtern gezeigt würden</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Show what has none of the checked values</source>
        <translation>Zeigen, was keinen der angehakten Werte hat</translation>
    </message>
    <message>
        <source>Search %1…</source>
        <translation>%1 durchsuchen…</translation>
    </message>
    <message>
        <source>%1 (%2 checked)</source>
        <translation>%1 (%2 angehakt)</translation>
    </message>
    <message>
        <source>Filter: country:DE,FR -relation:supplier &quot;black forest&quot;</source>
        <translation>Filter: country:DE,FR -relation:supplier &quot;black forest&quot;</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle zurücksetzen</translation>
    </message>
    <message>
        <source>Keep neighbours of matches (faded)</source>
        <translation>Nachbarn der Treffer behalten (abgeblendet)</translation>
    </message>
    <message>
        <source>Hide nodes left without edges</source>
        <translation>Knoten ohne verbleibende Kanten ausblenden</translation>
    </message>
    <message>
        <source>Dim filtered-out nodes instead of hiding them</source>
        <translation>Herausgefilterte Knoten abblenden statt ausblenden</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 nodes, %3 of %4 edges</source>
        <translation>%1 von %2 Knoten, %3 von %4 Kanten</translation>
    </message>
    <message numerus="yes">
        <source> (%n kept as neighbours)</source>
        <translation>
            <numerusform> (%n als Nachbar behalten)</numerusform>
            <numerusform> (%n als Nachbarn behalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts are relations between shown nodes</source>
        <translation>Die Anzahlen sind Beziehungen zwischen gezeigten Knoten</translation>
    </message>
    <message>
        <source>(computed by the Analysis dock)</source>
        <translation>(vom Bereich Analyse berechnet)</translation>
    </message>
    <message>
        <source>Filter expression</source>
        <translation>Filterausdruck</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type a filter; it applies as you type.&lt;/p&gt;&lt;p&gt;&lt;b&gt;facet:a,b&lt;/b&gt; any of the values (facets: country, sector, kind, relation, the file&apos;s own such as a node&apos;s group or a relation&apos;s status, and community and component once the Analysis dock has computed them)&lt;br&gt;&lt;b&gt;-facet:a&lt;/b&gt; none of them&lt;br&gt;&lt;b&gt;since:2025-01-01 until:2025-12&lt;/b&gt; or &lt;b&gt;date:2025&lt;/b&gt; a date range&lt;br&gt;&lt;b&gt;degree:3..&lt;/b&gt; or &lt;b&gt;degree:2..10&lt;/b&gt; a degree range&lt;br&gt;words and &lt;b&gt;&quot;quoted phrases&quot;&lt;/b&gt; search labels and ids, ignoring case and accents&lt;br&gt;&lt;b&gt;show:neighbours&lt;/b&gt;, &lt;b&gt;hide:isolated&lt;/b&gt; the options below&lt;/p&gt;</source>
        <translation>&lt;p&gt;Geben Sie einen Filter ein; er gilt schon beim Tippen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;facet:a,b&lt;/b&gt; einer der Werte (Facetten: country, sector, kind, relation, die der Datei wie die Gruppe eines Knotens oder der Status einer Beziehung, sowie community und component, sobald der Bereich Analyse sie berechnet hat)&lt;br&gt;&lt;b&gt;-facet:a&lt;/b&gt; keiner davon&lt;br&gt;&lt;b&gt;since:2025-01-01 until:2025-12&lt;/b&gt; oder &lt;b&gt;date:2025&lt;/b&gt; ein Datumsbereich&lt;br&gt;&lt;b&gt;degree:3..&lt;/b&gt; oder &lt;b&gt;degree:2..10&lt;/b&gt; ein Gradbereich&lt;br&gt;Wörter und &lt;b&gt;&quot;Ausdrücke in Anführungszeichen&quot;&lt;/b&gt; durchsuchen Beschriftungen und IDs, ohne Rücksicht auf Groß-/Kleinschreibung und Akzente&lt;br&gt;&lt;b&gt;show:neighbours&lt;/b&gt;, &lt;b&gt;hide:isolated&lt;/b&gt; die Optionen unten&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Datumsbereich</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Relations dated in the range, and the entities they join or whose own dates fall in it. Drag the handles or use the arrow keys.</source>
        <translation>Beziehungen mit einem Datum im Bereich und die Einheiten, die sie verbinden oder deren eigene Daten hineinfallen. Ziehen Sie die Griffe oder nutzen Sie die Pfeiltasten.</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Minimum degree</source>
        <translation>Mindestgrad</translation>
    </message>
    <message>
        <source>Maximum degree</source>
        <translation>Höchstgrad</translation>
    </message>
    <message>
        <source>Show nodes with at least this many relations</source>
        <translation>Knoten mit mindestens so vielen Beziehungen zeigen</translation>
    </message>
    <message>
        <source>Show nodes with at most this many relations</source>
        <translation>Knoten mit höchstens so vielen Beziehungen zeigen</translation>
    </message>
    <message>
        <source>Filter facets</source>
        <translation>Filterfacetten</translation>
    </message>
    <message>
        <source>any (all on %1)</source>
        <translation>beliebig (alle am %1)</translation>
    </message>
    <message>
        <source>any (%1 to %2)</source>
        <translation>beliebig (%1 bis %2)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>entente::GexfReader</name>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>dynamic attributes and spells are not supported; ignored</source>
        <translation>dynamische Attribute und Spells werden nicht unterstützt; ignoriert</translation>
    </message>
    <message>
        <source>not a GEXF file: the root element is &lt;%1&gt;, not &lt;gexf&gt;</source>
        <translation>keine GEXF-Datei: Das Wurzelelement ist &lt;%1&gt;, nicht &lt;gexf&gt;</translation>
    </message>
    <message>
        <source>the &lt;gexf&gt; element holds no &lt;graph&gt;</source>
        <translation>das Element &lt;gexf&gt; enthält kein &lt;graph&gt;</translation>
    </message>
    <message>
        <source>&lt;attribute&gt; without an id</source>
        <translation>&lt;attribute&gt; ohne id</translation>
    </message>
    <message numerus="yes">
        <source>more than %n attributes on one element</source>
        <translation>
            <numerusform>mehr als %n Attribut an einem Element</numerusform>
            <numerusform>mehr als %n Attribute an einem Element</numerusform>
        </translation>
    </message>
    <message>
        <source>viz:position without numeric x and y; ignored</source>
        <translation>viz:position ohne numerische x und y; ignoriert</translation>
    </message>
    <message>
        <source>viz:color without numeric r, g and b; ignored</source>
        <translation>viz:color ohne numerische r, g und b; ignoriert</translation>
    </message>
    <message numerus="yes">
        <source>nodes nested deeper than %n levels</source>
        <translation>
            <numerusform>Knoten tiefer als %n Ebene verschachtelt</numerusform>
            <numerusform>Knoten tiefer als %n Ebenen verschachtelt</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;node&gt; without an id</source>
        <translation>&lt;node&gt; ohne id</translation>
    </message>
    <message numerus="yes">
        <source>more than %n nodes</source>
        <translation>
            <numerusform>mehr als %n Knoten</numerusform>
            <numerusform>mehr als %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;edge&gt; needs both source and target</source>
        <translation>&lt;edge&gt; braucht source und target</translation>
    </message>
    <message numerus="yes">
        <source>more than %n edges</source>
        <translation>
            <numerusform>mehr als %n Kante</numerusform>
            <numerusform>mehr als %n Kanten</numerusform>
        </translation>
    </message>
    <message>
        <source>file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>edge from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Kante von &quot;%1&quot; nach &quot;%2&quot;</translation>
    </message>
    <message>
        <source>edge &quot;%1&quot;</source>
        <translation>Kante &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 points to unknown node &quot;%2&quot;</source>
        <translation>%1 verweist auf den unbekannten Knoten &quot;%2&quot;</translation>
    </message>
    <message>
        <source>defaultedgetype must be directed, undirected or mutual, not &quot;%1&quot;</source>
        <translation>defaultedgetype muss directed, undirected oder mutual sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; is declared twice</source>
        <translation>Attribut &quot;%1&quot; ist doppelt deklariert</translation>
    </message>
    <message>
        <source>default &quot;%1&quot; of attribute &quot;%2&quot; is not %3</source>
        <translation>Vorgabe &quot;%1&quot; des Attributs &quot;%2&quot; ist nicht %3</translation>
    </message>
    <message>
        <source>&lt;attvalue&gt; refers to undeclared attribute &quot;%1&quot;</source>
        <translation>&lt;attvalue&gt; verweist auf das nicht deklarierte Attribut &quot;%1&quot;</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; of attribute &quot;%2&quot; is not %3</source>
        <translation>Wert &quot;%1&quot; des Attributs &quot;%2&quot; ist nicht %3</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is declared twice</source>
        <translation>Knoten &quot;%1&quot; ist doppelt deklariert</translation>
    </message>
    <message>
        <source>weight &quot;%1&quot; is not a number</source>
        <translation>Gewicht &quot;%1&quot; ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>entente::GraphIO</name>
    <message>
        <source>%1 files (%2)</source>
        <translation>%1-Dateien (%2)</translation>
    </message>
    <message>
        <source>Graph files (%1)</source>
        <translation>Graphdateien (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>file is too large (%1; the limit is %2)</source>
        <translation>die Datei ist zu groß (%1; die Grenze ist %2)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>file is too large (the limit is %1)</source>
        <translation>die Datei ist zu groß (die Grenze ist %1)</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>unknown file format; known endings: %1</source>
        <translation>unbekanntes Dateiformat; bekannte Endungen: %1</translation>
    </message>
</context>
<context>
    <name>entente::GraphStyle</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>(no kind)</source>
        <translation>(keine Art)</translation>
    </message>
    <message>
        <source>(no relation)</source>
        <translation>(keine Beziehung)</translation>
    </message>
</context>
<context>
    <name>entente::GraphView</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
</context>
<context>
    <name>entente::GraphmlReader</name>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an int</source>
        <translation>ein int</translation>
    </message>
    <message>
        <source>a long</source>
        <translation>ein long</translation>
    </message>
    <message>
        <source>a float</source>
        <translation>ein float</translation>
    </message>
    <message>
        <source>a double</source>
        <translation>ein double</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>not a GraphML file: the root element is &lt;%1&gt;, not &lt;graphml&gt;</source>
        <translation>keine GraphML-Datei: Das Wurzelelement ist &lt;%1&gt;, nicht &lt;graphml&gt;</translation>
    </message>
    <message>
        <source>the &lt;graphml&gt; element holds no &lt;graph&gt;</source>
        <translation>das Element &lt;graphml&gt; enthält kein &lt;graph&gt;</translation>
    </message>
    <message>
        <source>&lt;key&gt; without an id</source>
        <translation>&lt;key&gt; ohne id</translation>
    </message>
    <message>
        <source>hyperedges are not supported; ignored</source>
        <translation>Hyperkanten werden nicht unterstützt; ignoriert</translation>
    </message>
    <message numerus="yes">
        <source>more than %n attributes on one element</source>
        <translation>
            <numerusform>mehr als %n Attribut an einem Element</numerusform>
            <numerusform>mehr als %n Attribute an einem Element</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;node&gt; without an id</source>
        <translation>&lt;node&gt; ohne id</translation>
    </message>
    <message numerus="yes">
        <source>more than %n nodes</source>
        <translation>
            <numerusform>mehr als %n Knoten</numerusform>
            <numerusform>mehr als %n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>graphs nested deeper than %n levels</source>
        <translation>
            <numerusform>Graphen tiefer als %n Ebene verschachtelt</numerusform>
            <numerusform>Graphen tiefer als %n Ebenen verschachtelt</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;edge&gt; needs both source and target</source>
        <translation>&lt;edge&gt; braucht source und target</translation>
    </message>
    <message numerus="yes">
        <source>more than %n edges</source>
        <translation>
            <numerusform>mehr als %n Kante</numerusform>
            <numerusform>mehr als %n Kanten</numerusform>
        </translation>
    </message>
    <message>
        <source>file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>edge from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Kante von &quot;%1&quot; nach &quot;%2&quot;</translation>
    </message>
    <message>
        <source>edge &quot;%1&quot;</source>
        <translation>Kante &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 points to unknown node &quot;%2&quot;</source>
        <translation>%1 verweist auf den unbekannten Knoten &quot;%2&quot;</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is declared twice</source>
        <translation>Schlüssel &quot;%1&quot; ist doppelt deklariert</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; has unknown type &quot;%2&quot;</source>
        <translation>Schlüssel &quot;%1&quot; hat den unbekannten Typ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>default &quot;%1&quot; of key &quot;%2&quot; is not %3</source>
        <translation>Vorgabe &quot;%1&quot; des Schlüssels &quot;%2&quot; ist nicht %3</translation>
    </message>
    <message>
        <source>edgedefault must be &quot;directed&quot; or &quot;undirected&quot;, not &quot;%1&quot;</source>
        <translation>edgedefault muss &quot;directed&quot; oder &quot;undirected&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&lt;data&gt; refers to undeclared key &quot;%1&quot;</source>
        <translation>&lt;data&gt; verweist auf den nicht deklarierten Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is not declared for this element; value kept</source>
        <translation>Schlüssel &quot;%1&quot; ist für dieses Element nicht deklariert; Wert behalten</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; of key &quot;%2&quot; is not %3</source>
        <translation>Wert &quot;%1&quot; des Schlüssels &quot;%2&quot; ist nicht %3</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is declared twice</source>
        <translation>Knoten &quot;%1&quot; ist doppelt deklariert</translation>
    </message>
</context>
<context>
    <name>entente::Graphviz</name>
    <message>
        <source>unknown Graphviz engine &quot;%1&quot;</source>
        <translation>unbekanntes Graphviz-Verfahren &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Graphviz could not be initialised</source>
        <translation>Graphviz konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>Graphviz %1 failed</source>
        <translation>Graphviz %1 ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>entente::ImageExport</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>image size %1 x %2 is out of range (1..65535 pixels a side)</source>
        <translation>Bildgröße %1 × %2 liegt außerhalb des Bereichs (1..65535 Pixel je Seite)</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>out of memory for a band of %1 x %2 pixels</source>
        <translation>nicht genug Speicher für einen Streifen von %1 × %2 Pixeln</translation>
    </message>
    <message>
        <source>cannot start the PNG encoder</source>
        <translation>der PNG-Encoder kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>PNG encoder error</source>
        <translation>Fehler des PNG-Encoders</translation>
    </message>
    <message>
        <source>empty image size</source>
        <translation>leere Bildgröße</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>die PDF-Ausgabe kann nicht gestartet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n nodes</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edges</source>
        <translation>
            <numerusform>%n Kante</numerusform>
            <numerusform>%n Kanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>Exported %1 with Entente</source>
        <translation>Exportiert am %1 mit Entente</translation>
    </message>
    <message>
        <source>unknown image format</source>
        <translation>unbekanntes Bildformat</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
</context>
<context>
    <name>entente::JsonReader</name>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>&quot;%1&quot; muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>string longer than %1 bytes</source>
        <translation>Zeichenkette länger als %1 Bytes</translation>
    </message>
    <message>
        <source>a string or an array of strings</source>
        <translation>eine Zeichenkette oder ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold only strings, not %2</source>
        <translation>&quot;%1&quot; darf nur Zeichenketten enthalten, nicht %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be a string or a number, not %3</source>
        <translation>%1 &quot;%2&quot; muss eine Zeichenkette oder eine Zahl sein, nicht %3</translation>
    </message>
    <message>
        <source>not a graph: no &quot;nodes&quot; array</source>
        <translation>kein Graph: kein Array &quot;nodes&quot;</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a graph must be an object, not %1</source>
        <translation>ein Graph muss ein Objekt sein, nicht %1</translation>
    </message>
    <message numerus="yes">
        <source>the file holds %n graphs; only the first is loaded</source>
        <translation>
            <numerusform>die Datei enthält %n Graphen; nur der erste wird geladen</numerusform>
            <numerusform>die Datei enthält %n Graphen; nur der erste wird geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format %1; reading it as &quot;entente&quot;</source>
        <translation>unbekanntes Format %1; wird als &quot;entente&quot; gelesen</translation>
    </message>
    <message>
        <source>format version %1 is newer than this program reads (1); loading it anyway</source>
        <translation>Formatversion %1 ist neuer, als dieses Programm liest (1); wird trotzdem geladen</translation>
    </message>
    <message>
        <source>unknown top-level key %1 (kept as a graph attribute)</source>
        <translation>unbekannter Schlüssel %1 auf oberster Ebene (als Graphattribut behalten)</translation>
    </message>
    <message>
        <source>hyperedges are not supported; they are ignored</source>
        <translation>Hyperkanten werden nicht unterstützt; sie werden ignoriert</translation>
    </message>
    <message>
        <source>not a graph: no &quot;nodes&quot;</source>
        <translation>kein Graph: kein &quot;nodes&quot;</translation>
    </message>
    <message>
        <source>node must be an object, not %1</source>
        <translation>ein Knoten muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>edge must be an object, not %1</source>
        <translation>eine Kante muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown key %1 in &quot;elements&quot;; ignored</source>
        <translation>unbekannter Schlüssel %1 in &quot;elements&quot;; ignoriert</translation>
    </message>
    <message>
        <source>not a graph: no &quot;nodes&quot; in &quot;elements&quot;</source>
        <translation>kein Graph: kein &quot;nodes&quot; in &quot;elements&quot;</translation>
    </message>
    <message>
        <source>an object or an array</source>
        <translation>ein Objekt oder ein Array</translation>
    </message>
    <message>
        <source>element must be an object, not %1</source>
        <translation>ein Element muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message numerus="yes">
        <source>more than %n attributes</source>
        <translation>
            <numerusform>mehr als %n Attribut</numerusform>
            <numerusform>mehr als %n Attribute</numerusform>
        </translation>
    </message>
    <message>
        <source>node has no &quot;id&quot;</source>
        <translation>der Knoten hat kein &quot;id&quot;</translation>
    </message>
    <message>
        <source>node id is empty</source>
        <translation>die Knoten-ID ist leer</translation>
    </message>
    <message numerus="yes">
        <source>more than %n nodes</source>
        <translation>
            <numerusform>mehr als %n Knoten</numerusform>
            <numerusform>mehr als %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>node %1 has only one of &quot;x&quot; and &quot;y&quot;; its position is ignored</source>
        <translation>Knoten %1 hat nur eines von &quot;x&quot; und &quot;y&quot;; seine Position wird ignoriert</translation>
    </message>
    <message>
        <source>duplicate node id %1 (first defined at %2)</source>
        <translation>doppelte Knoten-ID %1 (zuerst definiert in %2)</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>Kante</translation>
    </message>
    <message>
        <source>a string or a number</source>
        <translation>eine Zeichenkette oder eine Zahl</translation>
    </message>
    <message>
        <source>edge %1 points to unknown node %2</source>
        <translation>Kante %1 verweist auf den unbekannten Knoten %2</translation>
    </message>
    <message>
        <source>edge points to unknown node %1</source>
        <translation>die Kante verweist auf den unbekannten Knoten %1</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; meinten Sie %1?</translation>
    </message>
    <message>
        <source>edge has no &quot;source&quot;</source>
        <translation>die Kante hat kein &quot;source&quot;</translation>
    </message>
    <message>
        <source>edge has no &quot;target&quot;</source>
        <translation>die Kante hat kein &quot;target&quot;</translation>
    </message>
    <message numerus="yes">
        <source>more than %n edges</source>
        <translation>
            <numerusform>mehr als %n Kante</numerusform>
            <numerusform>mehr als %n Kanten</numerusform>
        </translation>
    </message>
    <message>
        <source>self-loop on node %1</source>
        <translation>Schleife am Knoten %1</translation>
    </message>
    <message>
        <source>duplicate edge %1 -&gt; %2%3</source>
        <translation>doppelte Kante %1 -&gt; %2%3</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message numerus="yes">
        <source>too many errors; stopped after %n</source>
        <translation>
            <numerusform>zu viele Fehler; nach %n abgebrochen</numerusform>
            <numerusform>zu viele Fehler; nach %n abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more warnings not shown</source>
        <translation>
            <numerusform>%n weitere Warnung nicht angezeigt</numerusform>
            <numerusform>%n weitere Warnungen nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>not a graph: the file holds a single value; expected an object with &quot;nodes&quot;</source>
        <translation>kein Graph: Die Datei enthält einen einzelnen Wert; erwartet wird ein Objekt mit &quot;nodes&quot;</translation>
    </message>
    <message>
        <source>not a graph: the top level is an array; expected an object with &quot;nodes&quot;</source>
        <translation>kein Graph: Die oberste Ebene ist ein Array; erwartet wird ein Objekt mit &quot;nodes&quot;</translation>
    </message>
    <message>
        <source>cannot read JSON: %1</source>
        <translation>JSON kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht geschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>invalid escape sequence: \u must be followed by four hex digits</source>
        <translation>ungültige Escape-Sequenz: Auf \u müssen vier Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>invalid escape sequence &quot;\%1&quot; in string</source>
        <translation>ungültige Escape-Sequenz &quot;\%1&quot; in der Zeichenkette</translation>
    </message>
    <message>
        <source>invalid escape sequence: backslash followed by %1</source>
        <translation>ungültige Escape-Sequenz: Backslash gefolgt von %1</translation>
    </message>
    <message>
        <source>line break in string (missing closing quote?)</source>
        <translation>Zeilenumbruch in der Zeichenkette (fehlt das schließende Anführungszeichen?)</translation>
    </message>
    <message>
        <source>control character U+%1 in string; write it as an escape</source>
        <translation>Steuerzeichen U+%1 in der Zeichenkette; als Escape-Sequenz schreiben</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1</source>
        <translation>ungültiges UTF-8-Byte 0x%1</translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation>ungültige Zahl: führende Nullen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation>ungültige Zahl: Auf den Dezimalpunkt müssen Ziffern folgen</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation>ungültige Zahl: Auf den Exponenten müssen Ziffern folgen</translation>
    </message>
    <message>
        <source>invalid literal; expected true, false or null</source>
        <translation>ungültiges Literal; erwartet: true, false oder null</translation>
    </message>
    <message>
        <source>unexpected end of file; expected a value</source>
        <translation>unerwartetes Dateiende; ein Wert wird erwartet</translation>
    </message>
    <message numerus="yes">
        <source>nesting too deep (more than %n levels)</source>
        <translation>
            <numerusform>zu tief verschachtelt (mehr als %n Ebene)</numerusform>
            <numerusform>zu tief verschachtelt (mehr als %n Ebenen)</numerusform>
        </translation>
    </message>
    <message>
        <source>trailing comma before %1</source>
        <translation>überzähliges Komma vor %1</translation>
    </message>
    <message>
        <source>unexpected %1; expected a value</source>
        <translation>unerwartet: %1; ein Wert wird erwartet</translation>
    </message>
    <message>
        <source>trailing comma before &apos;}&apos;</source>
        <translation>überzähliges Komma vor &apos;}&apos;</translation>
    </message>
    <message>
        <source>unexpected end of file; expected a key in double quotes</source>
        <translation>unerwartetes Dateiende; ein Schlüssel in doppelten Anführungszeichen wird erwartet</translation>
    </message>
    <message>
        <source>expected a key in double quotes, found %1</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key, found %1</source>
        <translation>&apos;:&apos; nach dem Schlüssel erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the JSON value</source>
        <translation>unerwartet: %1 nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>unerwartetes Dateiende; &apos;,&apos; oder &apos;%1&apos; wird erwartet</translation>
    </message>
    <message>
        <source>trailing comma before &apos;]&apos;</source>
        <translation>überzähliges Komma vor &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the object member, found %1</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach dem Objekteintrag erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after the array element, found %1</source>
        <translation>&apos;,&apos; oder &apos;]&apos; nach dem Array-Element erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>end of file</source>
        <translation>Dateiende</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>Byte 0x%1</translation>
    </message>
</context>
<context>
    <name>entente::JsonWriter</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot keep the previous version as %1; nothing was written</source>
        <translation>die vorige Fassung kann nicht als %1 behalten werden; nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>entente::LegendPanel</name>
    <message>
        <source>Colour: %1</source>
        <translation>Farbe: %1</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Shape: Kind</source>
        <translation>Form: Art</translation>
    </message>
    <message>
        <source>Edges: Relation</source>
        <translation>Kanten: Beziehung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Legend entries</source>
        <translation>Legendeneinträge</translation>
    </message>
</context>
<context>
    <name>entente::MainWindow</name>
    <message>
        <source>cannot open the file</source>
        <translation>die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Find node…  (Ctrl+F)</source>
        <translation>Knoten suchen…  (Strg+F)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s); the first: %2</source>
        <translation>
            <numerusform>%1 mit %n Warnung geöffnet; die erste: %2</numerusform>
            <numerusform>%1 mit %n Warnungen geöffnet; die erste: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>line %1, column %2: </source>
        <translation>Zeile %1, Spalte %2: </translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open %1: %2%3</source>
        <translation>%1 kann nicht geöffnet werden: %2%3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; the open document is unchanged.</source>
        <translation>
            <numerusform>%n Problem gefunden; das geöffnete Dokument bleibt unverändert.</numerusform>
            <numerusform>%n Probleme gefunden; das geöffnete Dokument bleibt unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The open document is unchanged.</source>
        <translation>Das geöffnete Dokument bleibt unverändert.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The positions in “%1” have changed.</source>
        <translation>Die Positionen in „%1“ haben sich geändert.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Open Graph</source>
        <translation>Graph öffnen</translation>
    </message>
    <message>
        <source>Graph files (*.json *.cyjs *.graphml *.gexf *.gv *.dot *.csv *.tsv);;Entente graphs (*.entente.json);;All files (*)</source>
        <translation>Graphdateien (*.json *.cyjs *.graphml *.gexf *.gv *.dot *.csv *.tsv);;Entente-Graphen (*.entente.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Graph</source>
        <translation>Graph speichern</translation>
    </message>
    <message>
        <source>Entente graphs (*.entente.json *.json)</source>
        <translation>Entente-Graphen (*.entente.json *.json)</translation>
    </message>
    <message>
        <source>Cannot Save File</source>
        <translation>Datei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Entente</source>
        <translation>Entente</translation>
    </message>
    <message>
        <source>No graph</source>
        <translation>Kein Graph</translation>
    </message>
    <message>
        <source>%1 nodes · %2 edges</source>
        <translation>%1 Knoten · %2 Kanten</translation>
    </message>
    <message>
        <source>&amp;Pause Layout</source>
        <translation>Layout &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Run Layout</source>
        <translation>Layout &amp;starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Layout running</source>
        <translation>Layout läuft</translation>
    </message>
    <message>
        <source>Layout converged</source>
        <translation>Layout konvergiert</translation>
    </message>
    <message>
        <source>Layout paused</source>
        <translation>Layout angehalten</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) selected</source>
        <translation>
            <numerusform>%n Knoten ausgewählt</numerusform>
            <numerusform>%n Knoten ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1 — %2</source>
        <translation>Ausgewählt: %1 — %2</translation>
    </message>
    <message>
        <source>No node matches “%1”</source>
        <translation>Kein Knoten passt zu „%1“</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixieren</translation>
    </message>
    <message>
        <source>Select Neighbours</source>
        <translation>Nachbarn auswählen</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokussieren</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>About Entente</source>
        <translation>Über Entente</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Entente %1&lt;/h3&gt;&lt;p&gt;An explorer for relationship graphs: companies, alliances, initiatives, institutions and the partnerships between them.&lt;/p&gt;&lt;p&gt;Ships with the partnerships announced at the Franco-German Summit on European Digital Sovereignty (Berlin, 18 November 2025).&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Entente developers. Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Entente %1&lt;/h3&gt;&lt;p&gt;Ein Explorer für Beziehungsgraphen: Unternehmen, Allianzen, Initiativen, Institutionen und die Partnerschaften zwischen ihnen.&lt;/p&gt;&lt;p&gt;Enthält die Partnerschaften, die auf dem Deutsch-Französischen Gipfel zur europäischen digitalen Souveränität (Berlin, 18. November 2025) angekündigt wurden.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Entente developers. Freie Software unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Libraries used (versions at run time):</source>
        <translation>Verwendete Bibliotheken (Versionen zur Laufzeit):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the work in progress</source>
        <translation>Die laufende Arbeit beenden</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Laufende Arbeit abbrechen</translation>
    </message>
    <message>
        <source>Loading cancelled; the open document is unchanged.</source>
        <translation>Laden abgebrochen; das geöffnete Dokument bleibt unverändert.</translation>
    </message>
    <message>
        <source>Layout cancelled.</source>
        <translation>Layout abgebrochen.</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>The relationship graph. Find (Ctrl+F) reaches a node by its name.</source>
        <translation>Der Beziehungsgraph. Suchen (Strg+F) erreicht einen Knoten über seinen Namen.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details of the selection</source>
        <translation>Details der Auswahl</translation>
    </message>
    <message>
        <source>Find node</source>
        <translation>Knoten suchen</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Size By</source>
        <translation>Größe nach</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Path from Here</source>
        <translation>Pfad von hier</translation>
    </message>
    <message>
        <source>Path to Here</source>
        <translation>Pfad hierher</translation>
    </message>
    <message>
        <source>Ego Network</source>
        <translation>Ego-Netzwerk</translation>
    </message>
    <message>
        <source>Depth %1</source>
        <translation>Tiefe %1</translation>
    </message>
    <message>
        <source>Force-directed (live)</source>
        <translation>Kräftebasiert (live)</translation>
    </message>
    <message>
        <source>Hierarchical (Graphviz dot)</source>
        <translation>Hierarchisch (Graphviz dot)</translation>
    </message>
    <message>
        <source>Stress majorisation (Graphviz neato)</source>
        <translation>Stress-Majorisierung (Graphviz neato)</translation>
    </message>
    <message>
        <source>Multilevel force (Graphviz sfdp)</source>
        <translation>Mehrstufig kräftebasiert (Graphviz sfdp)</translation>
    </message>
    <message>
        <source>Circular (Graphviz circo)</source>
        <translation>Kreisförmig (Graphviz circo)</translation>
    </message>
    <message>
        <source>Radial (Graphviz twopi)</source>
        <translation>Radial (Graphviz twopi)</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>&amp;Verfahren</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes of %1</source>
        <translation>Die ungespeicherten Änderungen von %1 wurden wiederhergestellt</translation>
    </message>
    <message>
        <source>Spring model with clusters (Graphviz fdp)</source>
        <translation>Federmodell mit Clustern (Graphviz fdp)</translation>
    </message>
    <message>
        <source>Filter: %1 · %2</source>
        <translation>Filter: %1 · %2</translation>
    </message>
    <message>
        <source>Exporting %1… %2%</source>
        <translation>%1 wird exportiert… %2 %</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Cannot export %1: %2</source>
        <translation>%1 kann nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>Copied the view (%1 × %2 pixels) to the clipboard</source>
        <translation>Ansicht (%1 × %2 Pixel) in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>Choose a file type, or a name ending in .json, .cyjs, .graphml, .gexf, .dot, .csv or .tsv.</source>
        <translation>Wählen Sie einen Dateityp oder einen Namen mit der Endung .json, .cyjs, .graphml, .gexf, .dot, .csv oder .tsv.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>„%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>These files already exist: %1.</source>
        <translation>Diese Dateien sind bereits vorhanden: %1.</translation>
    </message>
    <message>
        <source>Do you want to replace it?</source>
        <translation>Möchten Sie sie ersetzen?</translation>
    </message>
    <message>
        <source>Do you want to replace them?</source>
        <translation>Möchten Sie sie ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
</context>
<context>
    <name>entente::MetricsTableModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Betweenness</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Closeness</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Eigenvector</source>
        <translation>Eigenvektor</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Gemeinschaft</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
</context>
<context>
    <name>entente::OverviewWidget</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>entente::RangeSlider</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
</context>
<context>
    <name>entente::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Entente did not close properly last time. These documents had unsaved changes that were autosaved:</source>
        <translation>Entente wurde beim letzten Mal nicht ordnungsgemäß beendet. Diese Dokumente hatten ungespeicherte Änderungen, die automatisch gesichert wurden:</translation>
    </message>
    <message>
        <source>Autosaved documents</source>
        <translation>Automatisch gesicherte Dokumente</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Recover the selected document</source>
        <translation>Das ausgewählte Dokument wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard the selected autosave</source>
        <translation>Die ausgewählte automatische Sicherung verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 — autosaved %2</source>
        <translation>%1 — automatisch gesichert %2</translation>
    </message>
</context>
<context>
    <name>entente::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>force (live)</source>
        <translation>force (live)</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>Window colours</source>
        <translation>Fensterfarben</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Custom colour</source>
        <translation>Eigene Farbe</translation>
    </message>
</context>
<context>
    <name>entente::XmlReader</name>
    <message>
        <source>DOCTYPE declares entities; entity expansion is refused</source>
        <translation>DOCTYPE deklariert Entitäten; Entitätsexpansion wird verweigert</translation>
    </message>
    <message>
        <source>XML error: %1</source>
        <translation>XML-Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>elements nested deeper than %n levels</source>
        <translation>
            <numerusform>Elemente tiefer als %n Ebene verschachtelt</numerusform>
            <numerusform>Elemente tiefer als %n Ebenen verschachtelt</numerusform>
        </translation>
    </message>
    <message>
        <source>text longer than %1 bytes</source>
        <translation>Text länger als %1 Bytes</translation>
    </message>
</context>
</TS>
