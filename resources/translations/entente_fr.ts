<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommandLine</name>
    <message>
        <source>Write one CSV row per node (id, label, degree, betweenness, closeness, pagerank, eigenvector, component, community, core) to OUT.csv (&quot;-&quot;: standard output). With --filter, on the nodes the filter shows.</source>
        <translation>Écrit une ligne CSV par nœud (id, label, degree, betweenness, closeness, pagerank, eigenvector, component, community, core) dans OUT.csv («&#xa0;-&#xa0;»&#xa0;: sortie standard). Avec --filter, pour les nœuds que le filtre affiche.</translation>
    </message>
    <message>
        <source>Estimate betweenness from K source nodes (0: exact). Default: exact up to 20000 nodes, else 1000.</source>
        <translation>Estime l’intermédiarité à partir de K nœuds sources (0&#xa0;: exacte). Par défaut&#xa0;: exacte jusqu’à 20000 nœuds, sinon 1000.</translation>
    </message>
    <message>
        <source>Print the shortest path(s) from node FROM to node TO, one id per line, paths separated by a blank line (direction ignored). Exit 1 when there is none.</source>
        <translation>Affiche le ou les plus courts chemins du nœud FROM au nœud TO, un identifiant par ligne, les chemins séparés par une ligne vide (sens ignoré). Termine avec 1 s’il n’y en a aucun.</translation>
    </message>
    <message>
        <source>Entente: explore relationship graphs of companies, alliances and partnerships.
Without FILE, the bundled dataset (Franco-German Digital Sovereignty Summit 2025) is used. With a command such as --info, no window opens.</source>
        <translation>Entente&#xa0;: explorer les graphes de relations entre entreprises, alliances et partenariats.
Sans FILE, le jeu de données fourni (Sommet franco-allemand sur la souveraineté numérique 2025) est utilisé. Avec une commande comme --info, aucune fenêtre ne s’ouvre.</translation>
    </message>
    <message>
        <source>Graph file to open (.entente.json, .json, ...).</source>
        <translation>Fichier de graphe à ouvrir (.entente.json, .json, …).</translation>
    </message>
    <message>
        <source>Print a JSON summary of the graph (nodes, edges, components, dialect, counts per kind, country, sector and relation) and exit.</source>
        <translation>Affiche un résumé JSON du graphe (nœuds, arêtes, composantes, dialecte, effectifs par type, pays, secteur et relation) puis quitte.</translation>
    </message>
    <message>
        <source>Write the graph to OUT; the format follows the extension (repeatable).</source>
        <translation>Écrit le graphe dans OUT&#xa0;; le format suit l’extension (répétable).</translation>
    </message>
    <message>
        <source>Seed of the layout (default 1): the same seed gives the same positions.</source>
        <translation>Graine de la disposition (par défaut 1)&#xa0;: la même graine donne les mêmes positions.</translation>
    </message>
    <message>
        <source>Layout engine for the export: force (default), or a Graphviz engine.</source>
        <translation>Moteur de disposition pour l’export&#xa0;: force (par défaut) ou un moteur Graphviz.</translation>
    </message>
    <message>
        <source>PNG scale factor: multiplies the size, line widths and fonts (default 1).</source>
        <translation>Facteur d’échelle PNG&#xa0;: multiplie la taille, l’épaisseur des traits et les polices (par défaut 1).</translation>
    </message>
    <message>
        <source>Colour nodes by kind, country, sector (default), date, or none.</source>
        <translation>Colorer les nœuds par type, pays, secteur (par défaut), date, ou pas du tout.</translation>
    </message>
    <message>
        <source>Draw the legend in exported images.</source>
        <translation>Dessiner la légende dans les images exportées.</translation>
    </message>
    <message>
        <source>Draw a caption (title, filter, sources, date) in exported images.</source>
        <translation>Dessiner une légende de titre (titre, filtre, sources, date) dans les images exportées.</translation>
    </message>
    <message>
        <source>Image background: a colour (#rrggbb, a name) or transparent.</source>
        <translation>Fond de l’image&#xa0;: une couleur (#rrggbb, un nom) ou transparent.</translation>
    </message>
    <message>
        <source>--betweenness-samples needs --metrics</source>
        <translation>--betweenness-samples demande --metrics</translation>
    </message>
    <message>
        <source>--betweenness-samples needs a number of nodes (0: exact), not &quot;%1&quot;</source>
        <translation>--betweenness-samples demande un nombre de nœuds (0&#xa0;: exact), pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>entente: betweenness estimated from %1 of %2 nodes; error at most %3 for every node with probability 0.9 (--betweenness-samples 0 for the exact values)</source>
        <translation>entente&#xa0;: intermédiarité estimée à partir de %1 nœuds sur %2&#xa0;; erreur d’au plus %3 pour chaque nœud avec une probabilité de 0,9 (--betweenness-samples 0 pour les valeurs exactes)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>--path needs two node ids: --path FROM TO</source>
        <translation>--path demande deux identifiants de nœud&#xa0;: --path FROM TO</translation>
    </message>
    <message>
        <source>%1: no path between &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>%1&#xa0;: aucun chemin entre &quot;%2&quot; et &quot;%3&quot;</translation>
    </message>
    <message>
        <source>entente: more than %1 shortest paths; the first %1 are shown</source>
        <translation>entente&#xa0;: plus de %1 plus courts chemins&#xa0;; les %1 premiers sont affichés</translation>
    </message>
    <message>
        <source>the bundled dataset is missing</source>
        <translation>le jeu de données fourni est absent</translation>
    </message>
    <message>
        <source>Try &apos;entente --help&apos; for more information.</source>
        <translation>Essayez &apos;entente --help&apos; pour plus d’informations.</translation>
    </message>
    <message>
        <source>%1: cannot be loaded</source>
        <translation>%1&#xa0;: chargement impossible</translation>
    </message>
    <message>
        <source>at most one FILE can be given, not %1</source>
        <translation>au plus un FILE peut être donné, pas %1</translation>
    </message>
    <message>
        <source>entente: this build has no window; use --info or --help</source>
        <translation>entente&#xa0;: cette version n’a pas de fenêtre&#xa0;; utilisez --info ou --help</translation>
    </message>
    <message>
        <source>--seed: expected a non-negative integer, got &quot;%1&quot;</source>
        <translation>--seed&#xa0;: entier positif ou nul attendu, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--export: unknown format of &quot;%1&quot; (known: %2)</source>
        <translation>--export&#xa0;: format de &quot;%1&quot; inconnu (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--size: expected WIDTHxHEIGHT in pixels (e.g. 1600x1200), got &quot;%1&quot;</source>
        <translation>--size&#xa0;: LARGEURxHAUTEUR en pixels attendu (p. ex. 1600x1200), reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--scale: expected a number in (0, 32], got &quot;%1&quot;</source>
        <translation>--scale&#xa0;: nombre dans ]0, 32] attendu, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--color-by: unknown attribute &quot;%1&quot; (known: kind, country, sector, date, none)</source>
        <translation>--color-by&#xa0;: attribut &quot;%1&quot; inconnu (connus&#xa0;: kind, country, sector, date, none)</translation>
    </message>
    <message>
        <source>--background: expected a colour (#rrggbb, a name) or &quot;transparent&quot;, got &quot;%1&quot;</source>
        <translation>--background&#xa0;: couleur (#rrggbb, un nom) ou &quot;transparent&quot; attendu, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--layout: unknown engine &quot;%1&quot; (known: %2)</source>
        <translation>--layout&#xa0;: moteur &quot;%1&quot; inconnu (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--layout: unknown engine &quot;%1&quot;</source>
        <translation>--layout&#xa0;: moteur &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>%1: no node &quot;%2&quot;</source>
        <translation>%1&#xa0;: aucun nœud &quot;%2&quot;</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>&#xa0;; vouliez-vous dire &quot;%1&quot;&#xa0;?</translation>
    </message>
    <message>
        <source>Keep only what the filter expression EXPR shows, for --info and the exports, e.g. &apos;country:DE,FR -relation:supplier since:2025-01-01 &quot;black forest&quot;&apos;. Facets: country, sector, kind, relation, the file&apos;s own, community (Louvain, default seed) and component; -facet:v negates; since:/until:/date: dates; degree:N..M; words search labels and ids; show:neighbours, hide:isolated.</source>
        <translation>Ne garde que ce que montre l’expression de filtre EXPR, pour --info et les exports, p. ex. &apos;country:DE,FR -relation:supplier since:2025-01-01 &quot;black forest&quot;&apos;. Facettes&#xa0;: country, sector, kind, relation, celles du fichier, community (Louvain, graine par défaut) et component&#xa0;; -facet:v exclut&#xa0;; since:/until:/date: dates&#xa0;; degree:N..M&#xa0;; les mots cherchent dans les libellés et identifiants&#xa0;; show:neighbours, hide:isolated.</translation>
    </message>
    <message>
        <source>--page-size: unknown page size &quot;%1&quot; (known: %2)</source>
        <translation>--page-size&#xa0;: format de page &quot;%1&quot; inconnu (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--orientation: expected portrait or landscape, got &quot;%1&quot;</source>
        <translation>--orientation&#xa0;: portrait ou landscape attendu, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Image size in pixels (default 1600x1200; PDF: see --page-size).</source>
        <translation>Taille de l’image en pixels (par défaut 1600x1200&#xa0;; PDF&#xa0;: voir --page-size).</translation>
    </message>
    <message>
        <source>PDF page size: A4 (default), A3, A2, A1, A0, A5, Letter, Legal or Tabloid.</source>
        <translation>Format de page PDF&#xa0;: A4 (par défaut), A3, A2, A1, A0, A5, Letter, Legal ou Tabloid.</translation>
    </message>
    <message>
        <source>PDF page orientation: landscape (default) or portrait.</source>
        <translation>Orientation de la page PDF&#xa0;: landscape (paysage, par défaut) ou portrait.</translation>
    </message>
    <message>
        <source>With --export, print LAYOUT_SECONDS=&lt;s&gt;: the layout&apos;s own time, without reading and writing.</source>
        <translation>Avec --export, affiche LAYOUT_SECONDS=&lt;s&gt;&#xa0;: le temps de la disposition seule, sans lecture ni écriture.</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>Entente JSON</source>
        <translation>JSON Entente</translation>
    </message>
    <message>
        <source>Cytoscape JSON</source>
        <translation>JSON Cytoscape</translation>
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
        <translation>DOT Graphviz</translation>
    </message>
    <message>
        <source>CSV, a nodes file and an edges file</source>
        <translation>CSV, un fichier de nœuds et un fichier d’arêtes</translation>
    </message>
    <message>
        <source>Positions TSV</source>
        <translation>Positions en TSV</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>impossible d’écrire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown data format; known endings: %1</source>
        <translation>format de données inconnu&#xa0;; extensions connues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Graphviz could not write the graph: %1</source>
        <translation>Graphviz n’a pas pu écrire le graphe&#xa0;: %1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>export annulé</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Image</source>
        <translation>Exporter une image</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Zone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Whole graph</source>
        <translation>&amp;Graphe entier</translation>
    </message>
    <message>
        <source>Current &amp;viewport</source>
        <translation>&amp;Vue actuelle</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Largeur en pixels</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Hauteur en pixels</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Keep the proportions of the graph or of the viewport</source>
        <translation>Conserver les proportions du graphe ou de la vue</translation>
    </message>
    <message>
        <source>Keep proportions</source>
        <translation>Conserver les proportions</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <source>PNG scale factor</source>
        <translation>Facteur d’échelle PNG</translation>
    </message>
    <message>
        <source>Multiplies the pixel size, line widths and fonts: 2 gives a sharper image of the same picture</source>
        <translation>Multiplie la taille en pixels, l’épaisseur des traits et les polices&#xa0;: 2 donne une image plus nette de la même vue</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Page&#xa0;:</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <source>Page orientation</source>
        <translation>Orientation de la page</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Fond&#xa0;:</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fond</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>Choisir la couleur de fond</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Couleur de fond</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Include the &amp;legend</source>
        <translation>Inclure la &amp;légende</translation>
    </message>
    <message>
        <source>Include a capt&amp;ion (title, filter, sources, date)</source>
        <translation>Inclure une lé&amp;gende de titre (titre, filtre, sources, date)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Caption title</source>
        <translation>Titre de la légende</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview of the exported image</source>
        <translation>Aperçu de l’image exportée</translation>
    </message>
    <message>
        <source>Save t&amp;o:</source>
        <translation>Enregistrer &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Colour By</source>
        <translation>&amp;Colorer par</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>Dis&amp;position</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a graph file</source>
        <translation>Ouvrir un fichier de graphe</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the graph with the current positions</source>
        <translation>Enregistrer le graphe avec les positions actuelles</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find a node by label or id</source>
        <translation>Rechercher un nœud par libellé ou identifiant</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Select &amp;Neighbours</source>
        <translation>Sélectionner les &amp;voisins</translation>
    </message>
    <message>
        <source>Add the neighbours of the selected nodes to the selection</source>
        <translation>Ajouter les voisins des nœuds sélectionnés à la sélection</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>&amp;Effacer la sélection</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Fit &amp;All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole graph (Ctrl+0)</source>
        <translation>Afficher tout le graphe (Ctrl+0)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Fit &amp;Selection</source>
        <translation>Afficher la &amp;sélection</translation>
    </message>
    <message>
        <source>Show the selected nodes (Ctrl+9)</source>
        <translation>Afficher les nœuds sélectionnés (Ctrl+9)</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Show &amp;Labels</source>
        <translation>Afficher les &amp;libellés</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Libellés</translation>
    </message>
    <message>
        <source>Show or hide the node labels</source>
        <translation>Afficher ou masquer les libellés des nœuds</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Nodes</source>
        <translation>Afficher les nœuds &amp;masqués</translation>
    </message>
    <message>
        <source>&amp;Run Layout</source>
        <translation>&amp;Lancer la disposition</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Run or pause the force-directed layout (Space)</source>
        <translation>Lancer ou suspendre la disposition par forces (Espace)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Re&amp;start Layout</source>
        <translation>&amp;Recommencer la disposition</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Lay the graph out again from scratch; pinned nodes stay</source>
        <translation>Redisposer le graphe depuis le début&#xa0;; les nœuds épinglés restent</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Reset &amp;Pins</source>
        <translation>&amp;Désépingler tout</translation>
    </message>
    <message>
        <source>Unpin All</source>
        <translation>Tout désépingler</translation>
    </message>
    <message>
        <source>Unpin every node so that the layout moves it again</source>
        <translation>Désépingler tous les nœuds pour que la disposition les déplace de nouveau</translation>
    </message>
    <message>
        <source>&amp;About Entente</source>
        <translation>&amp;À propos d’Entente</translation>
    </message>
    <message>
        <source>Export &amp;Image…</source>
        <translation>Exporter une &amp;image…</translation>
    </message>
    <message>
        <source>Export the graph as it is shown as a PNG, SVG or PDF image</source>
        <translation>Exporter le graphe tel qu’il est affiché en image PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>Exporter les &amp;données…</translation>
    </message>
    <message>
        <source>Export the graph as it is shown as data: JSON, Cytoscape, GraphML, GEXF, DOT, CSV or positions</source>
        <translation>Exporter le graphe tel qu’il est affiché en données&#xa0;: JSON, Cytoscape, GraphML, GEXF, DOT, CSV ou positions</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>&amp;Copier l’image</translation>
    </message>
    <message>
        <source>Copy the view as an image to the clipboard</source>
        <translation>Copier la vue comme image dans le presse-papiers</translation>
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
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language applies when Entente is started again.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage d’Entente.</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>&amp;Palette&#xa0;:</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Label &amp;size:</source>
        <translation>&amp;Taille des libellés&#xa0;:</translation>
    </message>
    <message>
        <source>Label size</source>
        <translation>Taille des libellés</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Animate zooming and focusing</source>
        <translation>&amp;Animer le zoom et le centrage</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Default &amp;engine:</source>
        <translation>&amp;Moteur par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default layout engine</source>
        <translation>Moteur de disposition par défaut</translation>
    </message>
    <message>
        <source>Image export</source>
        <translation>Export d’images</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Fond&#xa0;:</translation>
    </message>
    <message>
        <source>Export background</source>
        <translation>Fond de l’export</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <source>Export scale</source>
        <translation>Échelle de l’export</translation>
    </message>
    <message>
        <source>Include the le&amp;gend</source>
        <translation>Inclure la lé&amp;gende</translation>
    </message>
    <message>
        <source>Export legend</source>
        <translation>Légende dans l’export</translation>
    </message>
    <message>
        <source>Include a ca&amp;ption</source>
        <translation>Inclure une lé&amp;gende de titre</translation>
    </message>
    <message>
        <source>Export caption</source>
        <translation>Titre dans l’export</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>A&amp;utosave every:</source>
        <translation>Enregistrement a&amp;utomatique toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Autosave interval</source>
        <translation>Intervalle d’enregistrement automatique</translation>
    </message>
    <message>
        <source>Unsaved changes are kept in the application&apos;s data folder and offered back after a crash.</source>
        <translation>Les modifications non enregistrées sont conservées dans le dossier de données de l’application et proposées de nouveau après un plantage.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
</context>
<context>
    <name>entente::AnalysisPanel</name>
    <message>
        <source>What the filter shows</source>
        <translation>Ce que le filtre affiche</translation>
    </message>
    <message>
        <source>Whole graph</source>
        <translation>Graphe entier</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Portée&#xa0;:</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacte</translation>
    </message>
    <message>
        <source>Betweenness from this many sampled source nodes (faster on large graphs, with a stated error bound); &quot;exact&quot; uses all nodes.</source>
        <translation>Intermédiarité calculée à partir de ce nombre de nœuds sources tirés au hasard (plus rapide sur les grands graphes, avec une borne d’erreur indiquée)&#xa0;; «&#xa0;exacte&#xa0;» utilise tous les nœuds.</translation>
    </message>
    <message>
        <source>&amp;Betweenness samples:</source>
        <translation>&amp;Échantillon d’intermédiarité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Calculer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>entity id or name</source>
        <translation>identifiant ou nom de l’entité</translation>
    </message>
    <message>
        <source>Fewest steps</source>
        <translation>Moins d’étapes</translation>
    </message>
    <message>
        <source>Largest volumes</source>
        <translation>Plus gros volumes</translation>
    </message>
    <message>
        <source>Most recent relations</source>
        <translation>Relations les plus récentes</translation>
    </message>
    <message>
        <source>Find &amp;path</source>
        <translation>Trouver un &amp;chemin</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Pondération&#xa0;:</translation>
    </message>
    <message>
        <source>depth </source>
        <translation>profondeur </translation>
    </message>
    <message>
        <source>&amp;Ego network of selection</source>
        <translation>Réseau &amp;ego de la sélection</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), %1 component(s), %2 communities (modularity %3).</source>
        <translation>
            <numerusform>%n nœud, %1 composante(s), %2 communautés (modularité %3).</numerusform>
            <numerusform>%n nœuds, %1 composante(s), %2 communautés (modularité %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Betweenness sampled: within ±%1 of the exact value for every node with probability 0.9.</source>
        <translation>Intermédiarité échantillonnée&#xa0;: à ±%1 de la valeur exacte pour chaque nœud avec une probabilité de 0,9.</translation>
    </message>
    <message>
        <source>No entity &quot;%1&quot;.</source>
        <translation>Aucune entité «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No path between %1 and %2.</source>
        <translation>Aucun chemin entre %1 et %2.</translation>
    </message>
    <message>
        <source>The entity is hidden by the filter.</source>
        <translation>L’entité est masquée par le filtre.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Path %1 of %2%3: %n step(s)</source>
        <translation>
            <numerusform>Chemin %1 sur %2%3&#xa0;: %n étape</numerusform>
            <numerusform>Chemin %1 sur %2%3&#xa0;: %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Metrics of the nodes</source>
        <translation>Mesures des nœuds</translation>
    </message>
    <message>
        <source>Ego network depth</source>
        <translation>Profondeur du réseau ego</translation>
    </message>
</context>
<context>
    <name>entente::AutosaveStore</name>
    <message>
        <source>cannot write the autosave: %1</source>
        <translation>impossible d’écrire l’enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot lock the folder %1</source>
        <translation>impossible de verrouiller le dossier %1</translation>
    </message>
    <message>
        <source>the autosave folder is not available</source>
        <translation>le dossier d’enregistrement automatique n’est pas disponible</translation>
    </message>
</context>
<context>
    <name>entente::CsvReader</name>
    <message>
        <source>row %1: the quoted field is not closed</source>
        <translation>ligne %1&#xa0;: le champ entre guillemets n’est pas fermé</translation>
    </message>
    <message>
        <source>row %1: unexpected text after a closing quote</source>
        <translation>ligne %1&#xa0;: texte inattendu après un guillemet fermant</translation>
    </message>
    <message>
        <source>row %1 has more than %2 fields</source>
        <translation>la ligne %1 a plus de %2 champs</translation>
    </message>
    <message>
        <source>row %1: a field is longer than %2 bytes</source>
        <translation>ligne %1&#xa0;: un champ dépasse %2 octets</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>le fichier n’a pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>the header names neither source and target columns (an edges file) nor an id column (a nodes file); it has %1</source>
        <translation>l’en-tête ne nomme ni colonnes source et target (fichier d’arêtes) ni colonne id (fichier de nœuds)&#xa0;; il contient %1</translation>
    </message>
    <message numerus="yes">
        <source>more than %n columns</source>
        <translation>
            <numerusform>plus de %n colonne</numerusform>
            <numerusform>plus de %n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 has %2 fields, the header has %3</source>
        <translation>la ligne %1 a %2 champs, l’en-tête en a %3</translation>
    </message>
    <message>
        <source>row %1: the id is empty</source>
        <translation>ligne %1&#xa0;: l’identifiant est vide</translation>
    </message>
    <message numerus="yes">
        <source>more than %n nodes</source>
        <translation>
            <numerusform>plus de %n nœud</numerusform>
            <numerusform>plus de %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot;: the source is empty</source>
        <translation>ligne %1, colonne &quot;%2&quot;&#xa0;: la source est vide</translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot;: the target is empty</source>
        <translation>ligne %1, colonne &quot;%2&quot;&#xa0;: la cible est vide</translation>
    </message>
    <message numerus="yes">
        <source>more than %n edges</source>
        <translation>
            <numerusform>plus de %n arête</numerusform>
            <numerusform>plus de %n arêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>file is larger than %1 bytes</source>
        <translation>le fichier dépasse %1 octets</translation>
    </message>
    <message>
        <source>a nodes file needs an id column and no source or target</source>
        <translation>un fichier de nœuds demande une colonne id et ni source ni target</translation>
    </message>
    <message>
        <source>an edges file needs source and target columns</source>
        <translation>un fichier d’arêtes demande les colonnes source et target</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>ouverture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot;: &quot;%3&quot; is not a number</source>
        <translation>ligne %1, colonne &quot;%2&quot;&#xa0;: &quot;%3&quot; n’est pas un nombre</translation>
    </message>
    <message>
        <source>row %1: node &quot;%2&quot; is listed twice</source>
        <translation>ligne %1&#xa0;: le nœud &quot;%2&quot; figure deux fois</translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot;: node &quot;%3&quot; is not in %4</source>
        <translation>ligne %1, colonne &quot;%2&quot;&#xa0;: le nœud &quot;%3&quot; n’est pas dans %4</translation>
    </message>
</context>
<context>
    <name>entente::DetailsPanel</name>
    <message>
        <source>€%1 billion</source>
        <translation>%1&#xa0;Md€</translation>
    </message>
    <message>
        <source>€%1 million</source>
        <translation>%1&#xa0;M€</translation>
    </message>
    <message>
        <source>No graph is open.</source>
        <translation>Aucun graphe n’est ouvert.</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Arêtes</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composantes</translation>
    </message>
    <message>
        <source>Edges are</source>
        <translation>Les arêtes sont</translation>
    </message>
    <message>
        <source>directed</source>
        <translation>orientées</translation>
    </message>
    <message>
        <source>undirected</source>
        <translation>non orientées</translation>
    </message>
    <message>
        <source>Click a node or an edge to see its details.</source>
        <translation>Cliquez sur un nœud ou une arête pour en voir les détails.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
    <message>
        <source>Relations (%1)</source>
        <translation>Relations (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>And</source>
        <translation>Et</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) selected</source>
        <translation>
            <numerusform>%n nœud sélectionné</numerusform>
            <numerusform>%n nœuds sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::Diagnostic</name>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
</context>
<context>
    <name>entente::DotReader</name>
    <message>
        <source>a token is longer than %1 bytes</source>
        <translation>un lexème dépasse %1 octets</translation>
    </message>
    <message>
        <source>the file contains a NUL byte</source>
        <translation>le fichier contient un octet NUL</translation>
    </message>
    <message numerus="yes">
        <source>HTML label nested deeper than %n levels</source>
        <translation>
            <numerusform>libellé HTML imbriqué sur plus de %n niveau</numerusform>
            <numerusform>libellé HTML imbriqué sur plus de %n niveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>subgraphs nested deeper than %n levels</source>
        <translation>
            <numerusform>sous-graphes imbriqués sur plus de %n niveau</numerusform>
            <numerusform>sous-graphes imbriqués sur plus de %n niveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n edges</source>
        <translation>
            <numerusform>plus de %n arête</numerusform>
            <numerusform>plus de %n arêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>file is larger than %1 bytes</source>
        <translation>le fichier dépasse %1 octets</translation>
    </message>
    <message>
        <source>no graph in the file</source>
        <translation>aucun graphe dans le fichier</translation>
    </message>
    <message numerus="yes">
        <source>more than %n nodes</source>
        <translation>
            <numerusform>plus de %n nœud</numerusform>
            <numerusform>plus de %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>node &quot;%1&quot; has more than %2 attributes</source>
        <translation>le nœud &quot;%1&quot; a plus de %2 attributs</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: pos &quot;%2&quot; is not &quot;x,y&quot;; ignored</source>
        <translation>nœud &quot;%1&quot;&#xa0;: pos &quot;%2&quot; n’est pas &quot;x,y&quot;&#xa0;; ignoré</translation>
    </message>
</context>
<context>
    <name>entente::ExportDialog</name>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>Image vectorielle SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <source>Window colours</source>
        <translation>Couleurs de la fenêtre</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>Custom colour</source>
        <translation>Couleur personnalisée</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Image vectorielle SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Exporter une image</translation>
    </message>
    <message>
        <source>Background Colour</source>
        <translation>Couleur de fond</translation>
    </message>
    <message>
        <source>The image would be %1 × %2 pixels; at most %3 pixels a side can be exported.</source>
        <translation>L’image ferait %1 × %2 pixels&#xa0;; au plus %3 pixels par côté peuvent être exportés.</translation>
    </message>
    <message>
        <source>The file name must end in .png, .svg or .pdf.</source>
        <translation>Le nom du fichier doit se terminer par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>= %1 × %2 pixels</source>
        <translation>= %1 × %2 pixels</translation>
    </message>
    <message>
        <source>Keep proportions</source>
        <translation>Conserver les proportions</translation>
    </message>
    <message>
        <source>Free proportions</source>
        <translation>Proportions libres</translation>
    </message>
    <message>
        <source>The part of the graph the view shows, as it shows it: filter, hidden and dimmed nodes, colours and sizes.</source>
        <translation>La partie du graphe que montre la vue, telle qu’elle la montre&#xa0;: filtre, nœuds masqués et estompés, couleurs et tailles.</translation>
    </message>
    <message>
        <source>The whole graph as the view shows it: filter, hidden and dimmed nodes, colours and sizes.</source>
        <translation>Le graphe entier tel que le montre la vue&#xa0;: filtre, nœuds masqués et estompés, couleurs et tailles.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Do you want to replace it?</source>
        <translation>Voulez-vous le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
</context>
<context>
    <name>entente::FilterExpression</name>
    <message>
        <source>unterminated quote</source>
        <translation>guillemet non fermé</translation>
    </message>
    <message>
        <source>&quot;-&quot; must be followed by a facet or a word</source>
        <translation>&quot;-&quot; doit être suivi d’une facette ou d’un mot</translation>
    </message>
    <message>
        <source>unexpected quote inside a word</source>
        <translation>guillemet inattendu dans un mot</translation>
    </message>
    <message>
        <source>missing facet name before &quot;:&quot;</source>
        <translation>nom de facette manquant avant &quot;:&quot;</translation>
    </message>
    <message>
        <source>expected a space after the closing quote</source>
        <translation>une espace est attendue après le guillemet fermant</translation>
    </message>
    <message>
        <source>empty value list after &quot;%1:&quot;</source>
        <translation>liste de valeurs vide après &quot;%1:&quot;</translation>
    </message>
    <message>
        <source>empty value after &quot;,&quot;</source>
        <translation>valeur vide après &quot;,&quot;</translation>
    </message>
    <message>
        <source>unexpected quote inside a value</source>
        <translation>guillemet inattendu dans une valeur</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or a space after the value</source>
        <translation>&quot;,&quot; ou une espace attendu après la valeur</translation>
    </message>
    <message>
        <source>unexpected &quot;,&quot; in a facet name</source>
        <translation>&quot;,&quot; inattendue dans un nom de facette</translation>
    </message>
    <message>
        <source>a facet name cannot start with &quot;-&quot;</source>
        <translation>un nom de facette ne peut pas commencer par &quot;-&quot;</translation>
    </message>
    <message>
        <source>&quot;-&quot; cannot be used with %1</source>
        <translation>&quot;-&quot; ne peut pas s’utiliser avec %1</translation>
    </message>
    <message>
        <source>%1 takes one value</source>
        <translation>%1 prend une seule valeur</translation>
    </message>
    <message>
        <source>empty date range &quot;..&quot;</source>
        <translation>plage de dates vide &quot;..&quot;</translation>
    </message>
    <message>
        <source>degree given twice</source>
        <translation>degree donné deux fois</translation>
    </message>
    <message>
        <source>unknown value %1 for show (expected &quot;neighbours&quot;)</source>
        <translation>valeur %1 inconnue pour show (attendu&#xa0;: &quot;neighbours&quot;)</translation>
    </message>
    <message>
        <source>unknown value %1 for hide (expected &quot;isolated&quot;)</source>
        <translation>valeur %1 inconnue pour hide (attendu&#xa0;: &quot;isolated&quot;)</translation>
    </message>
    <message>
        <source>unknown facet %1 (did you mean %2?)</source>
        <translation>facette %1 inconnue (vouliez-vous dire %2&#xa0;?)</translation>
    </message>
    <message>
        <source>unknown facet %1 (facets: %2)</source>
        <translation>facette %1 inconnue (facettes&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 given twice (list the values in one term: %1:A,B)</source>
        <translation>%1 donné deux fois (énumérez les valeurs en un seul terme&#xa0;: %1:A,B)</translation>
    </message>
    <message>
        <source>unknown %1 %2 (did you mean %3?)</source>
        <translation>valeur %2 inconnue pour %1 (vouliez-vous dire %3&#xa0;?)</translation>
    </message>
    <message>
        <source>unknown %1 %2 (the graph has no %1 values)</source>
        <translation>valeur %2 inconnue pour %1 (le graphe n’a aucune valeur pour %1)</translation>
    </message>
    <message>
        <source>unknown %1 %2</source>
        <translation>valeur %2 inconnue pour %1</translation>
    </message>
    <message>
        <source>bad date %1 (expected YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>date %1 invalide (attendu&#xa0;: YYYY, YYYY-MM ou YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>start date given twice</source>
        <translation>date de début donnée deux fois</translation>
    </message>
    <message>
        <source>start date is after the end date</source>
        <translation>la date de début est postérieure à la date de fin</translation>
    </message>
    <message>
        <source>end date given twice</source>
        <translation>date de fin donnée deux fois</translation>
    </message>
    <message>
        <source>end date is before the start date</source>
        <translation>la date de fin est antérieure à la date de début</translation>
    </message>
    <message>
        <source>bad degree range %1 (expected N, N.., ..M or N..M)</source>
        <translation>plage de degrés %1 invalide (attendu&#xa0;: N, N.., ..M ou N..M)</translation>
    </message>
    <message>
        <source>empty degree range %1</source>
        <translation>plage de degrés %1 vide</translation>
    </message>
    <message>
        <source>unknown facet %1 (compute the metrics in the Analysis dock first)</source>
        <translation>facette %1 inconnue (calculez d’abord les mesures dans le panneau Analyse)</translation>
    </message>
</context>
<context>
    <name>entente::FilterPanel</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Counts are nodes that would show with the value, given the other filters</source>
        <translation>Les effectifs sont les nœuds qui seraient affichés avec cette valeur, compte tenu des autres filtres</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Show what has none of the checked values</source>
        <translation>Afficher ce qui n’a aucune des valeurs cochées</translation>
    </message>
    <message>
        <source>Search %1…</source>
        <translation>Rechercher dans %1…</translation>
    </message>
    <message>
        <source>%1 (%2 checked)</source>
        <translation>%1 (%2 cochées)</translation>
    </message>
    <message>
        <source>Filter: country:DE,FR -relation:supplier &quot;black forest&quot;</source>
        <translation>Filtre&#xa0;: country:DE,FR -relation:supplier &quot;black forest&quot;</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Keep neighbours of matches (faded)</source>
        <translation>Garder les voisins des résultats (estompés)</translation>
    </message>
    <message>
        <source>Hide nodes left without edges</source>
        <translation>Masquer les nœuds restés sans arêtes</translation>
    </message>
    <message>
        <source>Dim filtered-out nodes instead of hiding them</source>
        <translation>Estomper les nœuds filtrés au lieu de les masquer</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2 nodes, %3 of %4 edges</source>
        <translation>%1 nœuds sur %2, %3 arêtes sur %4</translation>
    </message>
    <message numerus="yes">
        <source> (%n kept as neighbours)</source>
        <translation>
            <numerusform> (%n gardé comme voisin)</numerusform>
            <numerusform> (%n gardés comme voisins)</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts are relations between shown nodes</source>
        <translation>Les effectifs sont les relations entre nœuds affichés</translation>
    </message>
    <message>
        <source>(computed by the Analysis dock)</source>
        <translation>(calculé par le panneau Analyse)</translation>
    </message>
    <message>
        <source>Filter expression</source>
        <translation>Expression de filtre</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type a filter; it applies as you type.&lt;/p&gt;&lt;p&gt;&lt;b&gt;facet:a,b&lt;/b&gt; any of the values (facets: country, sector, kind, relation, the file&apos;s own such as a node&apos;s group or a relation&apos;s status, and community and component once the Analysis dock has computed them)&lt;br&gt;&lt;b&gt;-facet:a&lt;/b&gt; none of them&lt;br&gt;&lt;b&gt;since:2025-01-01 until:2025-12&lt;/b&gt; or &lt;b&gt;date:2025&lt;/b&gt; a date range&lt;br&gt;&lt;b&gt;degree:3..&lt;/b&gt; or &lt;b&gt;degree:2..10&lt;/b&gt; a degree range&lt;br&gt;words and &lt;b&gt;&quot;quoted phrases&quot;&lt;/b&gt; search labels and ids, ignoring case and accents&lt;br&gt;&lt;b&gt;show:neighbours&lt;/b&gt;, &lt;b&gt;hide:isolated&lt;/b&gt; the options below&lt;/p&gt;</source>
        <translation>&lt;p&gt;Saisissez un filtre&#xa0;; il s’applique pendant la saisie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;facet:a,b&lt;/b&gt; l’une des valeurs (facettes&#xa0;: country, sector, kind, relation, celles du fichier comme le groupe d’un nœud ou le statut d’une relation, ainsi que community et component une fois calculées par le panneau Analyse)&lt;br&gt;&lt;b&gt;-facet:a&lt;/b&gt; aucune d’elles&lt;br&gt;&lt;b&gt;since:2025-01-01 until:2025-12&lt;/b&gt; ou &lt;b&gt;date:2025&lt;/b&gt; une plage de dates&lt;br&gt;&lt;b&gt;degree:3..&lt;/b&gt; ou &lt;b&gt;degree:2..10&lt;/b&gt; une plage de degrés&lt;br&gt;les mots et les &lt;b&gt;&quot;expressions entre guillemets&quot;&lt;/b&gt; cherchent dans les libellés et identifiants, sans tenir compte de la casse ni des accents&lt;br&gt;&lt;b&gt;show:neighbours&lt;/b&gt;, &lt;b&gt;hide:isolated&lt;/b&gt; les options ci-dessous&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Plage de dates</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Relations dated in the range, and the entities they join or whose own dates fall in it. Drag the handles or use the arrow keys.</source>
        <translation>Les relations datées dans la plage et les entités qu’elles relient ou dont les dates y tombent. Faites glisser les poignées ou utilisez les flèches du clavier.</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
    <message>
        <source>Minimum degree</source>
        <translation>Degré minimal</translation>
    </message>
    <message>
        <source>Maximum degree</source>
        <translation>Degré maximal</translation>
    </message>
    <message>
        <source>Show nodes with at least this many relations</source>
        <translation>Afficher les nœuds ayant au moins ce nombre de relations</translation>
    </message>
    <message>
        <source>Show nodes with at most this many relations</source>
        <translation>Afficher les nœuds ayant au plus ce nombre de relations</translation>
    </message>
    <message>
        <source>Filter facets</source>
        <translation>Facettes de filtre</translation>
    </message>
    <message>
        <source>any (all on %1)</source>
        <translation>toutes (toutes le %1)</translation>
    </message>
    <message>
        <source>any (%1 to %2)</source>
        <translation>toutes (du %1 au %2)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
</context>
<context>
    <name>entente::GexfReader</name>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>dynamic attributes and spells are not supported; ignored</source>
        <translation>les attributs dynamiques et les spells ne sont pas pris en charge&#xa0;; ignorés</translation>
    </message>
    <message>
        <source>not a GEXF file: the root element is &lt;%1&gt;, not &lt;gexf&gt;</source>
        <translation>pas un fichier GEXF&#xa0;: l’élément racine est &lt;%1&gt;, pas &lt;gexf&gt;</translation>
    </message>
    <message>
        <source>the &lt;gexf&gt; element holds no &lt;graph&gt;</source>
        <translation>l’élément &lt;gexf&gt; ne contient pas de &lt;graph&gt;</translation>
    </message>
    <message>
        <source>&lt;attribute&gt; without an id</source>
        <translation>&lt;attribute&gt; sans id</translation>
    </message>
    <message numerus="yes">
        <source>more than %n attributes on one element</source>
        <translation>
            <numerusform>plus de %n attribut sur un élément</numerusform>
            <numerusform>plus de %n attributs sur un élément</numerusform>
        </translation>
    </message>
    <message>
        <source>viz:position without numeric x and y; ignored</source>
        <translation>viz:position sans x et y numériques&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>viz:color without numeric r, g and b; ignored</source>
        <translation>viz:color sans r, g et b numériques&#xa0;; ignoré</translation>
    </message>
    <message numerus="yes">
        <source>nodes nested deeper than %n levels</source>
        <translation>
            <numerusform>nœuds imbriqués sur plus de %n niveau</numerusform>
            <numerusform>nœuds imbriqués sur plus de %n niveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;node&gt; without an id</source>
        <translation>&lt;node&gt; sans id</translation>
    </message>
    <message numerus="yes">
        <source>more than %n nodes</source>
        <translation>
            <numerusform>plus de %n nœud</numerusform>
            <numerusform>plus de %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;edge&gt; needs both source and target</source>
        <translation>&lt;edge&gt; demande source et target</translation>
    </message>
    <message numerus="yes">
        <source>more than %n edges</source>
        <translation>
            <numerusform>plus de %n arête</numerusform>
            <numerusform>plus de %n arêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>file is larger than %1 bytes</source>
        <translation>le fichier dépasse %1 octets</translation>
    </message>
    <message>
        <source>edge from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>l’arête de &quot;%1&quot; à &quot;%2&quot;</translation>
    </message>
    <message>
        <source>edge &quot;%1&quot;</source>
        <translation>l’arête &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 points to unknown node &quot;%2&quot;</source>
        <translation>%1 pointe vers le nœud inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>defaultedgetype must be directed, undirected or mutual, not &quot;%1&quot;</source>
        <translation>defaultedgetype doit valoir directed, undirected ou mutual, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; is declared twice</source>
        <translation>l’attribut &quot;%1&quot; est déclaré deux fois</translation>
    </message>
    <message>
        <source>default &quot;%1&quot; of attribute &quot;%2&quot; is not %3</source>
        <translation>la valeur par défaut &quot;%1&quot; de l’attribut &quot;%2&quot; n’est pas %3</translation>
    </message>
    <message>
        <source>&lt;attvalue&gt; refers to undeclared attribute &quot;%1&quot;</source>
        <translation>&lt;attvalue&gt; renvoie à l’attribut non déclaré &quot;%1&quot;</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; of attribute &quot;%2&quot; is not %3</source>
        <translation>la valeur &quot;%1&quot; de l’attribut &quot;%2&quot; n’est pas %3</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is declared twice</source>
        <translation>le nœud &quot;%1&quot; est déclaré deux fois</translation>
    </message>
    <message>
        <source>weight &quot;%1&quot; is not a number</source>
        <translation>le poids &quot;%1&quot; n’est pas un nombre</translation>
    </message>
</context>
<context>
    <name>entente::GraphIO</name>
    <message>
        <source>%1 files (%2)</source>
        <translation>Fichiers %1 (%2)</translation>
    </message>
    <message>
        <source>Graph files (%1)</source>
        <translation>Fichiers de graphe (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>file is too large (%1; the limit is %2)</source>
        <translation>le fichier est trop volumineux (%1&#xa0;; la limite est %2)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>file is too large (the limit is %1)</source>
        <translation>le fichier est trop volumineux (la limite est %1)</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>unknown file format; known endings: %1</source>
        <translation>format de fichier inconnu&#xa0;; extensions connues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>entente::GraphStyle</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>(no kind)</source>
        <translation>(aucun type)</translation>
    </message>
    <message>
        <source>(no relation)</source>
        <translation>(aucune relation)</translation>
    </message>
</context>
<context>
    <name>entente::GraphView</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
</context>
<context>
    <name>entente::GraphmlReader</name>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an int</source>
        <translation>un int</translation>
    </message>
    <message>
        <source>a long</source>
        <translation>un long</translation>
    </message>
    <message>
        <source>a float</source>
        <translation>un float</translation>
    </message>
    <message>
        <source>a double</source>
        <translation>un double</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>not a GraphML file: the root element is &lt;%1&gt;, not &lt;graphml&gt;</source>
        <translation>pas un fichier GraphML&#xa0;: l’élément racine est &lt;%1&gt;, pas &lt;graphml&gt;</translation>
    </message>
    <message>
        <source>the &lt;graphml&gt; element holds no &lt;graph&gt;</source>
        <translation>l’élément &lt;graphml&gt; ne contient pas de &lt;graph&gt;</translation>
    </message>
    <message>
        <source>&lt;key&gt; without an id</source>
        <translation>&lt;key&gt; sans id</translation>
    </message>
    <message>
        <source>hyperedges are not supported; ignored</source>
        <translation>les hyperarêtes ne sont pas prises en charge&#xa0;; ignorées</translation>
    </message>
    <message numerus="yes">
        <source>more than %n attributes on one element</source>
        <translation>
            <numerusform>plus de %n attribut sur un élément</numerusform>
            <numerusform>plus de %n attributs sur un élément</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;node&gt; without an id</source>
        <translation>&lt;node&gt; sans id</translation>
    </message>
    <message numerus="yes">
        <source>more than %n nodes</source>
        <translation>
            <numerusform>plus de %n nœud</numerusform>
            <numerusform>plus de %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>graphs nested deeper than %n levels</source>
        <translation>
            <numerusform>graphes imbriqués sur plus de %n niveau</numerusform>
            <numerusform>graphes imbriqués sur plus de %n niveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;edge&gt; needs both source and target</source>
        <translation>&lt;edge&gt; demande source et target</translation>
    </message>
    <message numerus="yes">
        <source>more than %n edges</source>
        <translation>
            <numerusform>plus de %n arête</numerusform>
            <numerusform>plus de %n arêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>file is larger than %1 bytes</source>
        <translation>le fichier dépasse %1 octets</translation>
    </message>
    <message>
        <source>edge from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>l’arête de &quot;%1&quot; à &quot;%2&quot;</translation>
    </message>
    <message>
        <source>edge &quot;%1&quot;</source>
        <translation>l’arête &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 points to unknown node &quot;%2&quot;</source>
        <translation>%1 pointe vers le nœud inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is declared twice</source>
        <translation>la clé &quot;%1&quot; est déclarée deux fois</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; has unknown type &quot;%2&quot;</source>
        <translation>la clé &quot;%1&quot; a le type inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>default &quot;%1&quot; of key &quot;%2&quot; is not %3</source>
        <translation>la valeur par défaut &quot;%1&quot; de la clé &quot;%2&quot; n’est pas %3</translation>
    </message>
    <message>
        <source>edgedefault must be &quot;directed&quot; or &quot;undirected&quot;, not &quot;%1&quot;</source>
        <translation>edgedefault doit valoir &quot;directed&quot; ou &quot;undirected&quot;, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&lt;data&gt; refers to undeclared key &quot;%1&quot;</source>
        <translation>&lt;data&gt; renvoie à la clé non déclarée &quot;%1&quot;</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is not declared for this element; value kept</source>
        <translation>la clé &quot;%1&quot; n’est pas déclarée pour cet élément&#xa0;; valeur conservée</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; of key &quot;%2&quot; is not %3</source>
        <translation>la valeur &quot;%1&quot; de la clé &quot;%2&quot; n’est pas %3</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is declared twice</source>
        <translation>le nœud &quot;%1&quot; est déclaré deux fois</translation>
    </message>
</context>
<context>
    <name>entente::Graphviz</name>
    <message>
        <source>unknown Graphviz engine &quot;%1&quot;</source>
        <translation>moteur Graphviz &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>Graphviz could not be initialised</source>
        <translation>Graphviz n’a pas pu être initialisé</translation>
    </message>
    <message>
        <source>Graphviz %1 failed</source>
        <translation>Graphviz %1 a échoué</translation>
    </message>
</context>
<context>
    <name>entente::ImageExport</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>image size %1 x %2 is out of range (1..65535 pixels a side)</source>
        <translation>taille d’image %1 × %2 hors limites (1..65535 pixels par côté)</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>out of memory for a band of %1 x %2 pixels</source>
        <translation>mémoire insuffisante pour une bande de %1 × %2 pixels</translation>
    </message>
    <message>
        <source>cannot start the PNG encoder</source>
        <translation>impossible de démarrer l’encodeur PNG</translation>
    </message>
    <message>
        <source>PNG encoder error</source>
        <translation>erreur de l’encodeur PNG</translation>
    </message>
    <message>
        <source>empty image size</source>
        <translation>taille d’image vide</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>impossible de démarrer l’écriture PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n nodes</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edges</source>
        <translation>
            <numerusform>%n arête</numerusform>
            <numerusform>%n arêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported %1 with Entente</source>
        <translation>Exporté le %1 avec Entente</translation>
    </message>
    <message>
        <source>unknown image format</source>
        <translation>format d’image inconnu</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>export annulé</translation>
    </message>
</context>
<context>
    <name>entente::JsonReader</name>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>&quot;%1&quot; doit être %2, pas %3</translation>
    </message>
    <message>
        <source>string longer than %1 bytes</source>
        <translation>chaîne de plus de %1 octets</translation>
    </message>
    <message>
        <source>a string or an array of strings</source>
        <translation>une chaîne ou un tableau de chaînes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold only strings, not %2</source>
        <translation>&quot;%1&quot; ne doit contenir que des chaînes, pas %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be a string or a number, not %3</source>
        <translation>%1 &quot;%2&quot; doit être une chaîne ou un nombre, pas %3</translation>
    </message>
    <message>
        <source>not a graph: no &quot;nodes&quot; array</source>
        <translation>pas un graphe&#xa0;: aucun tableau &quot;nodes&quot;</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a graph must be an object, not %1</source>
        <translation>un graphe doit être un objet, pas %1</translation>
    </message>
    <message numerus="yes">
        <source>the file holds %n graphs; only the first is loaded</source>
        <translation>
            <numerusform>le fichier contient %n graphe&#xa0;; seul le premier est chargé</numerusform>
            <numerusform>le fichier contient %n graphes&#xa0;; seul le premier est chargé</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format %1; reading it as &quot;entente&quot;</source>
        <translation>format %1 inconnu&#xa0;; lu comme &quot;entente&quot;</translation>
    </message>
    <message>
        <source>format version %1 is newer than this program reads (1); loading it anyway</source>
        <translation>la version de format %1 est plus récente que celle que lit ce programme (1)&#xa0;; chargement malgré tout</translation>
    </message>
    <message>
        <source>unknown top-level key %1 (kept as a graph attribute)</source>
        <translation>clé de premier niveau %1 inconnue (conservée comme attribut du graphe)</translation>
    </message>
    <message>
        <source>hyperedges are not supported; they are ignored</source>
        <translation>les hyperarêtes ne sont pas prises en charge&#xa0;; elles sont ignorées</translation>
    </message>
    <message>
        <source>not a graph: no &quot;nodes&quot;</source>
        <translation>pas un graphe&#xa0;: aucun &quot;nodes&quot;</translation>
    </message>
    <message>
        <source>node must be an object, not %1</source>
        <translation>un nœud doit être un objet, pas %1</translation>
    </message>
    <message>
        <source>edge must be an object, not %1</source>
        <translation>une arête doit être un objet, pas %1</translation>
    </message>
    <message>
        <source>unknown key %1 in &quot;elements&quot;; ignored</source>
        <translation>clé %1 inconnue dans &quot;elements&quot;&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>not a graph: no &quot;nodes&quot; in &quot;elements&quot;</source>
        <translation>pas un graphe&#xa0;: aucun &quot;nodes&quot; dans &quot;elements&quot;</translation>
    </message>
    <message>
        <source>an object or an array</source>
        <translation>un objet ou un tableau</translation>
    </message>
    <message>
        <source>element must be an object, not %1</source>
        <translation>un élément doit être un objet, pas %1</translation>
    </message>
    <message>
        <source>node</source>
        <translation>nœud</translation>
    </message>
    <message numerus="yes">
        <source>more than %n attributes</source>
        <translation>
            <numerusform>plus de %n attribut</numerusform>
            <numerusform>plus de %n attributs</numerusform>
        </translation>
    </message>
    <message>
        <source>node has no &quot;id&quot;</source>
        <translation>le nœud n’a pas d’&quot;id&quot;</translation>
    </message>
    <message>
        <source>node id is empty</source>
        <translation>l’identifiant du nœud est vide</translation>
    </message>
    <message numerus="yes">
        <source>more than %n nodes</source>
        <translation>
            <numerusform>plus de %n nœud</numerusform>
            <numerusform>plus de %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>node %1 has only one of &quot;x&quot; and &quot;y&quot;; its position is ignored</source>
        <translation>le nœud %1 n’a que l’un de &quot;x&quot; et &quot;y&quot;&#xa0;; sa position est ignorée</translation>
    </message>
    <message>
        <source>duplicate node id %1 (first defined at %2)</source>
        <translation>identifiant de nœud %1 en double (défini d’abord à la %2)</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>arête</translation>
    </message>
    <message>
        <source>a string or a number</source>
        <translation>une chaîne ou un nombre</translation>
    </message>
    <message>
        <source>edge %1 points to unknown node %2</source>
        <translation>l’arête %1 pointe vers le nœud inconnu %2</translation>
    </message>
    <message>
        <source>edge points to unknown node %1</source>
        <translation>l’arête pointe vers le nœud inconnu %1</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>&#xa0;; vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>edge has no &quot;source&quot;</source>
        <translation>l’arête n’a pas de &quot;source&quot;</translation>
    </message>
    <message>
        <source>edge has no &quot;target&quot;</source>
        <translation>l’arête n’a pas de &quot;target&quot;</translation>
    </message>
    <message numerus="yes">
        <source>more than %n edges</source>
        <translation>
            <numerusform>plus de %n arête</numerusform>
            <numerusform>plus de %n arêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>self-loop on node %1</source>
        <translation>boucle sur le nœud %1</translation>
    </message>
    <message>
        <source>duplicate edge %1 -&gt; %2%3</source>
        <translation>arête %1 -&gt; %2%3 en double</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message numerus="yes">
        <source>too many errors; stopped after %n</source>
        <translation>
            <numerusform>trop d’erreurs&#xa0;; arrêt après %n</numerusform>
            <numerusform>trop d’erreurs&#xa0;; arrêt après %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more warnings not shown</source>
        <translation>
            <numerusform>%n autre avertissement non affiché</numerusform>
            <numerusform>%n autres avertissements non affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a graph: the file holds a single value; expected an object with &quot;nodes&quot;</source>
        <translation>pas un graphe&#xa0;: le fichier contient une valeur isolée&#xa0;; un objet avec &quot;nodes&quot; est attendu</translation>
    </message>
    <message>
        <source>not a graph: the top level is an array; expected an object with &quot;nodes&quot;</source>
        <translation>pas un graphe&#xa0;: le premier niveau est un tableau&#xa0;; un objet avec &quot;nodes&quot; est attendu</translation>
    </message>
    <message>
        <source>cannot read JSON: %1</source>
        <translation>lecture du JSON impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>invalid escape sequence: \u must be followed by four hex digits</source>
        <translation>séquence d’échappement invalide&#xa0;: \u doit être suivi de quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>invalid escape sequence &quot;\%1&quot; in string</source>
        <translation>séquence d’échappement &quot;\%1&quot; invalide dans la chaîne</translation>
    </message>
    <message>
        <source>invalid escape sequence: backslash followed by %1</source>
        <translation>séquence d’échappement invalide&#xa0;: barre oblique inverse suivie de %1</translation>
    </message>
    <message>
        <source>line break in string (missing closing quote?)</source>
        <translation>saut de ligne dans la chaîne (guillemet fermant manquant&#xa0;?)</translation>
    </message>
    <message>
        <source>control character U+%1 in string; write it as an escape</source>
        <translation>caractère de contrôle U+%1 dans la chaîne&#xa0;; écrivez-le comme séquence d’échappement</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1</source>
        <translation>octet UTF-8 invalide 0x%1</translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation>nombre invalide&#xa0;: les zéros en tête sont interdits</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>nombre invalide</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation>nombre invalide&#xa0;: des chiffres doivent suivre le point décimal</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation>nombre invalide&#xa0;: des chiffres doivent suivre l’exposant</translation>
    </message>
    <message>
        <source>invalid literal; expected true, false or null</source>
        <translation>littéral invalide&#xa0;; attendu&#xa0;: true, false ou null</translation>
    </message>
    <message>
        <source>unexpected end of file; expected a value</source>
        <translation>fin de fichier inattendue&#xa0;; une valeur est attendue</translation>
    </message>
    <message numerus="yes">
        <source>nesting too deep (more than %n levels)</source>
        <translation>
            <numerusform>imbrication trop profonde (plus de %n niveau)</numerusform>
            <numerusform>imbrication trop profonde (plus de %n niveaux)</numerusform>
        </translation>
    </message>
    <message>
        <source>trailing comma before %1</source>
        <translation>virgule superflue avant %1</translation>
    </message>
    <message>
        <source>unexpected %1; expected a value</source>
        <translation>%1 inattendu&#xa0;; une valeur est attendue</translation>
    </message>
    <message>
        <source>trailing comma before &apos;}&apos;</source>
        <translation>virgule superflue avant &apos;}&apos;</translation>
    </message>
    <message>
        <source>unexpected end of file; expected a key in double quotes</source>
        <translation>fin de fichier inattendue&#xa0;; une clé entre guillemets doubles est attendue</translation>
    </message>
    <message>
        <source>expected a key in double quotes, found %1</source>
        <translation>clé entre guillemets doubles attendue, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key, found %1</source>
        <translation>&apos;:&apos; attendu après la clé, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the JSON value</source>
        <translation>%1 inattendu après la fin de la valeur JSON</translation>
    </message>
    <message>
        <source>unexpected end of file; expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>fin de fichier inattendue&#xa0;; &apos;,&apos; ou &apos;%1&apos; est attendu</translation>
    </message>
    <message>
        <source>trailing comma before &apos;]&apos;</source>
        <translation>virgule superflue avant &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the object member, found %1</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu après le membre de l’objet, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after the array element, found %1</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu après l’élément du tableau, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>end of file</source>
        <translation>fin de fichier</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>octet 0x%1</translation>
    </message>
</context>
<context>
    <name>entente::JsonWriter</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>impossible d’écrire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot keep the previous version as %1; nothing was written</source>
        <translation>impossible de conserver la version précédente sous %1&#xa0;; rien n’a été écrit</translation>
    </message>
</context>
<context>
    <name>entente::LegendPanel</name>
    <message>
        <source>Colour: %1</source>
        <translation>Couleur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Shape: Kind</source>
        <translation>Forme&#xa0;: type</translation>
    </message>
    <message>
        <source>Edges: Relation</source>
        <translation>Arêtes&#xa0;: relation</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Legend entries</source>
        <translation>Entrées de la légende</translation>
    </message>
</context>
<context>
    <name>entente::MainWindow</name>
    <message>
        <source>cannot open the file</source>
        <translation>impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>Find node…  (Ctrl+F)</source>
        <translation>Rechercher un nœud…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s); the first: %2</source>
        <translation>
            <numerusform>%1 ouvert avec %n avertissement&#xa0;; le premier&#xa0;: %2</numerusform>
            <numerusform>%1 ouvert avec %n avertissements&#xa0;; le premier&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>le fichier n’a pas pu être lu</translation>
    </message>
    <message>
        <source>line %1, column %2: </source>
        <translation>ligne %1, colonne %2&#xa0;: </translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>ligne %1&#xa0;: </translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>Cannot open %1: %2%3</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2%3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; the open document is unchanged.</source>
        <translation>
            <numerusform>%n problème trouvé&#xa0;; le document ouvert est inchangé.</numerusform>
            <numerusform>%n problèmes trouvés&#xa0;; le document ouvert est inchangé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The open document is unchanged.</source>
        <translation>Le document ouvert est inchangé.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The positions in “%1” have changed.</source>
        <translation>Les positions dans «&#xa0;%1&#xa0;» ont changé.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>Voulez-vous les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Open Graph</source>
        <translation>Ouvrir un graphe</translation>
    </message>
    <message>
        <source>Graph files (*.json *.cyjs *.graphml *.gexf *.gv *.dot *.csv *.tsv);;Entente graphs (*.entente.json);;All files (*)</source>
        <translation>Fichiers de graphe (*.json *.cyjs *.graphml *.gexf *.gv *.dot *.csv *.tsv);;Graphes Entente (*.entente.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Graph</source>
        <translation>Enregistrer le graphe</translation>
    </message>
    <message>
        <source>Entente graphs (*.entente.json *.json)</source>
        <translation>Graphes Entente (*.entente.json *.json)</translation>
    </message>
    <message>
        <source>Cannot Save File</source>
        <translation>Impossible d’enregistrer le fichier</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Entente</source>
        <translation>Entente</translation>
    </message>
    <message>
        <source>No graph</source>
        <translation>Aucun graphe</translation>
    </message>
    <message>
        <source>%1 nodes · %2 edges</source>
        <translation>%1 nœuds · %2 arêtes</translation>
    </message>
    <message>
        <source>&amp;Pause Layout</source>
        <translation>&amp;Suspendre la disposition</translation>
    </message>
    <message>
        <source>&amp;Run Layout</source>
        <translation>&amp;Lancer la disposition</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Layout running</source>
        <translation>Disposition en cours</translation>
    </message>
    <message>
        <source>Layout converged</source>
        <translation>Disposition stabilisée</translation>
    </message>
    <message>
        <source>Layout paused</source>
        <translation>Disposition suspendue</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Sélection&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) selected</source>
        <translation>
            <numerusform>%n nœud sélectionné</numerusform>
            <numerusform>%n nœuds sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1 — %2</source>
        <translation>Sélection&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>No node matches “%1”</source>
        <translation>Aucun nœud ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Select Neighbours</source>
        <translation>Sélectionner les voisins</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Centrer</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>About Entente</source>
        <translation>À propos d’Entente</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Entente %1&lt;/h3&gt;&lt;p&gt;An explorer for relationship graphs: companies, alliances, initiatives, institutions and the partnerships between them.&lt;/p&gt;&lt;p&gt;Ships with the partnerships announced at the Franco-German Summit on European Digital Sovereignty (Berlin, 18 November 2025).&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Entente developers. Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Entente %1&lt;/h3&gt;&lt;p&gt;Un explorateur de graphes de relations&#xa0;: entreprises, alliances, initiatives, institutions et les partenariats qui les lient.&lt;/p&gt;&lt;p&gt;Fourni avec les partenariats annoncés au Sommet franco-allemand sur la souveraineté numérique européenne (Berlin, 18 novembre 2025).&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Entente developers. Logiciel libre sous licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Libraries used (versions at run time):</source>
        <translation>Bibliothèques utilisées (versions à l’exécution)&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the work in progress</source>
        <translation>Arrêter le travail en cours</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Annuler le travail en cours</translation>
    </message>
    <message>
        <source>Loading cancelled; the open document is unchanged.</source>
        <translation>Chargement annulé&#xa0;; le document ouvert est inchangé.</translation>
    </message>
    <message>
        <source>Layout cancelled.</source>
        <translation>Disposition annulée.</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <source>The relationship graph. Find (Ctrl+F) reaches a node by its name.</source>
        <translation>Le graphe des relations. Rechercher (Ctrl+F) atteint un nœud par son nom.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Details of the selection</source>
        <translation>Détails de la sélection</translation>
    </message>
    <message>
        <source>Find node</source>
        <translation>Rechercher un nœud</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
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
        <translation>Taille selon</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
    <message>
        <source>Path from Here</source>
        <translation>Chemin depuis ici</translation>
    </message>
    <message>
        <source>Path to Here</source>
        <translation>Chemin jusqu’ici</translation>
    </message>
    <message>
        <source>Ego Network</source>
        <translation>Réseau ego</translation>
    </message>
    <message>
        <source>Depth %1</source>
        <translation>Profondeur %1</translation>
    </message>
    <message>
        <source>Force-directed (live)</source>
        <translation>Par forces (en direct)</translation>
    </message>
    <message>
        <source>Hierarchical (Graphviz dot)</source>
        <translation>Hiérarchique (Graphviz dot)</translation>
    </message>
    <message>
        <source>Stress majorisation (Graphviz neato)</source>
        <translation>Majorisation du stress (Graphviz neato)</translation>
    </message>
    <message>
        <source>Multilevel force (Graphviz sfdp)</source>
        <translation>Forces multiniveaux (Graphviz sfdp)</translation>
    </message>
    <message>
        <source>Circular (Graphviz circo)</source>
        <translation>Circulaire (Graphviz circo)</translation>
    </message>
    <message>
        <source>Radial (Graphviz twopi)</source>
        <translation>Radiale (Graphviz twopi)</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>&amp;Moteur</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes of %1</source>
        <translation>Les modifications non enregistrées de %1 ont été récupérées</translation>
    </message>
    <message>
        <source>Spring model with clusters (Graphviz fdp)</source>
        <translation>Modèle à ressorts avec groupes (Graphviz fdp)</translation>
    </message>
    <message>
        <source>Filter: %1 · %2</source>
        <translation>Filtre&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>Exporting %1… %2%</source>
        <translation>Export de %1… %2&#xa0;%</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export annulé&#xa0;; %1 n’a pas été écrit.</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>Cannot export %1: %2</source>
        <translation>Impossible d’exporter %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Copied the view (%1 × %2 pixels) to the clipboard</source>
        <translation>Vue (%1 × %2 pixels) copiée dans le presse-papiers</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>Choose a file type, or a name ending in .json, .cyjs, .graphml, .gexf, .dot, .csv or .tsv.</source>
        <translation>Choisissez un type de fichier, ou un nom se terminant par .json, .cyjs, .graphml, .gexf, .dot, .csv ou .tsv.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>These files already exist: %1.</source>
        <translation>Ces fichiers existent déjà&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Do you want to replace it?</source>
        <translation>Voulez-vous le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Do you want to replace them?</source>
        <translation>Voulez-vous les remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
</context>
<context>
    <name>entente::MetricsTableModel</name>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermédiarité</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Eigenvector</source>
        <translation>Vecteur propre</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Cœur</translation>
    </message>
</context>
<context>
    <name>entente::OverviewWidget</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Vue d’ensemble&#xa0;: cliquez ou faites glisser pour déplacer la vue</translation>
    </message>
</context>
<context>
    <name>entente::RangeSlider</name>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
</context>
<context>
    <name>entente::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Entente did not close properly last time. These documents had unsaved changes that were autosaved:</source>
        <translation>Entente ne s’est pas fermé correctement la dernière fois. Ces documents avaient des modifications non enregistrées, enregistrées automatiquement&#xa0;:</translation>
    </message>
    <message>
        <source>Autosaved documents</source>
        <translation>Documents enregistrés automatiquement</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>Recover the selected document</source>
        <translation>Récupérer le document sélectionné</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Discard the selected autosave</source>
        <translation>Abandonner l’enregistrement automatique sélectionné</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1 — autosaved %2</source>
        <translation>%1 — enregistré automatiquement %2</translation>
    </message>
</context>
<context>
    <name>entente::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>force (live)</source>
        <translation>force (en direct)</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>Window colours</source>
        <translation>Couleurs de la fenêtre</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Custom colour</source>
        <translation>Couleur personnalisée</translation>
    </message>
</context>
<context>
    <name>entente::XmlReader</name>
    <message>
        <source>DOCTYPE declares entities; entity expansion is refused</source>
        <translation>le DOCTYPE déclare des entités&#xa0;; leur expansion est refusée</translation>
    </message>
    <message>
        <source>XML error: %1</source>
        <translation>erreur XML&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>elements nested deeper than %n levels</source>
        <translation>
            <numerusform>éléments imbriqués sur plus de %n niveau</numerusform>
            <numerusform>éléments imbriqués sur plus de %n niveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>text longer than %1 bytes</source>
        <translation>texte de plus de %1 octets</translation>
    </message>
</context>
</TS>
