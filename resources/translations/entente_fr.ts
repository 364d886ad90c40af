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
        <source>Keep only what the filter expression EXPR shows, for --info and the exports, e.g. &apos;country:DE,FR -relation:supplier since:2025-01-01 &quot;black forest&quot;&apos;. Facets: country, sector, kind, relation and the file&apos;s own; -facet:v negates; since:/until:/date: dates; degree:N..M; words search labels and ids; show:neighbours, hide:isolated.</source>
        <translation>Ne garde que ce que montre l’expression de filtre EXPR, pour --info et les exports, p. ex. &apos;country:DE,FR -relation:supplier since:2025-01-01 &quot;black forest&quot;&apos;. Facettes&#xa0;: country, sector, kind, relation et celles du fichier&#xa0;; -facet:v exclut&#xa0;; since:/until:/date: dates&#xa0;; degree:N..M&#xa0;; les mots cherchent dans les libellés et identifiants&#xa0;; show:neighbours, hide:isolated.</translation>
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
        <source>Image size in pixels (default 1600x1200; PDF: an A4 landscape page).</source>
        <translation>Taille de l’image en pixels (par défaut 1600x1200&#xa0;; PDF&#xa0;: une page A4 paysage).</translation>
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
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
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
        <source>Counts are edges between shown nodes</source>
        <translation>Les effectifs sont les arêtes entre nœuds affichés</translation>
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
        <source>&lt;p&gt;Type a filter; it applies as you type.&lt;/p&gt;&lt;p&gt;&lt;b&gt;facet:a,b&lt;/b&gt; any of the values (facets: country, sector, kind, relation and the file&apos;s own, such as group)&lt;br&gt;&lt;b&gt;-facet:a&lt;/b&gt; none of them&lt;br&gt;&lt;b&gt;since:2025-01-01 until:2025-12&lt;/b&gt; or &lt;b&gt;date:2025&lt;/b&gt; a date range&lt;br&gt;&lt;b&gt;degree:3..&lt;/b&gt; or &lt;b&gt;degree:2..10&lt;/b&gt; a degree range&lt;br&gt;words and &lt;b&gt;&quot;quoted phrases&quot;&lt;/b&gt; search labels and ids, ignoring case and accents&lt;br&gt;&lt;b&gt;show:neighbours&lt;/b&gt;, &lt;b&gt;hide:isolated&lt;/b&gt; the options below&lt;/p&gt;</source>
        <translation>&lt;p&gt;Saisissez un filtre&#xa0;; il s’applique pendant la frappe.&lt;/p&gt;&lt;p&gt;&lt;b&gt;facet:a,b&lt;/b&gt; l’une des valeurs (facettes&#xa0;: country, sector, kind, relation et celles du fichier, comme group)&lt;br&gt;&lt;b&gt;-facet:a&lt;/b&gt; aucune d’elles&lt;br&gt;&lt;b&gt;since:2025-01-01 until:2025-12&lt;/b&gt; ou &lt;b&gt;date:2025&lt;/b&gt; une période&lt;br&gt;&lt;b&gt;degree:3..&lt;/b&gt; ou &lt;b&gt;degree:2..10&lt;/b&gt; un intervalle de degré&lt;br&gt;les mots et les &lt;b&gt;&quot;expressions entre guillemets&quot;&lt;/b&gt; cherchent dans les libellés et identifiants, sans tenir compte de la casse ni des accents&lt;br&gt;&lt;b&gt;show:neighbours&lt;/b&gt;, &lt;b&gt;hide:isolated&lt;/b&gt; les options ci-dessous&lt;/p&gt;</translation>
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
        <source>Dated</source>
        <translation>Daté</translation>
    </message>
    <message>
        <source>Relations dated in the range, and the entities they join or whose own dates fall in it</source>
        <translation>Relations datées dans la période, et les entités qu’elles relient ou dont les dates propres y tombent</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
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
</context>
</TS>
