<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>pveha::BlockDevices</name>
    <message>
        <source>a device entry is not an object</source>
        <translation>une entrée de périphérique n'est pas un objet</translation>
    </message>
    <message>
        <source>a device has no name or no type</source>
        <translation>un périphérique n'a pas de nom ou pas de type</translation>
    </message>
    <message>
        <source>the size of %1 is not a number of bytes (was lsblk run with -b?)</source>
        <translation>la taille de %1 n'est pas un nombre d'octets (lsblk a-t-il été lancé avec -b ?)</translation>
    </message>
    <message>
        <source>the ROTA value of %1 is not a boolean</source>
        <translation>la valeur ROTA de %1 n'est pas un booléen</translation>
    </message>
    <message>
        <source>the children of %1 are not a list</source>
        <translation>les enfants de %1 ne sont pas une liste</translation>
    </message>
    <message>
        <source>lsblk printed something that is not JSON (%1)</source>
        <translation>lsblk a affiché autre chose que du JSON (%1)</translation>
    </message>
    <message>
        <source>lsblk's JSON has no "blockdevices" list</source>
        <translation>le JSON de lsblk n'a pas de liste « blockdevices »</translation>
    </message>
    <message>
        <source>it holds the root filesystem</source>
        <translation>il porte le système de fichiers racine</translation>
    </message>
    <message>
        <source>it carries an md RAID signature (linux_raid_member)</source>
        <translation>il porte une signature RAID md (linux_raid_member)</translation>
    </message>
    <message>
        <source>it is an LVM physical volume (LVM2_member)</source>
        <translation>c'est un volume physique LVM (LVM2_member)</translation>
    </message>
    <message numerus="yes">
        <source>it has %n partition(s)</source>
        <translation>
            <numerusform>il a %n partition</numerusform>
            <numerusform>il a %n partitions</numerusform>
        </translation>
    </message>
    <message>
        <source>it is mounted on %1</source>
        <translation>il est monté sur %1</translation>
    </message>
    <message>
        <source>it is a member of the md array %1</source>
        <translation>il fait partie de la grappe md %1</translation>
    </message>
    <message>
        <source>it is used by the LVM volume %1</source>
        <translation>il est utilisé par le volume LVM %1</translation>
    </message>
    <message>
        <source>it holds a signature: %1</source>
        <translation>il porte une signature : %1</translation>
    </message>
</context>
<context>
    <name>pveha::CephHaPage</name>
    <message>
        <source>The enterprise repository needs a valid Proxmox subscription on every node; without one, installing Ceph fails.</source>
        <translation>Le dépôt enterprise demande un abonnement Proxmox valide sur chaque nœud ; sans abonnement, l'installation de Ceph échoue.</translation>
    </message>
    <message>
        <source>Ceph and high availability</source>
        <translation>Ceph et haute disponibilité</translation>
    </message>
    <message>
        <source>Ceph replicates the VM disks across the nodes; HA restarts the protected VMs on another node when one fails.</source>
        <translation>Ceph réplique les disques des VM sur les nœuds ; la HA redémarre les VM protégées sur un autre nœud quand l'un d'eux tombe en panne.</translation>
    </message>
    <message>
        <source>Ceph storage</source>
        <translation>Stockage Ceph</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Dépôt :</translation>
    </message>
    <message>
        <source>No-subscription (free)</source>
        <translation>Sans abonnement (no-subscription, gratuit)</translation>
    </message>
    <message>
        <source>Enterprise (subscription)</source>
        <translation>Enterprise (avec abonnement)</translation>
    </message>
    <message>
        <source>Where the Ceph packages come from; the example uses the free no-subscription repository.</source>
        <translation>La provenance des paquets Ceph ; l'exemple utilise le dépôt gratuit no-subscription.</translation>
    </message>
    <message>
        <source>&amp;Public network:</source>
        <translation>Réseau p&amp;ublic :</translation>
    </message>
    <message>
        <source>The network Ceph clients and monitors use, in CIDR notation. By default the private network (for example 10.0.0.0/24); it must contain every node's private address.</source>
        <translation>Le réseau qu'utilisent les clients et les moniteurs Ceph, en notation CIDR. Par défaut, le réseau privé (par exemple 10.0.0.0/24) ; il doit contenir l'adresse privée de chaque nœud.</translation>
    </message>
    <message>
        <source>&amp;Cluster network:</source>
        <translation>Réseau de &amp;cluster :</translation>
    </message>
    <message>
        <source>The network OSDs replicate over, in CIDR notation. By default the private network (for example 10.0.0.0/24).</source>
        <translation>Le réseau sur lequel les OSD répliquent les données, en notation CIDR. Par défaut, le réseau privé (par exemple 10.0.0.0/24).</translation>
    </message>
    <message>
        <source>P&amp;ool name:</source>
        <translation>&amp;Nom du pool :</translation>
    </message>
    <message>
        <source>The RBD pool, also added as Proxmox storage of the same name, for example Stockage-HA: a letter, then letters, digits, '-', '_' or '.', ending with a letter or digit.</source>
        <translation>Le pool RBD, ajouté aussi comme stockage Proxmox du même nom, par exemple Stockage-HA : une lettre, puis des lettres, chiffres, '-', '_' ou '.', finissant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Copies (&amp;size):</source>
        <translation>C&amp;opies (size) :</translation>
    </message>
    <message>
        <source>How many copies Ceph keeps of each object, at most one per node; the example keeps 3.</source>
        <translation>Le nombre de copies que Ceph garde de chaque objet, au plus une par nœud ; l'exemple en garde 3.</translation>
    </message>
    <message>
        <source>&amp;Minimum copies (min_size):</source>
        <translation>Copies &amp;minimales (min_size) :</translation>
    </message>
    <message>
        <source>Below this many copies available, Ceph stops writes to protect the data; at most the size, the example uses 2.</source>
        <translation>En dessous de ce nombre de copies disponibles, Ceph bloque les écritures pour protéger les données ; au plus égal à size, l'exemple utilise 2.</translation>
    </message>
    <message>
        <source>&amp;Let Ceph choose the placement groups (autoscale)</source>
        <translation>&amp;Laisser Ceph choisir les groupes de placement (autoscale)</translation>
    </message>
    <message>
        <source>Recommended: Ceph adjusts the number of placement groups as the pool grows.</source>
        <translation>Recommandé : Ceph ajuste le nombre de groupes de placement (PG) à mesure que le pool grossit.</translation>
    </message>
    <message>
        <source>&amp;Add the pool as Proxmox storage</source>
        <translation>&amp;Ajouter le pool comme stockage Proxmox</translation>
    </message>
    <message>
        <source>Makes the pool available for VM disks in Proxmox.</source>
        <translation>Rend le pool disponible pour les disques des VM dans Proxmox.</translation>
    </message>
    <message>
        <source>High availability</source>
        <translation>Haute disponibilité</translation>
    </message>
    <message>
        <source>HA &amp;group or rule:</source>
        <translation>&amp;Groupe ou règle HA :</translation>
    </message>
    <message>
        <source>The name of the HA group, for example Cluster-Prod: a letter followed by letters, digits, '_' or '-'.</source>
        <translation>Le nom du groupe HA, par exemple Cluster-Prod : une lettre suivie de lettres, chiffres, '_' ou '-'.</translation>
    </message>
    <message>
        <source>On Proxmox VE 8 this creates an HA group; on Proxmox VE 9, which replaced groups with rules, a node-affinity rule of this name.</source>
        <translation>Sous Proxmox VE 8, cela crée un groupe HA ; sous Proxmox VE 9, qui a remplacé les groupes par des règles, une règle d'affinité de nœuds de ce nom.</translation>
    </message>
    <message>
        <source>HA no&amp;des:</source>
        <translation>Nœuds &amp;HA :</translation>
    </message>
    <message>
        <source>The nodes the protected VMs may run on; the example uses all three.</source>
        <translation>Les nœuds sur lesquels les VM protégées peuvent tourner ; l'exemple utilise les trois.</translation>
    </message>
    <message>
        <source>&amp;VMs to protect:</source>
        <translation>&amp;VM à protéger :</translation>
    </message>
    <message>
        <source>The ids of the VMs (or containers) HA restarts elsewhere, separated by commas, for example 100. Each id is a whole number from 100 up; leave empty to protect none yet.</source>
        <translation>Les identifiants des VM (ou des conteneurs) que la HA redémarre ailleurs, séparés par des virgules, par exemple 100. Chaque identifiant est un entier à partir de 100 ; laissez vide pour n'en protéger aucune pour l'instant.</translation>
    </message>
</context>
<context>
    <name>pveha::CephOsdTree</name>
    <message>
        <source>The output of ceph osd tree does not start with its column titles.</source>
        <translation>La sortie de ceph osd tree ne commence pas par ses titres de colonnes.</translation>
    </message>
    <message>
        <source>The line "%1" of ceph osd tree could not be read.</source>
        <translation>La ligne « %1 » de ceph osd tree n'a pas pu être lue.</translation>
    </message>
    <message>
        <source>The output of ceph osd tree is empty.</source>
        <translation>La sortie de ceph osd tree est vide.</translation>
    </message>
</context>
<context>
    <name>pveha::CephStatus</name>
    <message>
        <source>The field %1 is missing or has an unexpected type.</source>
        <translation>Le champ %1 manque ou a un type inattendu.</translation>
    </message>
    <message>
        <source>The output of ceph -s is empty.</source>
        <translation>La sortie de ceph -s est vide.</translation>
    </message>
    <message>
        <source>The output of ceph -s is not the JSON object Ceph prints.</source>
        <translation>La sortie de ceph -s n'est pas l'objet JSON qu'affiche Ceph.</translation>
    </message>
    <message>
        <source>The output of ceph -s lacks its health, monitor, OSD or pool lines.</source>
        <translation>Il manque à la sortie de ceph -s ses lignes de santé, de moniteurs, d'OSD ou de pools.</translation>
    </message>
</context>
<context>
    <name>pveha::CliRunner</name>
    <message>
        <source>"%1" is not available in this version yet: its engine has not been built.</source>
        <translation>« %1 » n'est pas encore disponible dans cette version : son moteur n'a pas encore été construit.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: the spec has %n problem(s):</source>
        <translation>
            <numerusform>%1 : la spécification a %n problème :</numerusform>
            <numerusform>%1 : la spécification a %n problèmes :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pveha::ClusterSpec</name>
    <message>
        <source>Cannot read the spec file %1: it is a directory (expected a JSON file such as cluster.json).</source>
        <translation>Impossible de lire le fichier de spécification %1 : c'est un répertoire (attendu : un fichier JSON comme cluster.json).</translation>
    </message>
    <message>
        <source>Cannot read the spec file %1: %2 (check the path and the file's permissions).</source>
        <translation>Impossible de lire le fichier de spécification %1 : %2 (vérifiez le chemin et les droits du fichier).</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a spec (%2 bytes; a spec is a few kilobytes of JSON).</source>
        <translation>Le fichier %1 est trop gros pour être une spécification (%2 octets ; une spécification fait quelques kilo-octets de JSON).</translation>
    </message>
    <message>
        <source>The spec is empty (expected a JSON object such as the one in cluster.example.json).</source>
        <translation>La spécification est vide (attendu : un objet JSON comme celui de cluster.example.json).</translation>
    </message>
    <message>
        <source>The spec is not valid JSON: %1 at line %2, column %3 (look for a missing comma, quote or bracket just before).</source>
        <translation>La spécification n'est pas du JSON valide : %1 à la ligne %2, colonne %3 (cherchez une virgule, un guillemet ou un crochet manquant juste avant).</translation>
    </message>
    <message>
        <source>The top level of the spec is not a JSON object (expected the whole spec in braces { }, as in cluster.example.json).</source>
        <translation>Le niveau supérieur de la spécification n'est pas un objet JSON (attendu : toute la spécification entre accolades { }, comme dans cluster.example.json).</translation>
    </message>
    <message>
        <source>Cannot save the spec to %1: %2 (choose another folder or check its permissions).</source>
        <translation>Impossible d'enregistrer la spécification dans %1 : %2 (choisissez un autre dossier ou vérifiez ses droits).</translation>
    </message>
</context>
<context>
    <name>pveha::CodeView</name>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy the whole text to the clipboard.</source>
        <translation>Copier tout le texte dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>pveha::CommandLine</name>
    <message>
        <source>Language of the interface and messages: en or fr.</source>
        <translation>Langue de l'interface et des messages : en ou fr.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Use three simulated nodes instead of real servers.</source>
        <translation>Utiliser trois nœuds simulés au lieu de serveurs réels.</translation>
    </message>
    <message>
        <source>The cluster spec file (JSON).</source>
        <translation>Le fichier de spécification du cluster (JSON).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Confirm destructive actions (disk erasure, node crash).</source>
        <translation>Confirmer les actions destructrices (effacement de disques, panne d'un nœud).</translation>
    </message>
    <message>
        <source>Start at this phase.</source>
        <translation>Commencer à cette phase.</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>Run only this phase.</source>
        <translation>N'exécuter que cette phase.</translation>
    </message>
    <message>
        <source>Also write every event as one JSON object per line to this file.</source>
        <translation>Écrire aussi chaque événement dans ce fichier, un objet JSON par ligne.</translation>
    </message>
    <message>
        <source>Change the firewall (without it, only show the difference).</source>
        <translation>Modifier le pare-feu (sans cette option, seule la différence est affichée).</translation>
    </message>
    <message>
        <source>The node to crash.</source>
        <translation>Le nœud à mettre en panne.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The protected guest to watch.</source>
        <translation>L'invité protégé à surveiller.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Give up after this many seconds.</source>
        <translation>Abandonner après ce nombre de secondes.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Where to write the HTML report.</source>
        <translation>Où écrire le rapport HTML.</translation>
    </message>
    <message>
        <source>Check the nodes against the spec (preflight) without changing anything.</source>
        <translation>Vérifier les nœuds par rapport à la spécification (contrôles préalables) sans rien modifier.</translation>
    </message>
    <message>
        <source>Print every command the deployment would run, node by node.</source>
        <translation>Afficher chaque commande que le déploiement exécuterait, nœud par nœud.</translation>
    </message>
    <message>
        <source>Run the deployment; steps already done are skipped, so a re-run resumes.</source>
        <translation>Lancer le déploiement ; les étapes déjà faites sont sautées, donc une relance reprend où elle s'était arrêtée.</translation>
    </message>
    <message>
        <source>Show the state of Ceph, the RAID arrays, HA and the storages.</source>
        <translation>Afficher l'état de Ceph, des grappes RAID, de la HA et des stockages.</translation>
    </message>
    <message>
        <source>Show (or apply with --apply) the OVHcloud Edge Network Firewall rules.</source>
        <translation>Afficher (ou appliquer avec --apply) les règles de l'Edge Network Firewall d'OVHcloud.</translation>
    </message>
    <message>
        <source>Crash a node on purpose and measure how long HA takes to restart the guest.</source>
        <translation>Provoquer volontairement la panne d'un nœud et mesurer le temps que met la HA à redémarrer l'invité.</translation>
    </message>
    <message>
        <source>Write the self-contained HTML report of the last run.</source>
        <translation>Écrire le rapport HTML autonome de la dernière exécution.</translation>
    </message>
    <message>
        <source>Commands (without a command, the wizard opens):</source>
        <translation>Commandes (sans commande, l'assistant s'ouvre) :</translation>
    </message>
    <message>
        <source>Run '%1 COMMAND --help' for the options of a command.</source>
        <translation>Lancez « %1 COMMANDE --help » pour les options d'une commande.</translation>
    </message>
    <message>
        <source>Run '%1 --help' for usage.</source>
        <translation>Lancez « %1 --help » pour l'aide.</translation>
    </message>
    <message>
        <source>Turns three or more OVHcloud dedicated servers into a Proxmox VE high-availability cluster with Ceph storage, over SSH.</source>
        <translation>Transforme trois serveurs dédiés OVHcloud ou plus en cluster Proxmox VE haute disponibilité avec stockage Ceph, par SSH.</translation>
    </message>
    <message>
        <source>What to do; none opens the wizard.</source>
        <translation>Ce qu'il faut faire ; sans commande, l'assistant s'ouvre.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[commande]</translation>
    </message>
    <message>
        <source>Unknown command "%1". The commands are: %2.</source>
        <translation>Commande inconnue : « %1 ». Les commandes sont : %2.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Argument inattendu : « %1 ».</translation>
    </message>
    <message>
        <source>--lang: "%1" is not a supported language; use en or fr.</source>
        <translation>--lang : « %1 » n'est pas une langue prise en charge ; utilisez en ou fr.</translation>
    </message>
    <message>
        <source>--%1 belongs to a command; the wizard takes only --lang, --demo and --spec.</source>
        <translation>--%1 appartient à une commande ; l'assistant n'accepte que --lang, --demo et --spec.</translation>
    </message>
    <message>
        <source>--%1 is not an option of "%2".</source>
        <translation>--%1 n'est pas une option de « %2 ».</translation>
    </message>
    <message>
        <source>--spec needs a file name.</source>
        <translation>--spec demande un nom de fichier.</translation>
    </message>
    <message>
        <source>"%1" needs a cluster: give --spec FILE, or --demo for simulated nodes.</source>
        <translation>« %1 » a besoin d'un cluster : indiquez --spec FICHIER, ou --demo pour des nœuds simulés.</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a phase; the phases are: %3.</source>
        <translation>--%1 : « %2 » n'est pas une phase ; les phases sont : %3.</translation>
    </message>
    <message>
        <source>--from and --only cannot be used together.</source>
        <translation>--from et --only ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--events needs a file name.</source>
        <translation>--events demande un nom de fichier.</translation>
    </message>
    <message>
        <source>crash-test needs --node NAME: the node to crash.</source>
        <translation>crash-test demande --node NOM : le nœud à mettre en panne.</translation>
    </message>
    <message>
        <source>crash-test needs --vmid N: the id of a protected guest (100 or more).</source>
        <translation>crash-test demande --vmid N : l'identifiant d'un invité protégé (100 ou plus).</translation>
    </message>
    <message>
        <source>--timeout: "%1" is not a number of seconds greater than 0.</source>
        <translation>--timeout : « %1 » n'est pas un nombre de secondes supérieur à 0.</translation>
    </message>
    <message>
        <source>report needs --out FILE.html: where to write the report.</source>
        <translation>report demande --out FICHIER.html : l'endroit où écrire le rapport.</translation>
    </message>
</context>
<context>
    <name>pveha::CrashResultView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Goal missed</source>
        <translation>Objectif manqué</translation>
    </message>
    <message>
        <source>Not recovered</source>
        <translation>Non rétabli</translation>
    </message>
    <message>
        <source>vm:%1 ran again on %2, %3 s after %4 crashed (goal: under %5 s).</source>
        <translation>vm:%1 tournait de nouveau sur %2 %3 s après la panne de %4 (objectif : moins de %5 s).</translation>
    </message>
    <message>
        <source>Demo: the times are simulated seconds (%1 times faster than real time); %2 was revived afterwards, as a real node reboots by itself after its panic.</source>
        <translation>Démonstration : les durées sont en secondes simulées (%1 fois plus rapides que le temps réel) ; %2 a été ranimé ensuite, comme un nœud réel redémarre de lui-même après son kernel panic.</translation>
    </message>
    <message>
        <source>%1 reboots by itself after its panic (its watchdog); check on the Health page that it joined again.</source>
        <translation>%1 redémarre de lui-même après son kernel panic (grâce à son watchdog) ; vérifiez sur la page Santé qu'il a bien rejoint le cluster.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s'est passé</translation>
    </message>
</context>
<context>
    <name>pveha::CrashTest</name>
    <message>
        <source>%1 is not a node of this cluster.</source>
        <translation>%1 n'est pas un nœud de ce cluster.</translation>
    </message>
    <message>
        <source>Guest %1 is not protected by HA in the spec (ha.resources): crashing a node would not prove anything about it.</source>
        <translation>L'invité %1 n'est pas protégé par la HA dans la spécification (ha.resources) : mettre un nœud en panne ne prouverait rien à son sujet.</translation>
    </message>
    <message>
        <source>The HA status could not be read on %1: the cluster must be healthy before a crash test.</source>
        <translation>L'état de la HA n'a pas pu être lu sur %1 : le cluster doit être en bonne santé avant un test de bascule.</translation>
    </message>
    <message>
        <source>The cluster is not quorate: crashing %1 could stop everything.</source>
        <translation>Le cluster n'a pas le quorum : mettre %1 en panne pourrait tout arrêter.</translation>
    </message>
    <message>
        <source>Only %1 of %2 nodes are up: without %3 the cluster would lose its quorum and nothing could restart.</source>
        <translation>Seuls %1 nœuds sur %2 sont en marche : sans %3, le cluster perdrait son quorum et rien ne pourrait redémarrer.</translation>
    </message>
    <message>
        <source>vm:%1 is not an HA resource yet: deploy the ha phase first.</source>
        <translation>vm:%1 n'est pas encore une ressource HA : déployez d'abord la phase ha.</translation>
    </message>
    <message>
        <source>vm:%1 is %2, not started: start it before the test.</source>
        <translation>vm:%1 est dans l'état %2, et non started : démarrez-la avant le test.</translation>
    </message>
    <message>
        <source>vm:%1 runs on %2, not on %3: the test will show %3 being fenced, but no guest has to move.</source>
        <translation>vm:%1 tourne sur %2, pas sur %3 : le test montrera l'isolement (fencing) de %3, mais aucun invité n'aura à changer de nœud.</translation>
    </message>
    <message>
        <source>Kernel panic triggered on %1.</source>
        <translation>Kernel panic déclenché sur %1.</translation>
    </message>
    <message>
        <source>vm:%1 did not start on another node within %2 s.</source>
        <translation>vm:%1 n'a pas démarré sur un autre nœud en moins de %2 s.</translation>
    </message>
    <message>
        <source>%1 stopped answering (its LRM has an old timestamp).</source>
        <translation>%1 ne répond plus (l'horodatage de son LRM est ancien).</translation>
    </message>
    <message>
        <source>HA fences %1 (the watchdog isolates it).</source>
        <translation>La HA isole %1 (fencing : son watchdog le coupe).</translation>
    </message>
    <message>
        <source>The lock expired: vm:%1 is being recovered.</source>
        <translation>Le verrou a expiré : vm:%1 est en cours de récupération.</translation>
    </message>
    <message>
        <source>vm:%1 started on %2.</source>
        <translation>vm:%1 a démarré sur %2.</translation>
    </message>
    <message>
        <source>The crash test was stopped before the guest restarted.</source>
        <translation>Le test de bascule a été arrêté avant que l'invité ne redémarre.</translation>
    </message>
</context>
<context>
    <name>pveha::CrashTestCommand</name>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>This crashes %1 on purpose (kernel panic): confirm with --yes.</source>
        <translation>Cette commande met volontairement %1 en panne (kernel panic) : confirmez avec --yes.</translation>
    </message>
    <message>
        <source>Demo: simulated time runs 20 times faster; the times below are simulated seconds.</source>
        <translation>Démonstration : le temps simulé s'écoule 20 fois plus vite ; les durées ci-dessous sont en secondes simulées.</translation>
    </message>
    <message>
        <source>warning: the result could not be saved: %1</source>
        <translation>avertissement : le résultat n'a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>vm:%1 restarted on %2 after %3 s (goal: under %4 s): %5.</source>
        <translation>vm:%1 a redémarré sur %2 au bout de %3 s (objectif : moins de %4 s) : %5.</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>goal missed</source>
        <translation>objectif manqué</translation>
    </message>
</context>
<context>
    <name>pveha::CrashTestPage</name>
    <message>
        <source>Deploy the cluster first: there is no node to test yet.</source>
        <translation>Déployez d'abord le cluster : il n'y a encore aucun nœud à tester.</translation>
    </message>
    <message>
        <source>The spec protects no guest with HA (ha.resources): there is nothing to fail over.</source>
        <translation>La spécification ne protège aucun invité par la HA (ha.resources) : il n'y a rien à faire basculer.</translation>
    </message>
    <message>
        <source>Checking that %1 may be crashed: quorum without it, vm:%2 protected and started…</source>
        <translation>Vérification que %1 peut être mis en panne : quorum sans lui, vm:%2 protégée et démarrée…</translation>
    </message>
    <message>
        <source>%1 may be crashed: the others keep the quorum and vm:%2 is protected and started.</source>
        <translation>%1 peut être mis en panne : les autres nœuds gardent le quorum et vm:%2 est protégée et démarrée.</translation>
    </message>
    <message>
        <source>Crash test</source>
        <translation>Test de bascule</translation>
    </message>
    <message>
        <source>Optional: crash one node on purpose and measure how long HA takes to run the protected guest again on another node (the goal is under 2 minutes).</source>
        <translation>Facultatif : mettez volontairement un nœud en panne et mesurez le temps que met la HA à relancer l'invité protégé sur un autre nœud (l'objectif est de moins de 2 minutes).</translation>
    </message>
    <message>
        <source>&amp;Node to crash:</source>
        <translation>&amp;Nœud à mettre en panne :</translation>
    </message>
    <message>
        <source>Protected &amp;guest:</source>
        <translation>&amp;Invité protégé :</translation>
    </message>
    <message>
        <source>the node</source>
        <translation>le nœud</translation>
    </message>
    <message>
        <source>I understand that %1 will stop at once (kernel panic): the guests on it stop until HA restarts them elsewhere.</source>
        <translation>Je comprends que %1 va s'arrêter immédiatement (kernel panic) : ses invités s'arrêtent jusqu'à ce que la HA les redémarre ailleurs.</translation>
    </message>
    <message>
        <source>&amp;Type the node's name to confirm:</source>
        <translation>&amp;Recopiez le nom du nœud pour confirmer :</translation>
    </message>
    <message>
        <source>Crash %1 now (kernel panic)</source>
        <translation>Mettre %1 en panne maintenant (kernel panic)</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>&amp;Arrêter le suivi</translation>
    </message>
    <message>
        <source>Stops following the failover; a crash already sent cannot be undone.</source>
        <translation>Cesse de suivre la bascule ; une panne déjà déclenchée ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Demo: simulated time runs %1 times faster, so the failover takes seconds; the crashed simulated node is revived afterwards.</source>
        <translation>Démonstration : le temps simulé s'écoule %1 fois plus vite, la bascule ne prend donc que quelques secondes ; le nœud simulé mis en panne est ranimé ensuite.</translation>
    </message>
</context>
<context>
    <name>pveha::CrashTimelineChart</name>
    <message>
        <source>Failover timeline (seconds after the crash)</source>
        <translation>Chronologie de la bascule (secondes après la panne)</translation>
    </message>
    <message>
        <source>What the surviving nodes saw</source>
        <translation>Ce qu'ont vu les nœuds survivants</translation>
    </message>
    <message>
        <source>Goal: the guest runs again within %1 s</source>
        <translation>Objectif : l'invité tourne de nouveau en moins de %1 s</translation>
    </message>
    <message>
        <source>Crash</source>
        <translation>Panne</translation>
    </message>
    <message>
        <source>Node lost</source>
        <translation>Nœud perdu</translation>
    </message>
    <message>
        <source>Fenced</source>
        <translation>Isolé</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
</context>
<context>
    <name>pveha::DemoEnvironment</name>
    <message>
        <source>The demo could not create a temporary directory: %1</source>
        <translation>La démonstration n'a pas pu créer de répertoire temporaire : %1</translation>
    </message>
</context>
<context>
    <name>pveha::DeployCommand</name>
    <message>
        <source>note: the Proxmox VE version of %1 could not be read (%2); the plan assumes PVE 8.</source>
        <translation>remarque : la version de Proxmox VE de %1 n'a pas pu être lue (%2) ; le plan suppose PVE 8.</translation>
    </message>
    <message>
        <source>pveversion printed nothing usable</source>
        <translation>pveversion n'a rien affiché d'exploitable</translation>
    </message>
    <message>
        <source>The preflight found problems; nothing was changed:</source>
        <translation>Les contrôles préalables ont trouvé des problèmes ; rien n'a été modifié :</translation>
    </message>
    <message>
        <source>These steps erase disks and need confirmation with --yes:</source>
        <translation>Ces étapes effacent des disques et demandent une confirmation avec --yes :</translation>
    </message>
    <message>
        <source>--events: %1 cannot be written: %2</source>
        <translation>--events : impossible d'écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>warning: the journal could not be written: %1</source>
        <translation>avertissement : le journal n'a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Step %1 failed on %2 (exit %3): %4</source>
        <translation>L'étape %1 a échoué sur %2 (code de sortie %3) : %4</translation>
    </message>
    <message>
        <source>Last output:</source>
        <translation>Dernière sortie :</translation>
    </message>
    <message>
        <source>Fix the cause and run deploy again: what is done is skipped.</source>
        <translation>Corrigez la cause et relancez deploy : ce qui est déjà fait sera sauté.</translation>
    </message>
    <message>
        <source>Deployment complete. Steps run: %1; already done: %2.</source>
        <translation>Déploiement terminé. Étapes exécutées : %1 ; déjà faites : %2.</translation>
    </message>
</context>
<context>
    <name>pveha::DeployLog</name>
    <message>
        <source>All nodes</source>
        <translation>Tous les nœuds</translation>
    </message>
    <message>
        <source>The commands' output appears here, live, once the deployment starts. The full log is also written to a file.</source>
        <translation>La sortie des commandes s'affiche ici, en direct, dès que le déploiement commence. Le journal complet est aussi écrit dans un fichier.</translation>
    </message>
</context>
<context>
    <name>pveha::DeployPage</name>
    <message>
        <source>&amp;Resume the deployment</source>
        <translation>&amp;Reprendre le déploiement</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Deploy the cluster</source>
        <translation>&amp;Déployer le cluster</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 étapes sur %2</translation>
    </message>
    <message>
        <source>Asking the nodes which steps are already done…</source>
        <translation>Interrogation des nœuds sur les étapes déjà faites…</translation>
    </message>
    <message>
        <source>Ready: %1 steps on %2 nodes. No disk is left to erase.</source>
        <translation>Prêt : %1 étapes sur %2 nœuds. Il ne reste aucun disque à effacer.</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %1 steps on %2 nodes. %n step(s) will erase disks: you will see each disk and confirm before anything starts.</source>
        <translation>
            <numerusform>Prêt : %1 étapes sur %2 nœuds. %n étape effacera des disques : vous verrez chaque disque et confirmerez avant que quoi que ce soit ne commence.</numerusform>
            <numerusform>Prêt : %1 étapes sur %2 nœuds. %n étapes effaceront des disques : vous verrez chaque disque et confirmerez avant que quoi que ce soit ne commence.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase %1 of %2: %3. Step %4 of %5, %6 elapsed.</source>
        <translation>Phase %1 sur %2 : %3. Étape %4 sur %5, temps écoulé : %6.</translation>
    </message>
    <message>
        <source>Stopping: the commands running on the nodes are interrupted…</source>
        <translation>Arrêt en cours : les commandes qui s'exécutent sur les nœuds sont interrompues…</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 steps (%3). Resume runs the plan again: the steps already done are skipped.</source>
        <translation>Arrêté après %1 étapes sur %2 (%3). « Reprendre » relance le plan : les étapes déjà faites sont sautées.</translation>
    </message>
    <message>
        <source>The deployment stopped at a failed step after %1 of %2 steps (%3).</source>
        <translation>Le déploiement s'est arrêté sur une étape en échec après %1 étapes sur %2 (%3).</translation>
    </message>
    <message>
        <source>Deployed: all %1 steps done, in %2.</source>
        <translation>Déployé : les %1 étapes sont faites, en %2.</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>The plan runs on the nodes, step by step. You can stop at any time and resume later: the steps already done are skipped.</source>
        <translation>Le plan s'exécute sur les nœuds, étape par étape. Vous pouvez l'arrêter à tout moment et le reprendre plus tard : les étapes déjà faites sont sautées.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Interrupts the commands running now. Nothing is undone; Resume continues from there.</source>
        <translation>Interrompt les commandes en cours. Rien n'est défait ; « Reprendre » continue à partir de là.</translation>
    </message>
    <message>
        <source>Full log: %1</source>
        <translation>Journal complet : %1</translation>
    </message>
    <message>
        <source>The nodes could not be reached: %1</source>
        <translation>Les nœuds n'ont pas pu être joints : %1</translation>
    </message>
    <message>
        <source>Root password of %1</source>
        <translation>Mot de passe root de %1</translation>
    </message>
    <message>
        <source>The other nodes join the cluster of %1 with its root password (pvecm add asks for it). It is kept in memory only, for this session, and is never written to disk or to the logs.</source>
        <translation>Les autres nœuds rejoignent le cluster de %1 avec son mot de passe root (pvecm add le demande). Il n'est conservé qu'en mémoire, pour cette session, et n'est jamais écrit sur disque ni dans les journaux.</translation>
    </message>
    <message>
        <source>Root &amp;password of %1:</source>
        <translation>&amp;Mot de passe root de %1 :</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <source>The nodes have already joined</source>
        <translation>Les nœuds ont déjà rejoint le cluster</translation>
    </message>
    <message>
        <source>The step “%1” (%2) failed on %3 with exit code %4: %5
Fix the cause on the node, then press Retry: the steps already done are skipped.</source>
        <translation>L'étape « %1 » (%2) a échoué sur %3 avec le code de sortie %4 : %5
Corrigez la cause sur le nœud, puis cliquez sur « Réessayer » : les étapes déjà faites sont sautées.</translation>
    </message>
    <message>
        <source>Last lines of %1 on %2</source>
        <translation>Dernières lignes de %1 sur %2</translation>
    </message>
    <message>
        <source>(the step printed nothing)</source>
        <translation>(l'étape n'a rien affiché)</translation>
    </message>
    <message>
        <source>The cluster is deployed. Steps run now: %1; already done: %2. Next shows the cluster's health.</source>
        <translation>Le cluster est déployé. Étapes exécutées maintenant : %1 ; déjà faites : %2. « Suivant » affiche la santé du cluster.</translation>
    </message>
</context>
<context>
    <name>pveha::DeployStepsView</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — erases %2</source>
        <translation>%1 — efface %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Déjà faite</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Steps of a phase: "3 of 9".</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>pveha::DeploymentEngine</name>
    <message numerus="yes">
        <source>The MTU check failed on %n path(s); the nodes will restore their previous network configuration by themselves within %1 s.</source>
        <translation>
            <numerusform>Le contrôle du MTU a échoué sur %n chemin ; les nœuds vont rétablir d'eux-mêmes leur configuration réseau précédente d'ici %1 s.</numerusform>
            <numerusform>Le contrôle du MTU a échoué sur %n chemins ; les nœuds vont rétablir d'eux-mêmes leur configuration réseau précédente d'ici %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read on %2: %3</source>
        <translation>Impossible de lire %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>The root password of %1 is needed to join the cluster and none was given (set PVE_HA_ROOT_PASSWORD, or enter it in the assistant).</source>
        <translation>Le mot de passe root de %1 est nécessaire pour rejoindre le cluster et aucun n'a été fourni (définissez PVE_HA_ROOT_PASSWORD, ou saisissez-le dans l'assistant).</translation>
    </message>
    <message>
        <source>the command failed</source>
        <translation>la commande a échoué</translation>
    </message>
    <message>
        <source>the action finished but its check still fails: the step did not take effect</source>
        <translation>l'action s'est terminée mais sa vérification échoue toujours : l'étape n'a pas pris effet</translation>
    </message>
    <message>
        <source>%1 could not be reached after its network change: the new configuration probably cut it off. Every node whose change was not confirmed restores its previous configuration by itself within %2 s. Check the vRack interface name and the MTU, then run deploy again.</source>
        <translation>%1 n'a pas pu être joint après sa modification réseau : la nouvelle configuration l'a probablement coupé du réseau. Chaque nœud dont la modification n'a pas été confirmée rétablit de lui-même sa configuration précédente d'ici %2 s. Vérifiez le nom de l'interface vRack et le MTU, puis relancez deploy.</translation>
    </message>
    <message>
        <source>stopped before it finished; running the deployment again resumes it</source>
        <translation>arrêtée avant la fin ; relancer le déploiement la reprend</translation>
    </message>
</context>
<context>
    <name>pveha::DerivedRulesView</name>
    <message>
        <source>Node %1</source>
        <translation>Nœud %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A node and its public address: "node-01 (203.0.113.11)".</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>(from port %1)</source>
        <translation>(depuis le port %1)</translation>
    </message>
    <message>
        <source>%1 rules needed, but OVHcloud allows %2 per address.</source>
        <translation>%1 règles nécessaires, mais OVHcloud en autorise %2 par adresse.</translation>
    </message>
    <message>
        <source>%1 of the %2 rules OVHcloud allows per address.</source>
        <translation>%1 règles utilisées sur les %2 qu'OVHcloud autorise par adresse.</translation>
    </message>
    <message>
        <source>Rules sent for no&amp;de:</source>
        <translation>Règles envoyées pour le &amp;nœud :</translation>
    </message>
    <message>
        <source>Each node gets its own set: the other nodes are its peers.</source>
        <translation>Chaque nœud reçoit son propre jeu de règles : les autres nœuds sont ses pairs.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Copy this node's rules as text, one per line.</source>
        <translation>Copier les règles de ce nœud sous forme de texte, une par ligne.</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TCP option</source>
        <translation>Option TCP</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Lower sequences are matched first; 19 drops everything else.</source>
        <translation>Les numéros les plus bas sont évalués en premier ; la règle 19 refuse tout le reste.</translation>
    </message>
    <message>
        <source>"established" matches the replies to connections the node opened.</source>
        <translation>« established » correspond aux réponses aux connexions que le nœud a ouvertes.</translation>
    </message>
</context>
<context>
    <name>pveha::DisksPage</name>
    <message>
        <source>All hard disks (%1 nodes × %2 disks):</source>
        <translation>Tous les disques durs (%1 nœuds × %2 disques) :</translation>
    </message>
    <message>
        <source>After RAID %1 (what Ceph gets):</source>
        <translation>Après RAID %1 (ce que Ceph reçoit) :</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Disques</translation>
    </message>
    <message>
        <source>The same layout on every node: one NVMe keeps Proxmox, one NVMe speeds up Ceph, and the hard disks form one RAID that becomes the node's Ceph OSD.</source>
        <translation>La même disposition sur chaque nœud : un NVMe garde Proxmox, un NVMe accélère Ceph, et les disques durs forment un RAID qui devient l'OSD Ceph du nœud.</translation>
    </message>
    <message>
        <source>Devices on each node</source>
        <translation>Périphériques sur chaque nœud</translation>
    </message>
    <message>
        <source>&amp;System disk:</source>
        <translation>&amp;Disque système :</translation>
    </message>
    <message>
        <source>The disk Proxmox is installed on, for example /dev/nvme0n1. It is never touched; it only guards the other choices.</source>
        <translation>Le disque sur lequel Proxmox est installé, par exemple /dev/nvme0n1. Il n'est jamais touché ; il sert seulement à contrôler les autres choix.</translation>
    </message>
    <message>
        <source>Ceph &amp;DB/WAL device:</source>
        <translation>Périphérique DB/&amp;WAL de Ceph :</translation>
    </message>
    <message>
        <source>The fast NVMe that holds BlueStore's database and write-ahead log, for example /dev/nvme1n1. It is erased. It must differ from the system disk.</source>
        <translation>Le NVMe rapide qui accueille la base de données et le journal d'écriture anticipée (WAL) de BlueStore, par exemple /dev/nvme1n1. Il est effacé. Il doit être différent du disque système.</translation>
    </message>
    <message>
        <source>&amp;RAID disks:</source>
        <translation>Disques &amp;RAID :</translation>
    </message>
    <message>
        <source>The hard disks of the software RAID, separated by spaces, for example /dev/sda /dev/sdb /dev/sdc /dev/sdd. They are erased. None may be the system disk or the DB/WAL device.</source>
        <translation>Les disques durs du RAID logiciel, séparés par des espaces, par exemple /dev/sda /dev/sdb /dev/sdc /dev/sdd. Ils sont effacés. Aucun ne doit être le disque système ni le périphérique DB/WAL.</translation>
    </message>
    <message>
        <source>RAID &amp;level:</source>
        <translation>&amp;Niveau RAID :</translation>
    </message>
    <message>
        <source>The mdadm RAID level; the example and the procedure use RAID 5.</source>
        <translation>Le niveau RAID de mdadm ; l'exemple et la procédure utilisent le RAID 5.</translation>
    </message>
    <message>
        <source>RAID 1 — every disk a mirror</source>
        <translation>RAID 1 — chaque disque est un miroir</translation>
    </message>
    <message>
        <source>RAID 5 — one disk of parity (recommended)</source>
        <translation>RAID 5 — un disque de parité (recommandé)</translation>
    </message>
    <message>
        <source>RAID 6 — two disks of parity</source>
        <translation>RAID 6 — deux disques de parité</translation>
    </message>
    <message>
        <source>RAID 10 — mirrored pairs, striped</source>
        <translation>RAID 10 — paires en miroir, agrégées par bandes</translation>
    </message>
    <message>
        <source>Survives one failed disk; needs at least 3 disks and keeps the space of all but one.</source>
        <translation>Survit à la panne d'un disque ; demande au moins 3 disques et conserve l'espace de tous les disques sauf un.</translation>
    </message>
    <message>
        <source>Survives two failed disks; needs at least 4 disks and keeps the space of all but two.</source>
        <translation>Survit à la panne de deux disques ; demande au moins 4 disques et conserve l'espace de tous les disques sauf deux.</translation>
    </message>
    <message>
        <source>Survives one failed disk per mirrored pair and writes fastest; needs an even number of at least 4 disks and keeps half the space.</source>
        <translation>Survit à la panne d'un disque par paire en miroir et écrit le plus vite ; demande un nombre pair de disques, au moins 4, et conserve la moitié de l'espace.</translation>
    </message>
    <message>
        <source>Every disk holds the same data: survives all but one failed disk, and keeps the space of a single disk.</source>
        <translation>Chaque disque contient les mêmes données : survit à la panne de tous les disques sauf un, et conserve l'espace d'un seul disque.</translation>
    </message>
    <message>
        <source>This level is not supported: choose 1, 5, 6 or 10.</source>
        <translation>Ce niveau n'est pas pris en charge : choisissez 1, 5, 6 ou 10.</translation>
    </message>
    <message>
        <source>&amp;md device:</source>
        <translation>Périphérique &amp;md :</translation>
    </message>
    <message>
        <source>The RAID device mdadm creates, for example /dev/md0.</source>
        <translation>Le périphérique RAID que crée mdadm, par exemple /dev/md0.</translation>
    </message>
    <message>
        <source>LVM &amp;volume group:</source>
        <translation>&amp;Groupe de volumes LVM :</translation>
    </message>
    <message>
        <source>The volume group made on the RAID, for example ceph-raid: letters, digits, '_', '.', '+' or '-', not starting with '-'.</source>
        <translation>Le groupe de volumes créé sur le RAID, par exemple ceph-raid : des lettres, chiffres, '_', '.', '+' ou '-', sans '-' au début.</translation>
    </message>
    <message>
        <source>LVM logical v&amp;olume:</source>
        <translation>&amp;Volume logique LVM :</translation>
    </message>
    <message>
        <source>The logical volume that becomes the Ceph OSD, for example osd; the same characters as the volume group.</source>
        <translation>Le volume logique qui devient l'OSD Ceph, par exemple osd ; les mêmes caractères que pour le groupe de volumes.</translation>
    </message>
    <message>
        <source>Estimated capacity</source>
        <translation>Capacité estimée</translation>
    </message>
    <message>
        <source>Si&amp;ze of one hard disk:</source>
        <translation>Tai&amp;lle d'un disque dur :</translation>
    </message>
    <message>
        <source>Only for this estimate, in TB as disks are sold (the example uses 6 TB). It is not saved in the spec.</source>
        <translation>Uniquement pour cette estimation, en To comme à la vente des disques (l'exemple utilise 6 To). Cette valeur n'est pas enregistrée dans la spécification.</translation>
    </message>
    <message>
        <source>An estimate: the Validation page measures the real disk sizes on each node.</source>
        <translation>Une estimation : la page Validation mesure la taille réelle des disques sur chaque nœud.</translation>
    </message>
    <message>
        <source>none: too few disks for RAID %1</source>
        <translation>aucune : trop peu de disques pour le RAID %1</translation>
    </message>
    <message>
        <source>Usable by the VMs (%1 copies of each object):</source>
        <translation>Utilisable par les VM (%1 copies de chaque objet) :</translation>
    </message>
</context>
<context>
    <name>pveha::EdgeFirewallSafety</name>
    <message>
        <source>No admin source is listed (firewall.adminSources), so nobody could reach SSH once the final rule drops everything else: add your own public IPv4 address.</source>
        <translation>Aucune source d'administration n'est indiquée (firewall.adminSources) : personne ne pourrait plus joindre SSH une fois que la règle finale refuse tout le reste. Ajoutez votre propre adresse IPv4 publique.</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 CIDR, so its access cannot be checked.</source>
        <translation>%1 n'est pas un CIDR IPv4, son accès ne peut donc pas être vérifié.</translation>
    </message>
    <message>
        <source>%1 could not reach %2 (TCP %3): rule %4 drops at least part of its traffic before any rule permits it. Applying this would lock you out.</source>
        <translation>%1 ne pourrait pas joindre %2 (TCP %3) : la règle %4 refuse au moins une partie de son trafic avant qu'une règle ne l'autorise. Appliquer ces règles vous enfermerait dehors.</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>the Proxmox GUI</source>
        <translation>l'interface web Proxmox</translation>
    </message>
</context>
<context>
    <name>pveha::EdgeFirewallSync</name>
    <message>
        <source>%1's public address %2 is not an IPv4 address; the Edge firewall needs the node's public IPv4 address in nodes[].publicAddress.</source>
        <translation>L'adresse publique %2 de %1 n'est pas une adresse IPv4 ; le pare-feu Edge a besoin de l'adresse IPv4 publique du nœud dans nodes[].publicAddress.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Not attempted because %1 failed; nothing was changed on this node.</source>
        <translation>Non tenté, car %1 a échoué ; rien n'a été modifié sur ce nœud.</translation>
    </message>
</context>
<context>
    <name>pveha::EdgeNodeResult</name>
    <message>
        <source>added %1 to the Edge firewall</source>
        <translation>adresse %1 ajoutée au pare-feu Edge</translation>
    </message>
    <message>
        <source>enabled the firewall</source>
        <translation>pare-feu activé</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>everything (this node was not attempted)</source>
        <translation>tout (ce nœud n'a pas été tenté)</translation>
    </message>
    <message>
        <source>everything (the current rules could not be read)</source>
        <translation>tout (les règles actuelles n'ont pas pu être lues)</translation>
    </message>
    <message>
        <source>add %1 to the Edge firewall</source>
        <translation>ajouter l'adresse %1 au pare-feu Edge</translation>
    </message>
    <message>
        <source>enable the firewall (it is still disabled)</source>
        <translation>activer le pare-feu (il est toujours désactivé)</translation>
    </message>
    <message>
        <source>enable the firewall</source>
        <translation>activer le pare-feu</translation>
    </message>
    <message numerus="yes">
        <source>deleted the rules at priorities %1</source>
        <translation>
            <numerusform>supprimé la règle de priorité %1</numerusform>
            <numerusform>supprimé les règles de priorités %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>created the rules at priorities %1</source>
        <translation>
            <numerusform>créé la règle de priorité %1</numerusform>
            <numerusform>créé les règles de priorités %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete the rules at priorities %1</source>
        <translation>
            <numerusform>supprimer la règle de priorité %1</numerusform>
            <numerusform>supprimer les règles de priorités %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>create the rules at priorities %1</source>
        <translation>
            <numerusform>créer la règle de priorité %1</numerusform>
            <numerusform>créer les règles de priorités %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pveha::EdgeNodeSync</name>
    <message>
        <source>Reading the Edge firewall of %1 failed.</source>
        <translation>La lecture du pare-feu Edge de %1 a échoué.</translation>
    </message>
    <message>
        <source>Listing the Edge firewall rules of %1 failed.</source>
        <translation>La liste des règles du pare-feu Edge de %1 n'a pas pu être obtenue.</translation>
    </message>
    <message>
        <source>Reading rule %1 of %2 failed.</source>
        <translation>La lecture de la règle %1 de %2 a échoué.</translation>
    </message>
    <message>
        <source>adding %1 to the Edge firewall</source>
        <translation>ajout de %1 au pare-feu Edge</translation>
    </message>
    <message>
        <source>Adding %1 to the Edge firewall failed.</source>
        <translation>L'ajout de %1 au pare-feu Edge a échoué.</translation>
    </message>
    <message>
        <source>the firewall of %1</source>
        <translation>le pare-feu de %1</translation>
    </message>
    <message>
        <source>deleting rule %1 (%2)</source>
        <translation>suppression de la règle %1 (%2)</translation>
    </message>
    <message>
        <source>the removal of rule %1</source>
        <translation>la suppression de la règle %1</translation>
    </message>
    <message>
        <source>Deleting rule %1 of %2 failed.</source>
        <translation>La suppression de la règle %1 de %2 a échoué.</translation>
    </message>
    <message>
        <source>creating rule %1 (%2)</source>
        <translation>création de la règle %1 (%2)</translation>
    </message>
    <message>
        <source>Creating rule %1 on %2 failed.</source>
        <translation>La création de la règle %1 sur %2 a échoué.</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>la règle %1</translation>
    </message>
    <message>
        <source>enabling the Edge firewall of %1</source>
        <translation>activation du pare-feu Edge de %1</translation>
    </message>
    <message>
        <source>Enabling the Edge firewall of %1 failed.</source>
        <translation>L'activation du pare-feu Edge de %1 a échoué.</translation>
    </message>
    <message>
        <source>Waiting for %1 failed.</source>
        <translation>Une erreur est survenue en attendant %1.</translation>
    </message>
    <message>
        <source>%1 did not become ready within %2 s.</source>
        <translation>Délai de %2 s dépassé en attendant %1.</translation>
    </message>
    <message>
        <source>no order of the remaining changes keeps every admin and GUI source connected: priority %1 goes first</source>
        <translation>aucun ordre des changements restants ne garde toutes les sources d'administration et de l'interface connectées : la priorité %1 passe en premier</translation>
    </message>
</context>
<context>
    <name>pveha::EdgeRules</name>
    <message>
        <source>Proxmox GUI</source>
        <translation>Interface web Proxmox</translation>
    </message>
    <message>
        <source>Admin SSH</source>
        <translation>SSH des administrateurs</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Nœud %1</translation>
    </message>
    <message>
        <source>Replies to the nodes' own connections</source>
        <translation>Réponses aux connexions des nœuds eux-mêmes</translation>
    </message>
    <message>
        <source>Drop everything else</source>
        <translation>Refuser tout le reste</translation>
    </message>
</context>
<context>
    <name>pveha::EdgeStateView</name>
    <message>
        <source>address not on the firewall</source>
        <translation>adresse absente du pare-feu</translation>
    </message>
    <message>
        <source>address added, enabled</source>
        <translation>adresse ajoutée, activé</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>pas encore lu</translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n à supprimer</numerusform>
            <numerusform>%n à supprimer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n à créer</numerusform>
            <numerusform>%n à créer</numerusform>
        </translation>
    </message>
    <message>
        <source>enable the firewall</source>
        <translation>activer le pare-feu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Pas encore lu</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Not applied: %1.</source>
        <translation>Non appliqué : %1.</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Appliqué : %1</translation>
    </message>
    <message>
        <source>In place: nothing to change</source>
        <translation>En place : rien à changer</translation>
    </message>
    <message>
        <source>Differs: Apply would change it</source>
        <translation>Diffère : « Appliquer » le mettrait en conformité</translation>
    </message>
    <message>
        <source>Rules of %1 (%2) by priority: what the Edge firewall holds, what it should hold, and the change.</source>
        <translation>Règles de %1 (%2) par priorité : ce que contient le pare-feu Edge, ce qu'il devrait contenir, et le changement.</translation>
    </message>
    <message>
        <source>Rules %1 (%2) should get. Read the current rules to see what will change.</source>
        <translation>Règles que %1 (%2) doit recevoir. Lisez les règles actuelles pour voir ce qui changera.</translation>
    </message>
    <message>
        <source>not wanted</source>
        <translation>non voulue</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>replace (delete, then create)</source>
        <translation>remplacer (supprimer, puis créer)</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>not done: %1</source>
        <translation>non fait : %1</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
    </message>
    <message>
        <source>Edge firewall</source>
        <translation>Pare-feu Edge</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Current rule</source>
        <translation>Règle actuelle</translation>
    </message>
    <message>
        <source>Wanted rule</source>
        <translation>Règle voulue</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>none left (applied)</source>
        <translation>plus aucune (appliquée)</translation>
    </message>
    <message>
        <source>Rules of %1 (%2) by priority: what the Edge firewall held before the apply, what it should hold, and what was done.</source>
        <translation>Règles de %1 (%2) par priorité : ce que contenait le pare-feu Edge avant l'application, ce qu'il doit contenir, et ce qui a été fait.</translation>
    </message>
    <message>
        <source>Before the apply</source>
        <translation>Avant l'application</translation>
    </message>
    <message>
        <source>Not attempted: an earlier node failed, this one was not touched</source>
        <translation>Non tenté : un nœud précédent a échoué, celui-ci n'a pas été touché</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Lecture impossible : %1</translation>
    </message>
</context>
<context>
    <name>pveha::EngineRunner</name>
    <message>
        <source>The demo could not create its temporary directory: %1</source>
        <translation>La démonstration n'a pas pu créer son répertoire temporaire : %1</translation>
    </message>
    <message>
        <source>Another task is still running; wait for it to end or stop it.</source>
        <translation>Une autre tâche est encore en cours ; attendez qu'elle se termine ou arrêtez-la.</translation>
    </message>
    <message>
        <source>The connections to the nodes could not be prepared.</source>
        <translation>Les connexions aux nœuds n'ont pas pu être préparées.</translation>
    </message>
</context>
<context>
    <name>pveha::EraseConfirmDialog</name>
    <message>
        <source>Erase %1 on %2 and deploy</source>
        <extracomment>%1 is "12 disks", %2 is "3 nodes".</extracomment>
        <translation>Effacer %1 sur %2 et déployer</translation>
    </message>
    <message numerus="yes">
        <source>%n disk(s)</source>
        <translation>
            <numerusform>%n disque</numerusform>
            <numerusform>%n disques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase disks and deploy</source>
        <translation>Effacer les disques et déployer</translation>
    </message>
    <message numerus="yes">
        <source>The deployment will erase these %n disk(s). Everything on them will be lost. The checks found them empty, and each step checks again on the node just before it erases anything.</source>
        <translation>
            <numerusform>Le déploiement va effacer %n disque. Tout ce qu'il contient sera perdu. Les contrôles l'ont trouvé vide, et chaque étape vérifie de nouveau sur le nœud juste avant d'effacer quoi que ce soit.</numerusform>
            <numerusform>Le déploiement va effacer ces %n disques. Tout ce qu'ils contiennent sera perdu. Les contrôles les ont trouvés vides, et chaque étape vérifie de nouveau sur le nœud juste avant d'effacer quoi que ce soit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Erased by step</source>
        <translation>Effacé par l'étape</translation>
    </message>
    <message>
        <source>not seen by the checks</source>
        <translation>non vu par les contrôles</translation>
    </message>
    <message>
        <source>To confirm, type the name of the cluster, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Pour confirmer, saisissez le nom du cluster, &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
</context>
<context>
    <name>pveha::ExtraRulesEditor</name>
    <message>
        <source>The rule's place, from 0 to 18 (19 drops everything else); each sequence is used once. Rules derived from the fields above fill the free sequences.</source>
        <translation>La place de la règle, de 0 à 18 (la règle 19 refuse tout le reste) ; chaque numéro ne sert qu'une fois. Les règles déduites des champs ci-dessus occupent les numéros libres.</translation>
    </message>
    <message>
        <source>permit or deny.</source>
        <translation>permit (autoriser) ou deny (refuser).</translation>
    </message>
    <message>
        <source>tcp, udp, icmp, ipv4 (any protocol), gre, esp or ah.</source>
        <translation>tcp, udp, icmp, ipv4 (tout protocole), gre, esp ou ah.</translation>
    </message>
    <message>
        <source>Who the rule applies to, as an IPv4 CIDR, for example 198.51.100.0/24.</source>
        <translation>À qui la règle s'applique, sous forme de CIDR IPv4, par exemple 198.51.100.0/24.</translation>
    </message>
    <message>
        <source>The port on the node, for example 443; only for tcp and udp, empty for any.</source>
        <translation>Le port sur le nœud, par exemple 443 ; seulement pour tcp et udp, vide pour tous les ports.</translation>
    </message>
    <message>
        <source>The sender's port; only for tcp and udp, usually empty.</source>
        <translation>Le port de l'émetteur ; seulement pour tcp et udp, généralement vide.</translation>
    </message>
    <message>
        <source>A note for people, for example "Monitoring"; never sent to OVHcloud.</source>
        <translation>Une note pour les humains, par exemple « Supervision » ; jamais envoyée à OVHcloud.</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Port de destination</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>Port source</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Add a r&amp;ule</source>
        <translation>Ajouter une &amp;règle</translation>
    </message>
    <message>
        <source>Adds a rule at the highest free sequence below 19.</source>
        <translation>Ajoute une règle au numéro libre le plus élevé en dessous de 19.</translation>
    </message>
    <message>
        <source>Remo&amp;ve the rule</source>
        <translation>Retirer &amp;la règle</translation>
    </message>
    <message>
        <source>Removes the selected rule.</source>
        <translation>Retire la règle sélectionnée.</translation>
    </message>
</context>
<context>
    <name>pveha::FinishPage</name>
    <message>
        <source>not run</source>
        <translation>non lancé</translation>
    </message>
    <message>
        <source>%1 passed, %2 with a warning, %3 failed, %4 skipped</source>
        <translation>%1 réussis, %2 avec avertissement, %3 en échec, %4 ignorés</translation>
    </message>
    <message>
        <source>not managed by the tool (provider "none")</source>
        <translation>non géré par l'outil (fournisseur « none »)</translation>
    </message>
    <message numerus="yes">
        <source>applied and enabled on %n node(s)</source>
        <translation>
            <numerusform>appliqué et activé sur %n nœud</numerusform>
            <numerusform>appliqué et activé sur %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read only: %n node(s) differ from the wanted rules</source>
        <translation>
            <numerusform>lu seulement : %n nœud diffère des règles voulues</numerusform>
            <numerusform>lu seulement : %n nœuds diffèrent des règles voulues</numerusform>
        </translation>
    </message>
    <message>
        <source>in place on every node</source>
        <translation>en place sur chaque nœud</translation>
    </message>
    <message>
        <source>done: %1 steps run, %2 already in place</source>
        <translation>terminé : %1 étapes exécutées, %2 déjà en place</translation>
    </message>
    <message>
        <source>failed at %1 on %2: run the deployment again once the cause is fixed, it resumes there</source>
        <translation>échec à %1 sur %2 : relancez le déploiement une fois la cause corrigée, il reprend là</translation>
    </message>
    <message>
        <source>stopped before the end: run it again to resume</source>
        <translation>arrêté avant la fin : relancez-le pour reprendre</translation>
    </message>
    <message>
        <source>not gathered</source>
        <translation>non relevé</translation>
    </message>
    <message>
        <source>%1; monitors %2/%3 in quorum, OSDs %4/%5 up</source>
        <translation>%1 ; moniteurs %2/%3 dans le quorum, OSD %4/%5 actifs</translation>
    </message>
    <message>
        <source>not run (optional)</source>
        <translation>non lancé (facultatif)</translation>
    </message>
    <message>
        <source>the VM was not seen restarting</source>
        <translation>la VM n'a pas été vue redémarrer</translation>
    </message>
    <message>
        <source>VM %1 restarted on %2 after %3 s (goal: %4 s)</source>
        <translation>VM %1 redémarrée sur %2 après %3 s (objectif : %4 s)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s), %2</source>
        <translation>
            <numerusform>%1 : %n nœud, %2</numerusform>
            <numerusform>%1 : %n nœuds, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Edge firewall</source>
        <translation>Pare-feu Edge</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Crash test</source>
        <translation>Test de bascule</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>What the report is written from: every run, the last validation, firewall, health and crash test.</source>
        <translation>Ce dont le rapport est tiré : chaque exécution, la dernière validation, le pare-feu, la santé et le test de bascule.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>What was done, as the journal recorded it. Keep a record of it: the HTML report gathers the spec, the checks, the deployment, the firewall, the health and the crash test in one self-contained file.</source>
        <translation>Ce qui a été fait, tel que le journal l'a enregistré. Gardez-en une trace : le rapport HTML réunit la spécification, les vérifications, le déploiement, le pare-feu, la santé et le test de bascule dans un seul fichier autonome.</translation>
    </message>
    <message>
        <source>The report is written in the language of the window, can be printed, and never contains a password or an API key.</source>
        <translation>Le rapport est rédigé dans la langue de la fenêtre, s'imprime, et ne contient jamais de mot de passe ni de clé d'API.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;L'ouvrir</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>not applied: the demo has no OVHcloud account</source>
        <translation>non appliqué : la démo n'a pas de compte OVHcloud</translation>
    </message>
    <message>
        <source>not applied by the tool yet: use the "Apply the firewall" page or "firewall --apply"</source>
        <translation>pas encore appliqué par l'outil : utilisez la page « Application du pare-feu » ou « firewall --apply »</translation>
    </message>
    <message numerus="yes">
        <source>the spec changed since the last read or apply (%n node(s)): read the rules again</source>
        <translation>
            <numerusform>la spécification a changé depuis la dernière lecture ou application (%n nœud) : relisez les règles</numerusform>
            <numerusform>la spécification a changé depuis la dernière lecture ou application (%n nœuds) : relisez les règles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last apply did not finish on %n node(s)</source>
        <translation>
            <numerusform>la dernière application n'a pas abouti sur %n nœud</numerusform>
            <numerusform>la dernière application n'a pas abouti sur %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not be read on %n node(s)</source>
        <translation>
            <numerusform>lecture impossible sur %n nœud</numerusform>
            <numerusform>lecture impossible sur %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>pveha::FirewallApplyPage</name>
    <message>
        <source>• %1 (%2): the difference is read first, then applied</source>
        <translation>• %1 (%2) : la différence est d'abord lue, puis appliquée</translation>
    </message>
    <message numerus="yes">
        <source>delete %n rule(s)</source>
        <translation>
            <numerusform>supprimer %n règle</numerusform>
            <numerusform>supprimer %n règles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>create %n rule(s)</source>
        <translation>
            <numerusform>créer %n règle</numerusform>
            <numerusform>créer %n règles</numerusform>
        </translation>
    </message>
    <message>
        <source>enable the firewall</source>
        <translation>activer le pare-feu</translation>
    </message>
    <message>
        <source>• %1 (%2): %3</source>
        <translation>• %1 (%2) : %3</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>rien à changer</translation>
    </message>
    <message numerus="yes">
        <source>The Edge Network Firewall of %n node(s) will be changed through the OVHcloud API:</source>
        <translation>
            <numerusform>Le pare-feu Edge Network de %n nœud sera modifié par l'API OVHcloud :</numerusform>
            <numerusform>Le pare-feu Edge Network de %n nœuds sera modifié par l'API OVHcloud :</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the current rules first to see each change.</source>
        <translation>Lisez d'abord les règles actuelles pour voir chaque changement.</translation>
    </message>
    <message>
        <source>Apply the Edge firewall rules</source>
        <translation>Appliquer les règles du pare-feu Edge</translation>
    </message>
    <message numerus="yes">
        <source>Apply the rules on %n node(s)</source>
        <translation>
            <numerusform>Appliquer les règles sur %n nœud</numerusform>
            <numerusform>Appliquer les règles sur %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>A consumer key is requested with the application key: fill in the application key first (create it at the OVHcloud API page of your endpoint).</source>
        <translation>Une clé consommateur se demande avec la clé d'application : renseignez d'abord la clé d'application (créez-la sur la page de l'API OVHcloud de votre point d'accès).</translation>
    </message>
    <message>
        <source>The API endpoint "%1" is not an OVHcloud endpoint: choose ovh-eu, ovh-ca or ovh-us on the Firewall page.</source>
        <translation>Le point d'accès d'API « %1 » n'est pas un point d'accès OVHcloud : choisissez ovh-eu, ovh-ca ou ovh-us sur la page Pare-feu.</translation>
    </message>
    <message>
        <source>— Requesting a consumer key limited to the Edge firewall calls</source>
        <translation>— Demande d'une clé consommateur limitée aux appels du pare-feu Edge</translation>
    </message>
    <message>
        <source>The OVHcloud API answered without a consumer key or a validation address.</source>
        <translation>L'API OVHcloud a répondu sans clé consommateur ni adresse de validation.</translation>
    </message>
    <message>
        <source>Validation address: %1</source>
        <translation>Adresse de validation : %1</translation>
    </message>
    <message>
        <source>Validate the consumer key</source>
        <translation>Valider la clé consommateur</translation>
    </message>
    <message>
        <source>OVHcloud created a consumer key that may only read and change the Edge firewall of your addresses. It works once you validate it: open the address below, log in with the account that owns the servers, and confirm. Then read the current rules.</source>
        <translation>OVHcloud a créé une clé consommateur qui ne peut que lire et modifier le pare-feu Edge de vos adresses. Elle fonctionne une fois validée : ouvrez l'adresse ci-dessous, connectez-vous avec le compte propriétaire des serveurs, et confirmez. Lisez ensuite les règles actuelles.</translation>
    </message>
    <message>
        <source>&amp;Open the validation page</source>
        <translation>&amp;Ouvrir la page de validation</translation>
    </message>
    <message>
        <source>%1 (not an OVHcloud endpoint)</source>
        <translation>%1 (pas un point d'accès OVHcloud)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The spec leaves the Edge Network Firewall alone (provider "none" on the Firewall page): there is nothing to apply. Go on with Next.</source>
        <translation>La spécification ne touche pas au pare-feu Edge Network (fournisseur « none » sur la page Pare-feu) : il n'y a rien à appliquer. Continuez avec Suivant.</translation>
    </message>
    <message>
        <source>Demo: there is no OVHcloud account behind the demo, so the OVHcloud API is not called. Above are the rules each node's Edge firewall would get. Go on with Next.</source>
        <translation>Démo : aucun compte OVHcloud ne se trouve derrière la démo, l'API OVHcloud n'est donc pas appelée. Ci-dessus, les règles que recevrait le pare-feu Edge de chaque nœud. Continuez avec Suivant.</translation>
    </message>
    <message>
        <source>These rules would lock you out, so Apply is disabled: %1 Fix the sources on the Firewall page.</source>
        <translation>Ces règles vous enfermeraient dehors, « Appliquer » est donc désactivé : %1 Corrigez les sources sur la page Pare-feu.</translation>
    </message>
    <message>
        <source>Talking to the OVHcloud API, one node after the other…</source>
        <translation>Échange avec l'API OVHcloud, un nœud après l'autre…</translation>
    </message>
    <message>
        <source>The Edge firewall rules are applied and enabled on every node.</source>
        <translation>Les règles du pare-feu Edge sont appliquées et activées sur chaque nœud.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) differ from the wanted rules: Apply brings them in line. You may also go on and apply later.</source>
        <translation>
            <numerusform>%n nœud diffère des règles voulues : « Appliquer » le met en conformité. Vous pouvez aussi continuer et appliquer plus tard.</numerusform>
            <numerusform>%n nœuds diffèrent des règles voulues : « Appliquer » les met en conformité. Vous pouvez aussi continuer et appliquer plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every node's Edge firewall already holds the wanted rules and is enabled.</source>
        <translation>Le pare-feu Edge de chaque nœud contient déjà les règles voulues et il est activé.</translation>
    </message>
    <message>
        <source>Nothing read yet. Read the current rules to compare them, or go on with Next and apply the firewall later.</source>
        <translation>Rien n'a encore été lu. Lisez les règles actuelles pour les comparer, ou continuez avec Suivant et appliquez le pare-feu plus tard.</translation>
    </message>
    <message>
        <source>Apply the firewall</source>
        <translation>Application du pare-feu</translation>
    </message>
    <message>
        <source>Read the current rules first: nothing is changed until you press Apply and confirm.</source>
        <translation>Lisez d'abord les règles actuelles : rien n'est modifié tant que vous n'avez pas cliqué sur « Appliquer » et confirmé.</translation>
    </message>
    <message>
        <source>OVHcloud API keys</source>
        <translation>Clés de l'API OVHcloud</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point d'accès :</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>&amp;Clé d'application :</translation>
    </message>
    <message>
        <source>Application &amp;secret:</source>
        <translation>&amp;Secret d'application :</translation>
    </message>
    <message>
        <source>&amp;Consumer key:</source>
        <translation>Clé c&amp;onsommateur :</translation>
    </message>
    <message>
        <source>Re&amp;quest a consumer key…</source>
        <translation>&amp;Demander une clé consommateur…</translation>
    </message>
    <message>
        <source>Asks OVHcloud for a consumer key limited to the Edge firewall calls (needs the application key); you then validate it in your browser.</source>
        <translation>Demande à OVHcloud une clé consommateur limitée aux appels du pare-feu Edge (il faut la clé d'application) ; vous la validez ensuite dans votre navigateur.</translation>
    </message>
    <message>
        <source>The application key of the API application you created at OVHcloud (OVH_APPLICATION_KEY).</source>
        <translation>La clé de l'application d'API que vous avez créée chez OVHcloud (OVH_APPLICATION_KEY).</translation>
    </message>
    <message>
        <source>The application secret that goes with it (OVH_APPLICATION_SECRET). Kept in memory only.</source>
        <translation>Le secret d'application qui va avec (OVH_APPLICATION_SECRET). Gardé en mémoire seulement.</translation>
    </message>
    <message>
        <source>A validated consumer key allowed to call the /ip firewall API (OVH_CONSUMER_KEY). Kept in memory only.</source>
        <translation>Une clé consommateur validée, autorisée à appeler l'API de pare-feu /ip (OVH_CONSUMER_KEY). Gardée en mémoire seulement.</translation>
    </message>
    <message>
        <source>The keys stay in this window's memory: they are never written to the spec, the logs or the report. OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY fill them when set.</source>
        <translation>Les clés restent dans la mémoire de cette fenêtre : elles ne sont jamais écrites dans la spécification, les journaux ou le rapport. OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET et OVH_CONSUMER_KEY les remplissent quand elles sont définies.</translation>
    </message>
    <message>
        <source>&amp;Read the current rules</source>
        <translation>&amp;Lire les règles actuelles</translation>
    </message>
    <message>
        <source>&amp;Apply the rules…</source>
        <translation>&amp;Appliquer les règles…</translation>
    </message>
    <message>
        <source>application key</source>
        <translation>clé d'application</translation>
    </message>
    <message>
        <source>application secret</source>
        <translation>secret d'application</translation>
    </message>
    <message>
        <source>consumer key</source>
        <translation>clé consommateur</translation>
    </message>
    <message>
        <source>The OVHcloud API keys are incomplete (missing: %1). Fill them in above, or request a consumer key.</source>
        <translation>Les clés de l'API OVHcloud sont incomplètes (manquantes : %1). Renseignez-les ci-dessus, ou demandez une clé consommateur.</translation>
    </message>
    <message>
        <source>Nothing was applied: these rules would lock you out. %1 Fix the sources on the Firewall page.</source>
        <translation>Rien n'a été appliqué : ces règles vous enfermeraient dehors. %1 Corrigez les sources sur la page Pare-feu.</translation>
    </message>
    <message>
        <source>— Applying the Edge firewall rules through %1</source>
        <translation>— Application des règles du pare-feu Edge par %1</translation>
    </message>
    <message>
        <source>— Reading the Edge firewall rules through %1</source>
        <translation>— Lecture des règles du pare-feu Edge par %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The result could not be kept for the report: %1</source>
        <translation>Le résultat n'a pas pu être conservé pour le rapport : %1</translation>
    </message>
    <message>
        <source>Apply finished.</source>
        <translation>Application terminée.</translation>
    </message>
    <message>
        <source>Reading finished.</source>
        <translation>Lecture terminée.</translation>
    </message>
    <message numerus="yes">
        <source>The apply failed on %n node(s): the Result column says why and what was not applied. Fix the cause and apply again: what is in place is kept.</source>
        <translation>
            <numerusform>L'application a échoué sur %n nœud : la colonne Résultat dit pourquoi et ce qui n'a pas été appliqué. Corrigez la cause et appliquez de nouveau : ce qui est en place est conservé.</numerusform>
            <numerusform>L'application a échoué sur %n nœuds : la colonne Résultat dit pourquoi et ce qui n'a pas été appliqué. Corrigez la cause et appliquez de nouveau : ce qui est en place est conservé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) after it were not touched.</source>
        <translation>
            <numerusform>%n nœud suivant n'a pas été touché.</numerusform>
            <numerusform>%n nœuds suivants n'ont pas été touchés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The firewall of %n node(s) could not be read: %1</source>
        <translation>
            <numerusform>Le pare-feu de %n nœud n'a pas pu être lu : %1</numerusform>
            <numerusform>Le pare-feu de %n nœuds n'a pas pu être lu : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Each node's public address gets the Edge Network Firewall rules of the Firewall page, through the OVHcloud API. Recommended before deploying: the nodes sit on the public internet. You may also skip this page and run "pve-ha-installer firewall --spec FILE --apply" later.</source>
        <translation>L'adresse publique de chaque nœud reçoit les règles du pare-feu Edge Network de la page Pare-feu, par l'API OVHcloud. Recommandé avant le déploiement : les nœuds sont exposés sur Internet. Vous pouvez aussi passer cette page et lancer « pve-ha-installer firewall --spec FICHIER --apply » plus tard.</translation>
    </message>
    <message>
        <source>Applying, one node after the other…</source>
        <translation>Application, un nœud après l'autre…</translation>
    </message>
    <message>
        <source>Reading, one node after the other…</source>
        <translation>Lecture, un nœud après l'autre…</translation>
    </message>
    <message>
        <source>Nothing was kept for the report: the API gave no answer about the firewalls.</source>
        <translation>Rien n'a été conservé pour le rapport : l'API n'a rien répondu sur les pare-feu.</translation>
    </message>
    <message>
        <source>Rules cannot be edited in place: a rule that differs is deleted, then created again, one at a time, and the firewall is enabled last. When rules move to other priorities, each SSH and GUI permit is created at its new priority before its old one is deleted wherever that priority is free, so the admin and GUI sources listed before and after normally keep their access throughout. Other rules may be absent for a moment: keep the OVHcloud console (KVM/IPMI) at hand if your access depends on one of them.</source>
        <translation>Une règle ne peut pas être modifiée sur place : une règle différente est supprimée, puis recréée, une à la fois, et le pare-feu est activé en dernier. Quand des règles changent de priorité, chaque règle qui autorise SSH ou l'interface est créée à sa nouvelle priorité avant que l'ancienne soit supprimée, partout où cette priorité est libre : les sources d'administration et de l'interface présentes avant et après gardent donc normalement leur accès tout du long. D'autres règles peuvent manquer un instant : gardez la console OVHcloud (KVM/IPMI) à portée de main si votre accès dépend de l'une d'elles.</translation>
    </message>
</context>
<context>
    <name>pveha::FirewallCommand</name>
    <message>
        <source>wanted:</source>
        <translation>règles voulues :</translation>
    </message>
    <message>
        <source>Would be refused by --apply: %1</source>
        <translation>Serait refusé par --apply : %1</translation>
    </message>
    <message>
        <source>firewall.provider is "none": there is no Edge firewall to manage, so there is nothing to do.</source>
        <translation>firewall.provider vaut « none » : il n'y a aucun pare-feu Edge à gérer, donc rien à faire.</translation>
    </message>
    <message>
        <source>Demo: there is no OVHcloud account behind --demo, so the OVHcloud API is not called. These are the rules each node's Edge firewall would get; the current rules cannot be read.</source>
        <translation>Démonstration : il n'y a pas de compte OVHcloud derrière --demo, l'API OVHcloud n'est donc pas appelée. Voici les règles que recevrait le pare-feu Edge de chaque nœud ; les règles actuelles ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>Nothing was applied: --apply has no effect with --demo.</source>
        <translation>Rien n'a été appliqué : --apply n'a pas d'effet avec --demo.</translation>
    </message>
    <message>
        <source>--apply needs the OVHcloud API keys in the environment variables OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY (missing: %1). Nothing was changed.</source>
        <translation>--apply a besoin des clés d'API OVHcloud dans les variables d'environnement OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET et OVH_CONSUMER_KEY (manquantes : %1). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The current rules cannot be read without the OVHcloud API keys (set OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY; missing: %1). These are the rules each node's Edge firewall should get.</source>
        <translation>Les règles actuelles ne peuvent pas être lues sans les clés d'API OVHcloud (définissez OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET et OVH_CONSUMER_KEY ; manquantes : %1). Voici les règles que devrait recevoir le pare-feu Edge de chaque nœud.</translation>
    </message>
    <message>
        <source>firewall.apiEndpoint: "%1" is not an OVHcloud API endpoint (expected ovh-eu, ovh-ca, ovh-us or a base URL).</source>
        <translation>firewall.apiEndpoint : « %1 » n'est pas un point d'accès de l'API OVHcloud (attendu : ovh-eu, ovh-ca, ovh-us ou une URL de base).</translation>
    </message>
    <message>
        <source>The Edge firewall rules were not applied because they would lock you out:</source>
        <translation>Les règles du pare-feu Edge n'ont pas été appliquées, car elles vous enfermeraient dehors :</translation>
    </message>
    <message>
        <source>current: unknown</source>
        <translation>règles actuelles : inconnues</translation>
    </message>
    <message>
        <source>current: %1 is not on the Edge firewall yet</source>
        <translation>règles actuelles : %1 n'est pas encore sur le pare-feu Edge</translation>
    </message>
    <message>
        <source>current (firewall enabled):</source>
        <translation>règles actuelles (pare-feu activé) :</translation>
    </message>
    <message>
        <source>current (firewall disabled):</source>
        <translation>règles actuelles (pare-feu désactivé) :</translation>
    </message>
    <message>
        <source>difference: %1 to delete, %2 to create, %3 unchanged</source>
        <translation>différence : %1 à supprimer, %2 à créer, %3 inchangées</translation>
    </message>
    <message>
        <source>+ enable the firewall (last)</source>
        <translation>+ activer le pare-feu (en dernier)</translation>
    </message>
    <message>
        <source>applied: %1</source>
        <translation>appliqué : %1</translation>
    </message>
    <message>
        <source>NOT applied: %1</source>
        <translation>NON appliqué : %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. Run again with --apply to apply the difference.</source>
        <translation>Simulation : rien n'a été modifié. Relancez avec --apply pour appliquer la différence.</translation>
    </message>
    <message>
        <source>Summary: rules created: %1, deleted: %2, unchanged: %3; nodes that failed: %4.</source>
        <translation>Bilan : règles créées : %1, supprimées : %2, inchangées : %3 ; nœuds en échec : %4.</translation>
    </message>
</context>
<context>
    <name>pveha::FirewallPage</name>
    <message>
        <source>The Edge firewall is stateless: without this rule the replies to the nodes' own connections are dropped, so they cannot download packages and the deployment fails. Turn it off only if another rule lets those replies in.</source>
        <translation>Le pare-feu Edge est sans état : sans cette règle, les réponses aux connexions des nœuds eux-mêmes sont refusées ; ils ne peuvent donc pas télécharger de paquets et le déploiement échoue. Ne la désactivez que si une autre règle laisse entrer ces réponses.</translation>
    </message>
    <message>
        <source>Firewall rules</source>
        <translation>Règles du pare-feu</translation>
    </message>
    <message>
        <source>OVHcloud's Edge Network Firewall filters the public traffic before it reaches the nodes. Choose who may reach them; the rules are applied on a later page.</source>
        <translation>L'Edge Network Firewall d'OVHcloud filtre le trafic public avant qu'il n'atteigne les nœuds. Choisissez qui peut les joindre ; les règles sont appliquées sur une page ultérieure.</translation>
    </message>
    <message>
        <source>Who may reach the nodes</source>
        <translation>Qui peut joindre les nœuds</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>OVHcloud Edge Network Firewall</source>
        <translation>Edge Network Firewall d'OVHcloud</translation>
    </message>
    <message>
        <source>None (I protect the nodes myself)</source>
        <translation>Aucun (je protège les nœuds moi-même)</translation>
    </message>
    <message>
        <source>The firewall the assistant configures; the example uses the OVHcloud Edge Network Firewall.</source>
        <translation>Le pare-feu que configure l'assistant ; l'exemple utilise l'Edge Network Firewall d'OVHcloud.</translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation>Point d'a&amp;ccès de l'API :</translation>
    </message>
    <message>
        <source>The OVHcloud API that holds your account: ovh-eu (Europe, the example), ovh-ca (Canada), ovh-us (USA), or a base URL such as https://eu.api.ovh.com/1.0.</source>
        <translation>L'API OVHcloud qui héberge votre compte : ovh-eu (Europe, l'exemple), ovh-ca (Canada), ovh-us (États-Unis), ou une URL de base comme https://eu.api.ovh.com/1.0.</translation>
    </message>
    <message>
        <source>&amp;GUI sources (port 8006):</source>
        <translation>Sources de l'interface &amp;web (port 8006) :</translation>
    </message>
    <message>
        <source>Who may open the Proxmox web interface, as IPv4 CIDRs separated by commas; the example allows everyone: 0.0.0.0/0. Each entry takes one rule.</source>
        <translation>Qui peut ouvrir l'interface web de Proxmox, sous forme de CIDR IPv4 séparés par des virgules ; l'exemple autorise tout le monde : 0.0.0.0/0. Chaque entrée occupe une règle.</translation>
    </message>
    <message>
        <source>&amp;Admin sources (SSH):</source>
        <translation>Sources d'&amp;administration (SSH) :</translation>
    </message>
    <message>
        <source>Who may reach SSH, as IPv4 CIDRs separated by commas, for example 198.51.100.7/32. Include your own address, or the firewall locks you out. Each entry takes one rule.</source>
        <translation>Qui peut joindre SSH, sous forme de CIDR IPv4 séparés par des virgules, par exemple 198.51.100.7/32. Incluez votre propre adresse, sinon le pare-feu vous enfermera dehors. Chaque entrée occupe une règle.</translation>
    </message>
    <message>
        <source>Allow all IPv4 traffic between the nodes' public addresses (&amp;inter-node)</source>
        <translation>Autoriser tout le trafic IPv4 entre les adresses publiques des nœuds (&amp;inter-nœuds)</translation>
    </message>
    <message>
        <source>One rule per other node; on in the example.</source>
        <translation>Une règle par autre nœud ; activé dans l'exemple.</translation>
    </message>
    <message>
        <source>Allow the replies to the nodes' own connections (&amp;TCP established)</source>
        <translation>Autoriser les réponses aux connexions des nœuds eux-mêmes (TCP &amp;established)</translation>
    </message>
    <message>
        <source>One rule that lets in TCP packets of connections the nodes opened, such as package downloads; on in the example.</source>
        <translation>Une règle qui laisse entrer les paquets TCP des connexions ouvertes par les nœuds, comme les téléchargements de paquets ; activé dans l'exemple.</translation>
    </message>
    <message>
        <source>Extra rules (optional):</source>
        <translation>Règles supplémentaires (facultatives) :</translation>
    </message>
    <message>
        <source>Each node's rules, as they will be sent</source>
        <translation>Les règles de chaque nœud, telles qu'elles seront envoyées</translation>
    </message>
    <message>
        <source>No Edge firewall will be configured: the nodes' public ports stay as open as they are now.</source>
        <translation>Aucun pare-feu Edge ne sera configuré : les ports publics des nœuds restent aussi ouverts qu'ils le sont actuellement.</translation>
    </message>
</context>
<context>
    <name>pveha::FirewallValidator</name>
    <message>
        <source>No address may reach SSH, so the Edge firewall would lock you out of every node (add your own public IPv4 address, such as 198.51.100.7/32).</source>
        <translation>Aucune adresse ne peut joindre SSH : le pare-feu Edge vous enfermerait dehors sur tous les nœuds (ajoutez votre propre adresse IPv4 publique, par exemple 198.51.100.7/32).</translation>
    </message>
    <message>
        <source>%1 is listed twice (each entry takes one of the 20 firewall rules).</source>
        <translation>%1 figure deux fois (chaque entrée occupe l'une des 20 règles du pare-feu).</translation>
    </message>
    <message>
        <source>%1 is not a usable rule sequence (expected a whole number from 0 to 18; 19 holds the final rule that drops everything else).</source>
        <translation>%1 n'est pas un numéro de règle utilisable (attendu : un entier de 0 à 18 ; la 19 porte la règle finale qui refuse tout le reste).</translation>
    </message>
    <message>
        <source>Sequence %1 is already used by firewall.extraRules[%2] (each rule needs its own sequence).</source>
        <translation>Le numéro %1 est déjà utilisé par firewall.extraRules[%2] (chaque règle a besoin de son propre numéro).</translation>
    </message>
    <message>
        <source>%1 is not a firewall action (expected permit or deny).</source>
        <translation>%1 n'est pas une action de pare-feu (attendu : permit ou deny).</translation>
    </message>
    <message>
        <source>%1 is not a protocol the Edge firewall knows (expected ah, esp, gre, icmp, ipv4, tcp or udp).</source>
        <translation>%1 n'est pas un protocole connu du pare-feu Edge (attendu : ah, esp, gre, icmp, ipv4, tcp ou udp).</translation>
    </message>
    <message>
        <source>%1 is not a valid port (expected a whole number from 0 to 65535).</source>
        <translation>%1 n'est pas un port valide (attendu : un entier de 0 à 65535).</translation>
    </message>
    <message>
        <source>A port only applies to tcp or udp, but this rule's protocol is %1 (remove the port or change the protocol).</source>
        <translation>Un port ne s'applique qu'à tcp ou udp, or le protocole de cette règle est %1 (retirez le port ou changez le protocole).</translation>
    </message>
    <message>
        <source>%1 contains a control character such as a newline (expected one line of text).</source>
        <translation>%1 contient un caractère de contrôle comme un saut de ligne (attendu : une seule ligne de texte).</translation>
    </message>
    <message>
        <source>Node %1 would need %2 Edge firewall rules, but OVHcloud allows %3 per address (sequences 0 to 19): list fewer guiSources, adminSources or extraRules, or use wider CIDRs.</source>
        <translation>Le nœud %1 aurait besoin de %2 règles de pare-feu Edge, mais OVHcloud en autorise %3 par adresse (numéros 0 à 19) : indiquez moins de guiSources, adminSources ou extraRules, ou des CIDR plus larges.</translation>
    </message>
    <message>
        <source>%1 is not an OVHcloud API endpoint (expected ovh-eu, ovh-ca, ovh-us, or a base URL such as https://eu.api.ovh.com/1.0; plain http only towards this machine).</source>
        <translation>%1 n'est pas un point d'accès de l'API OVHcloud (attendu : ovh-eu, ovh-ca, ovh-us, ou une URL de base comme https://eu.api.ovh.com/1.0 ; http simple uniquement vers cette machine).</translation>
    </message>
</context>
<context>
    <name>pveha::HaStatus</name>
    <message>
        <source>The line "%1" of ha-manager status could not be read.</source>
        <translation>La ligne « %1 » de ha-manager status n'a pas pu être lue.</translation>
    </message>
    <message>
        <source>The output of ha-manager status is empty.</source>
        <translation>La sortie de ha-manager status est vide.</translation>
    </message>
    <message>
        <source>The output of ha-manager status has no quorum line.</source>
        <translation>La sortie de ha-manager status n'a pas de ligne quorum.</translation>
    </message>
</context>
<context>
    <name>pveha::HealthBanner</name>
    <message>
        <source>Not read yet</source>
        <translation>Pas encore lu</translation>
    </message>
    <message>
        <source>The state of the cluster is being read from every node.</source>
        <translation>L'état du cluster est en cours de lecture sur chaque nœud.</translation>
    </message>
    <message>
        <source>Ceph reports %1 (read on %2).</source>
        <translation>Ceph signale %1 (lu sur %2).</translation>
    </message>
    <message>
        <source>Ceph's status could not be read on any node.</source>
        <translation>L'état de Ceph n'a pu être lu sur aucun nœud.</translation>
    </message>
    <message>
        <source>Ceph, the RAID arrays, HA and the storages are all fine.</source>
        <translation>Ceph, les grappes RAID, la HA et les stockages vont tous bien.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) need attention; each one says what to do.</source>
        <translation>
            <numerusform>%n point demande votre attention ; il indique ce qu'il faut faire.</numerusform>
            <numerusform>%n points demandent votre attention ; chacun indique ce qu'il faut faire.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
</context>
<context>
    <name>pveha::HealthCharts</name>
    <message>
        <source>&lt; 1</source>
        <translation>&lt; 1</translation>
    </message>
    <message>
        <source>Used (%1 %):&lt;br&gt;%2</source>
        <translation>Utilisé (%1 %) :&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Available:&lt;br&gt;%1</source>
        <translation>Disponible :&lt;br&gt;%1</translation>
    </message>
    <message>
        <source> (rounded)</source>
        <translation> (arrondie)</translation>
    </message>
    <message>
        <source>Ceph capacity: %1 raw%2</source>
        <translation>Capacité brute de Ceph : %1%2</translation>
    </message>
    <message>
        <source>Ceph capacity: not known</source>
        <translation>Capacité brute de Ceph : inconnue</translation>
    </message>
    <message numerus="yes">
        <source>Placement groups: %n in total</source>
        <translation>
            <numerusform>Groupes de placement : %n au total</numerusform>
            <numerusform>Groupes de placement : %n au total</numerusform>
        </translation>
    </message>
    <message>
        <source>Placement groups: not known</source>
        <translation>Groupes de placement : nombre inconnu</translation>
    </message>
    <message>
        <source>OSDs up</source>
        <translation>OSD up</translation>
    </message>
    <message>
        <source>OSDs in</source>
        <translation>OSD in</translation>
    </message>
    <message>
        <source>Monitors in quorum</source>
        <translation>Moniteurs dans le quorum</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En fonctionnement</translation>
    </message>
    <message>
        <source>Down, out or out of quorum</source>
        <translation>Down, out ou hors quorum</translation>
    </message>
    <message>
        <source>OSDs (%1) and monitors (%2)</source>
        <translation>OSD (%1) et moniteurs (%2)</translation>
    </message>
    <message>
        <source>OSDs and monitors: not known</source>
        <translation>OSD et moniteurs : inconnus</translation>
    </message>
</context>
<context>
    <name>pveha::HealthCommand</name>
    <message>
        <source>Overall: %1</source>
        <translation>État global : %1</translation>
    </message>
    <message>
        <source>Ceph: %1, monitors %2/%3 in quorum, OSDs %4 up / %5 in / %6, %7 PGs</source>
        <translation>Ceph : %1, moniteurs %2/%3 dans le quorum, OSD %4 up / %5 in / %6, %7 PG</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>injoignable : %1</translation>
    </message>
    <message>
        <source>(not collected)</source>
        <translation>(non collecté)</translation>
    </message>
</context>
<context>
    <name>pveha::HealthEvaluator</name>
    <message>
        <source>No node was examined, so the cluster's health is unknown.</source>
        <translation>Aucun nœud n'a été examiné : la santé du cluster est donc inconnue.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 n'a pas pu être joint : %2</translation>
    </message>
    <message>
        <source>Check that %1 is powered on and that SSH answers on it.</source>
        <translation>Vérifiez que %1 est allumé et que SSH y répond.</translation>
    </message>
    <message>
        <source>The output of %1 on %2 could not be read: the command was not run.</source>
        <translation>La sortie de %1 sur %2 n'a pas pu être lue : la commande n'a pas été exécutée.</translation>
    </message>
    <message>
        <source>The output of %1 on %2 could not be read: the command failed with exit code %3 (%4).</source>
        <translation>La sortie de %1 sur %2 n'a pas pu être lue : la commande a échoué avec le code de sortie %3 (%4).</translation>
    </message>
    <message>
        <source>The output of %1 on %2 could not be read: %3</source>
        <translation>La sortie de %1 sur %2 n'a pas pu être lue : %3</translation>
    </message>
    <message>
        <source>Run pvecm status and corosync-cfgtool -s on each node to see which corosync links are down.</source>
        <translation>Lancez pvecm status et corosync-cfgtool -s sur chaque nœud pour voir quels liens corosync sont coupés.</translation>
    </message>
    <message>
        <source>The Proxmox cluster has no quorum: its configuration is read-only and HA cannot recover anything.</source>
        <translation>Le cluster Proxmox n'a pas le quorum : sa configuration est en lecture seule et la HA ne peut rien rétablir.</translation>
    </message>
    <message>
        <source>%1 has lost the cluster's quorum; if it runs HA resources, its watchdog will restart it.</source>
        <translation>%1 a perdu le quorum du cluster ; s'il exécute des ressources HA, son watchdog va le redémarrer.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 expected cluster votes are present: a node is missing.</source>
        <translation>Seuls %1 des %2 votes attendus du cluster sont présents : un nœud manque.</translation>
    </message>
    <message>
        <source>The output of ha-manager status could not be read on any node.</source>
        <translation>La sortie de ha-manager status n'a pu être lue sur aucun nœud.</translation>
    </message>
    <message>
        <source>Run ha-manager status on a node and check that pve-ha-crm and pve-ha-lrm run: systemctl status pve-ha-crm pve-ha-lrm.</source>
        <translation>Lancez ha-manager status sur un nœud et vérifiez que pve-ha-crm et pve-ha-lrm tournent : systemctl status pve-ha-crm pve-ha-lrm.</translation>
    </message>
    <message>
        <source>The HA master %1 has not updated its status for a while.</source>
        <translation>Le maître HA %1 n'a pas mis à jour son état depuis un moment.</translation>
    </message>
    <message>
        <source>Check that %1 is up and that pve-ha-crm runs on it: systemctl status pve-ha-crm.</source>
        <translation>Vérifiez que %1 est en marche et que pve-ha-crm y tourne : systemctl status pve-ha-crm.</translation>
    </message>
    <message>
        <source>No HA master is elected although HA resources are configured.</source>
        <translation>Aucun maître HA n'est élu alors que des ressources HA sont configurées.</translation>
    </message>
    <message>
        <source>Check that pve-ha-crm runs on every node: systemctl status pve-ha-crm.</source>
        <translation>Vérifiez que pve-ha-crm tourne sur chaque nœud : systemctl status pve-ha-crm.</translation>
    </message>
    <message>
        <source>Check that %1 is up and that pve-ha-lrm runs on it: systemctl status pve-ha-lrm.</source>
        <translation>Vérifiez que %1 est en marche et que pve-ha-lrm y tourne : systemctl status pve-ha-lrm.</translation>
    </message>
    <message>
        <source>The HA resource manager of %1 has not reported for more than 30 seconds: is the node down?</source>
        <translation>Le gestionnaire local de ressources HA (LRM) de %1 ne s'est pas manifesté depuis plus de 30 secondes : le nœud est-il arrêté ?</translation>
    </message>
    <message>
        <source>HA detected a time drift on %1: its clock is ahead of the others.</source>
        <translation>La HA a détecté une dérive d'horloge sur %1 : son horloge est en avance sur celles des autres.</translation>
    </message>
    <message>
        <source>Check that chrony (or another NTP client) runs and is synchronised on every node: chronyc tracking.</source>
        <translation>Vérifiez que chrony (ou un autre client NTP) tourne et est synchronisé sur chaque nœud : chronyc tracking.</translation>
    </message>
    <message>
        <source>The status of the HA resource manager of %1 could not be read.</source>
        <translation>L'état du gestionnaire local de ressources HA (LRM) de %1 n'a pas pu être lu.</translation>
    </message>
    <message>
        <source>%1 is in HA maintenance mode: its HA resources have moved away.</source>
        <translation>%1 est en mode maintenance HA : ses ressources HA ont été déplacées ailleurs.</translation>
    </message>
    <message>
        <source>When the maintenance is over, run ha-manager node-maintenance disable %1.</source>
        <translation>Une fois la maintenance terminée, lancez ha-manager node-maintenance disable %1.</translation>
    </message>
    <message>
        <source>The HA resource manager of %1 lost its lock: the node may be fenced.</source>
        <translation>Le gestionnaire local de ressources HA (LRM) de %1 a perdu son verrou : le nœud risque d'être isolé (fencing).</translation>
    </message>
    <message>
        <source>The HA resource %1 is in the error state on %2.</source>
        <translation>La ressource HA %1 est dans l'état d'erreur (error) sur %2.</translation>
    </message>
    <message>
        <source>Find the cause with journalctl -u pve-ha-lrm on %2, then run ha-manager set %1 --state disabled and ha-manager set %1 --state started.</source>
        <translation>Trouvez la cause avec journalctl -u pve-ha-lrm sur %2, puis lancez ha-manager set %1 --state disabled et ha-manager set %1 --state started.</translation>
    </message>
    <message>
        <source>The HA resource %1 waits for its node %2 to be fenced.</source>
        <translation>La ressource HA %1 attend que son nœud %2 soit isolé (fencing).</translation>
    </message>
    <message>
        <source>The node is being isolated by its watchdog; the resource restarts on another node once the node's lock expires (about 2 minutes).</source>
        <translation>Le nœud est en cours d'isolation par son watchdog ; la ressource redémarre sur un autre nœud dès que le verrou du nœud expire (environ 2 minutes).</translation>
    </message>
    <message>
        <source>The HA resource %1 is being recovered from the failed node %2.</source>
        <translation>La ressource HA %1 est en cours de récupération depuis le nœud défaillant %2.</translation>
    </message>
    <message>
        <source>If it stays in recovery, check that another node allowed for it is online and reaches its storage.</source>
        <translation>Si elle reste en récupération, vérifiez qu'un autre nœud autorisé pour elle est en ligne et joint son stockage.</translation>
    </message>
    <message>
        <source>The HA resource %1 is frozen on %2 while its node shuts down or restarts.</source>
        <translation>La ressource HA %1 est gelée sur %2 pendant l'arrêt ou le redémarrage de son nœud.</translation>
    </message>
    <message>
        <source>The storage %1 (%2) is inactive on %3.</source>
        <translation>Le stockage %1 (%2) est inactif sur %3.</translation>
    </message>
    <message>
        <source>The storage %1 (%2) is in an unknown state on %3.</source>
        <translation>Le stockage %1 (%2) est dans un état inconnu sur %3.</translation>
    </message>
    <message>
        <source>Run pvesm status on %1 and check the storage's backend (for rbd: ceph -s; for nfs: the server and the network).</source>
        <translation>Lancez pvesm status sur %1 et vérifiez le backend du stockage (pour rbd : ceph -s ; pour nfs : le serveur et le réseau).</translation>
    </message>
    <message>
        <source>Find the down OSD with ceph osd tree, then on its node look at systemctl status ceph-osd@N (N is the OSD's number) and at the disk under it (cat /proc/mdstat).</source>
        <translation>Trouvez l'OSD arrêté avec ceph osd tree, puis, sur son nœud, regardez systemctl status ceph-osd@N (N est le numéro de l'OSD) et le disque en dessous (cat /proc/mdstat).</translation>
    </message>
    <message>
        <source>Let Ceph finish its recovery (ceph -s shows the progress); if it does not move, check that every OSD is up with ceph osd tree.</source>
        <translation>Laissez Ceph terminer sa récupération (ceph -s montre l'avancement) ; si elle n'avance pas, vérifiez avec ceph osd tree que chaque OSD est up.</translation>
    </message>
    <message>
        <source>On the node of the missing monitor, look at systemctl status ceph-mon@NODE (NODE is the node's name).</source>
        <translation>Sur le nœud du moniteur manquant, regardez systemctl status ceph-mon@NODE (NODE est le nom du nœud).</translation>
    </message>
    <message>
        <source>Create the OSDs: pve-ha-installer deploy --only osd.</source>
        <translation>Créez les OSD : pve-ha-installer deploy --only osd.</translation>
    </message>
    <message>
        <source>Tag the pool with its use: ceph osd pool application enable POOL rbd.</source>
        <translation>Indiquez l'usage du pool : ceph osd pool application enable POOL rbd.</translation>
    </message>
    <message>
        <source>Free space (delete unused disks and snapshots) or add capacity before Ceph stops writes.</source>
        <translation>Libérez de l'espace (supprimez les disques et snapshots inutilisés) ou ajoutez de la capacité avant que Ceph ne bloque les écritures.</translation>
    </message>
    <message>
        <source>Read the crash reports with ceph crash ls, then acknowledge them with ceph crash archive-all.</source>
        <translation>Lisez les rapports de plantage avec ceph crash ls, puis acquittez-les avec ceph crash archive-all.</translation>
    </message>
    <message>
        <source>osd.%1 is %2 and belongs to no host.</source>
        <translation>osd.%1 est %2 et n'appartient à aucun hôte.</translation>
    </message>
    <message>
        <source>On %1, look at systemctl status ceph-osd@%2 and at the RAID array under it (cat /proc/mdstat).</source>
        <translation>Sur %1, regardez systemctl status ceph-osd@%2 et la grappe RAID en dessous (cat /proc/mdstat).</translation>
    </message>
    <message>
        <source>The state of Ceph could not be read on any node.</source>
        <translation>L'état de Ceph n'a pu être lu sur aucun nœud.</translation>
    </message>
    <message>
        <source>The state of Ceph could not be read on any node: %1</source>
        <translation>L'état de Ceph n'a pu être lu sur aucun nœud : %1</translation>
    </message>
    <message>
        <source>Run ceph -s on a node: if it hangs, the monitors have lost their quorum; check systemctl status ceph-mon@NODE on each node.</source>
        <translation>Lancez ceph -s sur un nœud : s'il reste bloqué, les moniteurs ont perdu leur quorum ; vérifiez systemctl status ceph-mon@NODE sur chaque nœud.</translation>
    </message>
    <message>
        <source>Ceph reports %1: %2</source>
        <translation>Ceph signale %1 : %2</translation>
    </message>
    <message>
        <source>Ceph reports HEALTH_ERR.</source>
        <translation>Ceph signale HEALTH_ERR.</translation>
    </message>
    <message>
        <source>Run ceph health detail on a node to see why.</source>
        <translation>Lancez ceph health detail sur un nœud pour en connaître la raison.</translation>
    </message>
    <message>
        <source>Ceph reports HEALTH_WARN.</source>
        <translation>Ceph signale HEALTH_WARN.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 Ceph monitors are in quorum, fewer than the majority Ceph needs to serve data.</source>
        <translation>Seuls %1 des %2 moniteurs Ceph sont dans le quorum, moins que la majorité dont Ceph a besoin pour servir les données.</translation>
    </message>
    <message>
        <source>%1 of the %2 Ceph monitors are in quorum; the majority is kept.</source>
        <translation>%1 des %2 moniteurs Ceph sont dans le quorum ; la majorité est conservée.</translation>
    </message>
    <message>
        <source>%1 of the %2 Ceph monitors are in quorum; the majority is kept. Out of quorum: %3.</source>
        <translation>%1 des %2 moniteurs Ceph sont dans le quorum ; la majorité est conservée. Hors quorum : %3.</translation>
    </message>
    <message>
        <source>Ceph has no OSD yet, so it cannot store anything.</source>
        <translation>Ceph n'a encore aucun OSD : il ne peut donc rien stocker.</translation>
    </message>
    <message>
        <source>Once the OSD works again, bring it back with ceph osd in N (N is the OSD's number).</source>
        <translation>Une fois l'OSD de nouveau fonctionnel, réintégrez-le avec ceph osd in N (N est le numéro de l'OSD).</translation>
    </message>
    <message>
        <source>Run mdadm --detail /dev/%1 on %2 to find the failed disk, replace it, then add the new one with mdadm --manage /dev/%1 --add /dev/sdX.</source>
        <translation>Lancez mdadm --detail /dev/%1 sur %2 pour trouver le disque défaillant, remplacez-le, puis ajoutez le nouveau avec mdadm --manage /dev/%1 --add /dev/sdX.</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 is inactive: its data is not available.</source>
        <translation>La grappe RAID %1 sur %2 est inactive : ses données ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Look at mdadm --detail /dev/%1 and at the kernel log (dmesg) on %2; mdadm --assemble --scan starts the arrays listed in /etc/mdadm/mdadm.conf.</source>
        <translation>Regardez mdadm --detail /dev/%1 et le journal du noyau (dmesg) sur %2 ; mdadm --assemble --scan démarre les grappes listées dans /etc/mdadm/mdadm.conf.</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 (%3) has lost %4 of its %5 disks, more than it can survive: its data is not available.</source>
        <translation>La grappe RAID %1 sur %2 (%3) a perdu %4 de ses %5 disques, plus qu'elle ne peut en supporter : ses données ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 is rebuilding onto a disk: %3% done, about %4 minutes left. It has no redundancy until then.</source>
        <translation>La grappe RAID %1 sur %2 se reconstruit sur un disque : %3 % effectués, environ %4 minutes restantes. Elle n'a pas de redondance d'ici là.</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 is rebuilding onto a disk: %3% done. It has no redundancy until then.</source>
        <translation>La grappe RAID %1 sur %2 se reconstruit sur un disque : %3 % effectués. Elle n'a pas de redondance d'ici là.</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 waits to rebuild onto a disk (%3). It has no redundancy until then.</source>
        <translation>La grappe RAID %1 sur %2 attend de se reconstruire sur un disque (%3). Elle n'a pas de redondance d'ici là.</translation>
    </message>
    <message>
        <source>Nothing to do but wait: the array works meanwhile; cat /proc/mdstat shows the progress.</source>
        <translation>Il n'y a qu'à attendre : la grappe fonctionne pendant ce temps ; cat /proc/mdstat montre l'avancement.</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 is being reshaped: %3% done.</source>
        <translation>La grappe RAID %1 sur %2 est en cours de remodelage (reshape) : %3 % effectués.</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 is resynchronising its disks: %3% done.</source>
        <translation>La grappe RAID %1 sur %2 resynchronise ses disques : %3 % effectués.</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 waits to resynchronise its disks (%3).</source>
        <translation>La grappe RAID %1 sur %2 attend de resynchroniser ses disques (%3).</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 is degraded: %3 of its %4 disks work.</source>
        <translation>La grappe RAID %1 sur %2 est dégradée : %3 de ses %4 disques fonctionnent.</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 is degraded: %3 of its %4 disks work [%5].</source>
        <translation>La grappe RAID %1 sur %2 est dégradée : %3 de ses %4 disques fonctionnent [%5].</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 still lists failed disks: %3.</source>
        <translation>La grappe RAID %1 sur %2 liste encore des disques défaillants : %3.</translation>
    </message>
    <message>
        <source>Remove them with mdadm --manage /dev/%1 --remove failed on %2, then replace the disks.</source>
        <translation>Retirez-les avec mdadm --manage /dev/%1 --remove failed sur %2, puis remplacez les disques.</translation>
    </message>
    <message>
        <source>Ceph OSDs down: %1 of %2.</source>
        <translation>OSD Ceph arrêtés (down) : %1 sur %2.</translation>
    </message>
    <message>
        <source>Ceph OSDs out of the cluster: %1 of %2; Ceph moves their data to the others.</source>
        <translation>OSD Ceph sortis du cluster (out) : %1 sur %2 ; Ceph déplace leurs données vers les autres.</translation>
    </message>
    <message>
        <source>Data on these placement groups can be neither read nor written: bring the down OSDs back first (ceph osd tree shows them; systemctl start ceph-osd@N on their node).</source>
        <translation>Les données de ces groupes de placement ne peuvent être ni lues ni écrites : remettez d'abord en service les OSD arrêtés (ceph osd tree les montre ; systemctl start ceph-osd@N sur leur nœud).</translation>
    </message>
</context>
<context>
    <name>pveha::HealthPage</name>
    <message>
        <source>Read at %1.</source>
        <translation>Lu à %1.</translation>
    </message>
    <message>
        <source>No cluster to watch yet: deploy it first.</source>
        <translation>Aucun cluster à surveiller pour l'instant : déployez-le d'abord.</translation>
    </message>
    <message>
        <source>Reading the state of every node…</source>
        <translation>Lecture de l'état de chaque nœud…</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Pas encore lu.</translation>
    </message>
    <message>
        <source>Last refresh at %1; paused.</source>
        <translation>Dernière actualisation à %1 ; en pause.</translation>
    </message>
    <message numerus="yes">
        <source>Last refresh at %1; next in %n second(s).</source>
        <translation>
            <numerusform>Dernière actualisation à %1 ; prochaine dans %n seconde.</numerusform>
            <numerusform>Dernière actualisation à %1 ; prochaine dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>What the cluster became: Ceph, the RAID arrays, HA and the storages, read from every node and refreshed on their own.</source>
        <translation>Ce qu'est devenu le cluster : Ceph, les grappes RAID, la HA et les stockages, lus sur chaque nœud et actualisés automatiquement.</translation>
    </message>
    <message>
        <source>Refresh &amp;every</source>
        <translation>Actualiser toutes &amp;les</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How often every node is asked for its state, in seconds (for example 10). Each refresh runs a few read-only commands.</source>
        <translation>La fréquence à laquelle chaque nœud est interrogé sur son état, en secondes (par exemple 10). Chaque actualisation exécute quelques commandes en lecture seule.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en pa&amp;use</translation>
    </message>
    <message>
        <source>Refresh again at the interval.</source>
        <translation>Reprendre l'actualisation à l'intervalle choisi.</translation>
    </message>
    <message>
        <source>Stop refreshing; what is shown stays.</source>
        <translation>Interrompre l'actualisation ; ce qui est affiché reste visible.</translation>
    </message>
    <message>
        <source>Refresh &amp;now</source>
        <translation>Actualiser &amp;maintenant</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>HA and storage</source>
        <translation>HA et stockage</translation>
    </message>
    <message>
        <source>Raw outputs</source>
        <translation>Sorties brutes</translation>
    </message>
</context>
<context>
    <name>pveha::HealthTables</name>
    <message>
        <source>HA services</source>
        <translation>Services HA</translation>
    </message>
    <message>
        <source>Local resource managers (one per node)</source>
        <translation>Gestionnaires locaux de ressources (LRM, un par nœud)</translation>
    </message>
    <message>
        <source>Proxmox storages (pvesm status on each node)</source>
        <translation>Stockages Proxmox (pvesm status sur chaque nœud)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Used / total</source>
        <translation>Utilisé / total</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Pas encore lu.</translation>
    </message>
    <message>
        <source>The HA status could not be read on any node.</source>
        <translation>L'état de la HA n'a pu être lu sur aucun nœud.</translation>
    </message>
    <message>
        <source>Quorum: %1. HA master: %2 (%3), as read on %4.</source>
        <translation>Quorum : %1. Maître HA : %2 (%3), lu sur %4.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Quorum: %1. No HA master yet (no resource is managed), as read on %2.</source>
        <translation>Quorum : %1. Pas encore de maître HA (aucune ressource n'est gérée), lu sur %2.</translation>
    </message>
    <message>
        <source>%1 — dead (no update for over 30 s)</source>
        <translation>%1 — mort (aucune mise à jour depuis plus de 30 s)</translation>
    </message>
    <message>
        <source>%1 — time drift detected</source>
        <translation>%1 — dérive d'horloge détectée</translation>
    </message>
    <message>
        <source>%1 / %2 (%3 %)</source>
        <translation>%1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>not mounted or disabled</source>
        <translation>non monté ou désactivé</translation>
    </message>
</context>
<context>
    <name>pveha::Html</name>
    <message>
        <source>(empty output)</source>
        <translation>(sortie vide)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>attention</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>skipped (already done)</source>
        <translation>sauté (déjà fait)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
</context>
<context>
    <name>pveha::I18n</name>
    <message>
        <source>; </source>
        <comment>between the clauses of one sentence</comment>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>pveha::InlineMessage</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A status word and a message, e.g. "Problem: "10.0.0" is not an IPv4 address".</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>pveha::InstallerWizard</name>
    <message>
        <source>Proxmox VE HA cluster installer — demo (simulated nodes)</source>
        <translation>Installateur de cluster HA Proxmox VE — démonstration (nœuds simulés)</translation>
    </message>
    <message>
        <source>Proxmox VE HA cluster installer</source>
        <translation>Installateur de cluster HA Proxmox VE</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open a cluster spec</source>
        <translation>Ouvrir une spécification de cluster</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 could not be opened. The current spec is unchanged.</source>
        <translation>%1 n'a pas pu être ouvert. La spécification actuelle est inchangée.</translation>
    </message>
    <message>
        <source>%1 was opened, but some values must be fixed on the pages before going on (%2):</source>
        <translation>%1 a été ouvert, mais certaines valeurs doivent être corrigées sur les pages avant de continuer (%2) :</translation>
    </message>
    <message>
        <source>%1 was opened. Some fields are unknown and were ignored; check their spelling:</source>
        <translation>%1 a été ouvert. Certains champs sont inconnus et ont été ignorés ; vérifiez leur orthographe :</translation>
    </message>
    <message>
        <source>Replace the cluster spec</source>
        <translation>Remplacer la spécification du cluster</translation>
    </message>
    <message>
        <source>The current cluster spec has changes that are not saved. Replace it anyway?</source>
        <translation>La spécification actuelle du cluster a des modifications non enregistrées. La remplacer quand même ?</translation>
    </message>
    <message>
        <source>Quit the installer</source>
        <translation>Quitter l'installateur</translation>
    </message>
    <message>
        <source>The cluster spec has changes that are not saved. Quit anyway and lose them?</source>
        <translation>La spécification du cluster a des modifications non enregistrées. Quitter quand même et les perdre ?</translation>
    </message>
    <message>
        <source>A deployment is running. Stop it and quit? What is done stays done; running the deployment again later resumes it.</source>
        <translation>Un déploiement est en cours. L'arrêter et quitter ? Ce qui est fait reste fait ; relancer le déploiement plus tard le reprendra.</translation>
    </message>
    <message>
        <source>The nodes are being checked. Stop and quit?</source>
        <translation>Les nœuds sont en cours de vérification. Arrêter et quitter ?</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;L'ouvrir</translation>
    </message>
    <message>
        <source>The Edge firewall is being read or changed through the OVHcloud API. Wait until it has finished (it stops by itself): quitting in the middle could leave a node's firewall half-applied.</source>
        <translation>Le pare-feu Edge est en cours de lecture ou de modification par l'API OVHcloud. Attendez la fin (elle vient d'elle-même) : quitter en plein milieu pourrait laisser le pare-feu d'un nœud à moitié appliqué.</translation>
    </message>
</context>
<context>
    <name>pveha::KnownHosts</name>
    <message>
        <source>Node %1 (%2 port %3) sent no usable host key.</source>
        <translation>Le nœud %1 (%2 port %3) n'a envoyé aucune clé d'hôte utilisable.</translation>
    </message>
    <message>
        <source>(not readable from %1)</source>
        <translation>(illisible depuis %1)</translation>
    </message>
    <message>
        <source>The host key of node %1 (%2 port %3) has CHANGED. Someone may be intercepting the connection, or the server was reinstalled.
Known key:   %4
Offered key: %5 (%6)
Nothing was sent to the node. If the change is expected, remove the old key with `ssh-keygen -R "%7" -f %8` and connect again.</source>
        <translation>La clé d'hôte du nœud %1 (%2 port %3) a CHANGÉ. Quelqu'un intercepte peut-être la connexion, ou le serveur a été réinstallé.
Clé connue :    %4
Clé présentée : %5 (%6)
Rien n'a été envoyé au nœud. Si le changement est attendu, supprimez l'ancienne clé avec `ssh-keygen -R "%7" -f %8` puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Node %1 (%2 port %3) offered a %4 host key (%5), but %6 holds a key of another type for it. This tool refuses it, as ssh would. If the node's keys changed on purpose, remove the old entry with `ssh-keygen -R "%7" -f %6`.</source>
        <translation>Le nœud %1 (%2 port %3) a présenté une clé d'hôte %4 (%5), mais %6 contient pour lui une clé d'un autre type. Cet outil la refuse, comme le ferait ssh. Si les clés du nœud ont changé volontairement, supprimez l'ancienne entrée avec `ssh-keygen -R "%7" -f %6`.</translation>
    </message>
    <message>
        <source>The host key of node %1 (%2 port %3) was not trusted (%4 %5).</source>
        <translation>La clé d'hôte du nœud %1 (%2 port %3) n'a pas été approuvée (%4 %5).</translation>
    </message>
    <message>
        <source>The host key of node %1 (%2 port %3) is not known: %4 %5.
The host key policy "%6" accepts only keys already in %7. Check the fingerprint on the node (`ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub`), then add the key with `ssh-keyscan -p %3 %2 &gt;&gt; %7`, or run once with the policy accept-new.</source>
        <translation>La clé d'hôte du nœud %1 (%2 port %3) est inconnue : %4 %5.
La politique de clés d'hôte « %6 » n'accepte que les clés déjà présentes dans %7. Vérifiez l'empreinte sur le nœud (`ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub`), puis ajoutez la clé avec `ssh-keyscan -p %3 %2 &gt;&gt; %7`, ou lancez une fois avec la politique accept-new.</translation>
    </message>
    <message>
        <source>The host key of node %1 (%2 port %3) could not be checked against %4: %5</source>
        <translation>La clé d'hôte du nœud %1 (%2 port %3) n'a pas pu être comparée à %4 : %5</translation>
    </message>
    <message>
        <source>The host key of node %1 could not be checked.</source>
        <translation>La clé d'hôte du nœud %1 n'a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The host key of node %1 (%2) could not be stored in %3: %4</source>
        <translation>La clé d'hôte du nœud %1 (%2) n'a pas pu être enregistrée dans %3 : %4</translation>
    </message>
</context>
<context>
    <name>pveha::LocalShellTransport</name>
    <message>
        <source>Node %1: the local shell could not be started: %2</source>
        <translation>Nœud %1 : le shell local n'a pas pu être lancé : %2</translation>
    </message>
    <message>
        <source>The command on node %1 was cancelled.</source>
        <translation>La commande sur le nœud %1 a été annulée.</translation>
    </message>
    <message>
        <source>The command on node %1 did not finish within %2 s and was stopped.</source>
        <translation>La commande sur le nœud %1 ne s'est pas terminée en %2 s et a été arrêtée.</translation>
    </message>
    <message>
        <source>The command on node %1 was killed by signal %2.</source>
        <translation>La commande sur le nœud %1 a été tuée par le signal %2.</translation>
    </message>
</context>
<context>
    <name>pveha::LogView</name>
    <message numerus="yes">
        <source>[… %n line(s) came too fast to show here; the full log file has them …]</source>
        <translation>
            <numerusform>[… %n ligne est arrivée trop vite pour être affichée ici ; le fichier journal complet la contient …]</numerusform>
            <numerusform>[… %n lignes sont arrivées trop vite pour être affichées ici ; le fichier journal complet les contient …]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pveha::MdStat</name>
    <message>
        <source>The line "%1" follows the end of /proc/mdstat.</source>
        <translation>La ligne « %1 » suit la fin de /proc/mdstat.</translation>
    </message>
    <message>
        <source>The line "%1" of /proc/mdstat could not be read.</source>
        <translation>La ligne « %1 » de /proc/mdstat n'a pas pu être lue.</translation>
    </message>
    <message>
        <source>/proc/mdstat is empty.</source>
        <translation>/proc/mdstat est vide.</translation>
    </message>
    <message>
        <source>/proc/mdstat lacks its Personalities line or its closing "unused devices" line: the output is cut or is not /proc/mdstat.</source>
        <translation>Il manque à /proc/mdstat sa ligne Personalities ou sa ligne finale « unused devices » : la sortie est tronquée ou n'est pas /proc/mdstat.</translation>
    </message>
    <message>
        <source>The array %1 has no size line in /proc/mdstat.</source>
        <translation>La grappe %1 n'a pas de ligne de taille dans /proc/mdstat.</translation>
    </message>
</context>
<context>
    <name>pveha::MeshMatrix</name>
    <message>
        <source>%1 → %2, MTU %3: %4</source>
        <translation>%1 → %2, MTU %3 : %4</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Non testé</translation>
    </message>
    <message>
        <source>The checks were stopped before this path was tested.</source>
        <translation>Les contrôles ont été arrêtés avant que ce chemin ne soit testé.</translation>
    </message>
    <message>
        <source>Rows: the node that sends; columns: the node that answers.</source>
        <translation>Lignes : le nœud qui envoie ; colonnes : le nœud qui répond.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>pveha::NetInterfaces</name>
    <message>
        <source>ip -j printed something that is not a JSON list</source>
        <translation>ip -j a affiché autre chose qu'une liste JSON</translation>
    </message>
    <message>
        <source>an interface in ip's JSON has no name or no MTU</source>
        <translation>une interface du JSON de ip n'a pas de nom ou pas de MTU</translation>
    </message>
</context>
<context>
    <name>pveha::NetworkPage</name>
    <message>
        <source>Node %1</source>
        <translation>Nœud %1</translation>
    </message>
    <message>
        <source>Private network (vRack)</source>
        <translation>Réseau privé (vRack)</translation>
    </message>
    <message>
        <source>The vRack carries Corosync and Ceph between the nodes. Each node gets a bridge on its vRack network card, with jumbo frames.</source>
        <translation>Le vRack transporte Corosync et Ceph entre les nœuds. Chaque nœud reçoit un pont sur sa carte réseau vRack, avec des trames jumbo.</translation>
    </message>
    <message>
        <source>vRack network &amp;card:</source>
        <translation>&amp;Carte réseau vRack :</translation>
    </message>
    <message>
        <source>The name of the network card plugged into the vRack, the same on every node, for example enp1s0f1 (see `ip link` on a node): 1 to 15 letters, digits, '_', '.' or '-'.</source>
        <translation>Le nom de la carte réseau branchée sur le vRack, le même sur chaque nœud, par exemple enp1s0f1 (voir `ip link` sur un nœud) : 1 à 15 lettres, chiffres, '_', '.' ou '-'.</translation>
    </message>
    <message>
        <source>B&amp;ridge:</source>
        <translation>P&amp;ont :</translation>
    </message>
    <message>
        <source>The Linux bridge created on that card, for example vmbr1. It must differ from the card and from vmbr0, which Proxmox uses for the public network.</source>
        <translation>Le pont Linux créé sur cette carte, par exemple vmbr1. Il doit être différent de la carte et de vmbr0, que Proxmox utilise pour le réseau public.</translation>
    </message>
    <message>
        <source>Private &amp;network (CIDR):</source>
        <translation>&amp;Réseau privé (CIDR) :</translation>
    </message>
    <message>
        <source>The vRack network in CIDR notation, for example 10.0.0.0/24. Every node's private address must lie inside it.</source>
        <translation>Le réseau du vRack en notation CIDR, par exemple 10.0.0.0/24. L'adresse privée de chaque nœud doit s'y trouver.</translation>
    </message>
    <message>
        <source>&amp;MTU:</source>
        <translation>&amp;MTU :</translation>
    </message>
    <message>
        <source>The MTU of the card and the bridge, from 1280 to 9216; the example uses 9000 (jumbo frames), which the vRack supports.</source>
        <translation>Le MTU de la carte et du pont, de 1280 à 9216 ; l'exemple utilise 9000 (trames jumbo), que le vRack prend en charge.</translation>
    </message>
    <message>
        <source>9000 (jumbo frames) speeds up Ceph; the Validation page checks that such packets really pass between the nodes.</source>
        <translation>9000 (trames jumbo) accélère Ceph ; la page Validation vérifie que de tels paquets passent réellement entre les nœuds.</translation>
    </message>
    <message>
        <source>Pre&amp;view of /etc/network/interfaces on:</source>
        <translation>&amp;Aperçu de /etc/network/interfaces sur :</translation>
    </message>
    <message>
        <source>Choose the node whose configuration is shown.</source>
        <translation>Choisissez le nœud dont la configuration est affichée.</translation>
    </message>
    <message>
        <source>Added to /etc/network/interfaces between the two marker lines (the rest of the file is kept):</source>
        <translation>Ajouté à /etc/network/interfaces entre les deux lignes de repère (le reste du fichier est conservé) :</translation>
    </message>
</context>
<context>
    <name>pveha::NodeEvaluator</name>
    <message>
        <source>The output of %1 could not be read (%2).</source>
        <translation>La sortie de %1 n'a pas pu être lue (%2).</translation>
    </message>
    <message>
        <source>Proxmox VE is not installed on this node (pveversion was not found). Install Proxmox VE 8 or 9 from OVHcloud's templates first.</source>
        <translation>Proxmox VE n'est pas installé sur ce nœud (pveversion est introuvable). Installez d'abord Proxmox VE 8 ou 9 depuis les modèles d'OVHcloud.</translation>
    </message>
    <message>
        <source>Proxmox VE could not be detected: pveversion did not print a pve-manager version.</source>
        <translation>Proxmox VE n'a pas pu être détecté : pveversion n'a pas affiché de version de pve-manager.</translation>
    </message>
    <message>
        <source>Proxmox VE %1.</source>
        <translation>Proxmox VE %1.</translation>
    </message>
    <message>
        <source>Proxmox VE %1 is not a version this tool was made for (8 or 9): the commands may differ. Upgrade the node or proceed with care.</source>
        <translation>Proxmox VE %1 n'est pas une version prévue par cet outil (8 ou 9) : les commandes peuvent différer. Mettez le nœud à jour ou continuez avec prudence.</translation>
    </message>
    <message>
        <source>%1 does not exist on this node.</source>
        <translation>%1 n'existe pas sur ce nœud.</translation>
    </message>
    <message>
        <source>No disk holds the root filesystem in lsblk's output, so the OS disk cannot be confirmed.</source>
        <translation>Aucun disque ne porte le système de fichiers racine dans la sortie de lsblk, le disque système ne peut donc pas être confirmé.</translation>
    </message>
    <message>
        <source>The root filesystem is on %1, not on %2: correct storage.osDisk before anything is erased.</source>
        <translation>Le système de fichiers racine est sur %1, pas sur %2 : corrigez storage.osDisk avant que quoi que ce soit ne soit effacé.</translation>
    </message>
    <message>
        <source>%1 holds the root filesystem; it will not be touched.</source>
        <translation>%1 porte le système de fichiers racine ; il ne sera pas touché.</translation>
    </message>
    <message>
        <source>%1 is not an NVMe device (transport: %2): the DB/WAL belongs on a fast NVMe.</source>
        <translation>%1 n'est pas un périphérique NVMe (transport : %2) : la DB/WAL doit être sur un NVMe rapide.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 is not empty: %2. It would be erased; wipe it yourself if its data is not needed.</source>
        <translation>%1 n'est pas vide : %2. Il serait effacé ; videz-le vous-même si ses données ne servent plus.</translation>
    </message>
    <message>
        <source>%1 is an empty NVMe device.</source>
        <translation>%1 est un périphérique NVMe vide.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>absents : %1</translation>
    </message>
    <message>
        <source>not empty (would be erased): %1</source>
        <translation>non vides (seraient effacés) : %1</translation>
    </message>
    <message>
        <source>%1 of %2 RAID disks are present and empty; %3.</source>
        <translation>%1 disques RAID sur %2 sont présents et vides ; %3.</translation>
    </message>
    <message>
        <source>the disks differ in size (%1 to %2): the array uses the smallest on every disk</source>
        <translation>les disques n'ont pas la même taille (%1 à %2) : la grappe utilise la plus petite sur chaque disque</translation>
    </message>
    <message>
        <source>%1 are not rotational disks, which this design expects</source>
        <translation>%1 ne sont pas des disques rotatifs, contrairement à ce que prévoit cette architecture</translation>
    </message>
    <message numerus="yes">
        <source>%n empty HDD(s) of %1</source>
        <translation>
            <numerusform>%n disque dur vide de %1</numerusform>
            <numerusform>%n disques durs vides de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The interface %1 does not exist on this node (it has: %2). Correct network.privateInterface.</source>
        <translation>L'interface %1 n'existe pas sur ce nœud (il a : %2). Corrigez network.privateInterface.</translation>
    </message>
    <message>
        <source>%1 exists but has no link (no carrier): check that the server is in the vRack and the port is enabled.</source>
        <translation>%1 existe mais n'a pas de lien (pas de porteuse) : vérifiez que le serveur est dans le vRack et que le port est activé.</translation>
    </message>
    <message>
        <source>%1 is up with MTU %2.</source>
        <translation>%1 est actif avec un MTU de %2.</translation>
    </message>
    <message>
        <source>%1 is up with MTU %2 now; the network phase sets %3.</source>
        <translation>%1 est actif avec un MTU de %2 pour l'instant ; la phase réseau le passe à %3.</translation>
    </message>
    <message>
        <source>The hostname is %1.</source>
        <translation>Le nom d'hôte est %1.</translation>
    </message>
    <message>
        <source>The node calls itself "%1", not "%2": Proxmox names the node after its hostname, which cannot change once it is in a cluster. Fix the spec or the hostname first.</source>
        <translation>Le nœud s'appelle « %1 », et non « %2 » : Proxmox nomme le nœud d'après son nom d'hôte, qui ne peut plus changer une fois dans un cluster. Corrigez d'abord la spécification ou le nom d'hôte.</translation>
    </message>
    <message>
        <source>Whether the clock is synchronised could not be read; Ceph needs the clocks in step.</source>
        <translation>L'état de synchronisation de l'horloge n'a pas pu être lu ; Ceph a besoin d'horloges synchronisées.</translation>
    </message>
    <message>
        <source>The clock is synchronised (%1).</source>
        <translation>L'horloge est synchronisée (%1).</translation>
    </message>
    <message>
        <source>The clock is not synchronised (%1): Ceph reports clock skew beyond 0.05 s. Enable chrony or systemd-timesyncd.</source>
        <translation>L'horloge n'est pas synchronisée (%1) : Ceph signale un décalage au-delà de 0,05 s. Activez chrony ou systemd-timesyncd.</translation>
    </message>
    <message>
        <source>The free space on / could not be read.</source>
        <translation>L'espace libre sur / n'a pas pu être lu.</translation>
    </message>
    <message>
        <source>Only %1 free on /: the Ceph packages need at least 1 GiB.</source>
        <translation>Seulement %1 libres sur / : les paquets Ceph demandent au moins 1 Gio.</translation>
    </message>
    <message>
        <source>%1 free on /: tight for the Ceph packages and logs (4 GiB or more is comfortable).</source>
        <translation>%1 libres sur / : c'est juste pour les paquets et journaux de Ceph (4 Gio ou plus sont confortables).</translation>
    </message>
    <message>
        <source>%1 free on /.</source>
        <translation>%1 libres sur /.</translation>
    </message>
    <message>
        <source>The node is not in a cluster yet.</source>
        <translation>Le nœud n'est encore dans aucun cluster.</translation>
    </message>
    <message>
        <source>The node is already in the cluster %1: a deployment is being resumed.</source>
        <translation>Le nœud est déjà dans le cluster %1 : un déploiement est en cours de reprise.</translation>
    </message>
    <message>
        <source>The node already belongs to another cluster, %1: it cannot join %2. Remove it from that cluster first.</source>
        <translation>Le nœud appartient déjà à un autre cluster, %1 : il ne peut pas rejoindre %2. Retirez-le d'abord de ce cluster.</translation>
    </message>
    <message>
        <source>/etc/hosts maps every other node to its private address.</source>
        <translation>/etc/hosts associe chaque autre nœud à son adresse privée.</translation>
    </message>
    <message>
        <source>/etc/hosts does not map %1 to the private addresses yet: the network phase writes these entries.</source>
        <translation>/etc/hosts n'associe pas encore %1 aux adresses privées : la phase réseau écrit ces entrées.</translation>
    </message>
    <message>
        <source>%1 bytes pass without fragmentation (%2 ms).</source>
        <translation>%1 octets passent sans fragmentation (%2 ms).</translation>
    </message>
    <message>
        <source>%1 bytes pass, but %2 of %3 probes were lost: the link is lossy.</source>
        <translation>%1 octets passent, mais %2 sondes sur %3 ont été perdues : le lien perd des paquets.</translation>
    </message>
    <message>
        <source>Local MTU too small: %1 cannot send %2-byte packets (its interface MTU is %3).</source>
        <translation>MTU local trop petit : %1 ne peut pas envoyer de paquets de %2 octets (le MTU de son interface est %3).</translation>
    </message>
    <message>
        <source>Fragmentation needed: a hop between %1 and %2 only carries %3 bytes.</source>
        <translation>Fragmentation nécessaire : un saut entre %1 et %2 ne transporte que %3 octets.</translation>
    </message>
    <message>
        <source>Silent loss: no %1-byte packet came back from %2 and nothing said why; a switch or the peer's interface drops jumbo frames (or the peer is down).</source>
        <translation>Perte silencieuse : aucun paquet de %1 octets n'est revenu de %2, sans explication ; un commutateur ou l'interface du pair rejette les trames jumbo (ou le pair est arrêté).</translation>
    </message>
    <message>
        <source>%1 is unreachable from %2 on the private network.</source>
        <translation>%1 est injoignable depuis %2 sur le réseau privé.</translation>
    </message>
    <message>
        <source>The ping from %1 to %2 printed something that could not be read.</source>
        <translation>Le ping de %1 vers %2 a affiché quelque chose d'illisible.</translation>
    </message>
    <message>
        <source>The package repositories answer (sources checked: %1).</source>
        <translation>Les dépôts de paquets répondent (sources vérifiées : %1).</translation>
    </message>
    <message>
        <source>No package repository could be reached, so Ceph could not be installed: check the node's DNS and outgoing HTTP (the Edge firewall needs its rule for TCP established).</source>
        <translation>Aucun dépôt de paquets n'a pu être joint, Ceph ne pourrait donc pas être installé : vérifiez le DNS du nœud et ses connexions HTTP sortantes (le pare-feu Edge a besoin de sa règle TCP established).</translation>
    </message>
    <message>
        <source>The Proxmox enterprise repository refuses this node (no subscription key). Ceph comes from the no-subscription repository; disable the enterprise entries in /etc/apt/sources.list.d/ to keep apt quiet.</source>
        <translation>Le dépôt enterprise de Proxmox refuse ce nœud (pas de clé d'abonnement). Ceph vient du dépôt no-subscription ; désactivez les entrées enterprise dans /etc/apt/sources.list.d/ pour qu'apt n'émette plus d'erreur.</translation>
    </message>
    <message>
        <source>Some package repositories did not answer: %1</source>
        <translation>Certains dépôts de paquets n'ont pas répondu : %1</translation>
    </message>
</context>
<context>
    <name>pveha::NodeWorker</name>
    <message>
        <source>The command on node %1 was cancelled.</source>
        <translation>La commande sur le nœud %1 a été annulée.</translation>
    </message>
</context>
<context>
    <name>pveha::NodesPage</name>
    <message>
        <source>Choose the SSH private key</source>
        <translation>Choisir la clé privée SSH</translation>
    </message>
    <message>
        <source>Choose the known_hosts file</source>
        <translation>Choisir le fichier known_hosts</translation>
    </message>
    <message>
        <source>The first time a node is reached, the assistant shows its SHA-256 fingerprint and asks you to confirm it. A changed key is always refused.</source>
        <translation>La première fois qu'un nœud est joint, l'assistant affiche son empreinte SHA-256 et vous demande de la confirmer. Une clé modifiée est toujours refusée.</translation>
    </message>
    <message>
        <source>A node seen for the first time is trusted and its key is stored; a key that changed later is refused.</source>
        <translation>Un nœud vu pour la première fois est approuvé et sa clé est enregistrée ; une clé qui change ensuite est refusée.</translation>
    </message>
    <message>
        <source>Every node's key must already be in the known hosts file; an unknown or changed key is refused.</source>
        <translation>La clé de chaque nœud doit déjà figurer dans le fichier des hôtes connus ; une clé inconnue ou modifiée est refusée.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Name the cluster and list its servers (at least three). Nothing is contacted yet: the Validation page connects to the nodes later.</source>
        <translation>Nommez le cluster et listez ses serveurs (au moins trois). Rien n'est contacté pour l'instant : la page Validation se connectera aux nœuds plus tard.</translation>
    </message>
    <message>
        <source>C&amp;luster name:</source>
        <translation>Nom du c&amp;luster :</translation>
    </message>
    <message>
        <source>The Proxmox cluster's name, for example cluster-pve-ha: 1 to 15 letters, digits or hyphens (Corosync's limit).</source>
        <translation>Le nom du cluster Proxmox, par exemple cluster-pve-ha : 1 à 15 lettres, chiffres ou tirets (limite de Corosync).</translation>
    </message>
    <message>
        <source>No&amp;des (double-click or start typing in a cell to edit it):</source>
        <translation>Nœu&amp;ds (double-cliquez sur une cellule ou commencez à y taper pour la modifier) :</translation>
    </message>
    <message>
        <source>SSH access</source>
        <translation>Accès SSH</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>&amp;Utilisateur SSH :</translation>
    </message>
    <message>
        <source>The login used on every node, for example root: a lowercase letter or '_', then letters, digits, '_' or '-'.</source>
        <translation>L'identifiant utilisé sur chaque nœud, par exemple root : une lettre minuscule ou '_', puis des lettres, chiffres, '_' ou '-'.</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>Fichier de &amp;clé privée :</translation>
    </message>
    <message>
        <source>The SSH private key that logs into the nodes, for example ~/.ssh/id_ed25519. Optional: the SSH agent is tried first, and a password is asked for when no key works. ~ means your home folder.</source>
        <translation>La clé privée SSH qui permet de se connecter aux nœuds, par exemple ~/.ssh/id_ed25519. Facultatif : l'agent SSH est essayé d'abord, et un mot de passe est demandé si aucune clé ne fonctionne. ~ désigne votre dossier personnel.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>Choisir le fichier de clé privée.</translation>
    </message>
    <message>
        <source>Known &amp;hosts file:</source>
        <translation>Fichier des &amp;hôtes connus :</translation>
    </message>
    <message>
        <source>Where the nodes' host keys are checked and stored, for example ~/.ssh/known_hosts.</source>
        <translation>L'endroit où les clés d'hôte des nœuds sont vérifiées et enregistrées, par exemple ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>Choose the known hosts file.</source>
        <translation>Choisir le fichier des hôtes connus.</translation>
    </message>
    <message>
        <source>Host-key &amp;policy:</source>
        <translation>Politiqu&amp;e de clés d'hôte :</translation>
    </message>
    <message>
        <source>Ask me (show the fingerprint)</source>
        <translation>Me demander (afficher l'empreinte)</translation>
    </message>
    <message>
        <source>Accept new keys (trust on first use)</source>
        <translation>Accepter les nouvelles clés (confiance à la première utilisation)</translation>
    </message>
    <message>
        <source>Strict (keys must already be known)</source>
        <translation>Stricte (les clés doivent déjà être connues)</translation>
    </message>
    <message>
        <source>How a node's SSH host key is trusted; the example uses "Ask me". A changed key is refused by every policy.</source>
        <translation>La façon dont la clé d'hôte SSH d'un nœud est approuvée ; l'exemple utilise « Me demander ». Une clé modifiée est refusée par toutes les politiques.</translation>
    </message>
</context>
<context>
    <name>pveha::NodesTable</name>
    <message>
        <source>A highly available cluster needs at least %1 nodes, so this node stays. Add another node first if you want to replace it.</source>
        <translation>Un cluster haute disponibilité demande au moins %1 nœuds : ce nœud reste donc. Ajoutez d'abord un autre nœud si vous voulez le remplacer.</translation>
    </message>
    <message>
        <source>The node's hostname, as Proxmox knows it (for example node-01). Letters, digits and hyphens, each name used once.</source>
        <translation>Le nom d'hôte du nœud, tel que Proxmox le connaît (par exemple node-01). Des lettres, chiffres et tirets, chaque nom n'étant utilisé qu'une fois.</translation>
    </message>
    <message>
        <source>Where SSH reaches the node: its public IPv4 address (for example 203.0.113.11) or a hostname. The Edge firewall needs an IPv4 address.</source>
        <translation>L'adresse à laquelle SSH joint le nœud : son adresse IPv4 publique (par exemple 203.0.113.11) ou un nom d'hôte. Le pare-feu Edge a besoin d'une adresse IPv4.</translation>
    </message>
    <message>
        <source>The node's SSH port, from 1 to 65535 (usually 22).</source>
        <translation>Le port SSH du nœud, de 1 à 65535 (généralement 22).</translation>
    </message>
    <message>
        <source>The node's address on the vRack, used by Corosync and Ceph (for example 10.0.0.1). It must lie inside the private network of the next page.</source>
        <translation>L'adresse du nœud sur le vRack, utilisée par Corosync et Ceph (par exemple 10.0.0.1). Elle doit se trouver dans le réseau privé de la page suivante.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Port SSH</translation>
    </message>
    <message>
        <source>Private address (vRack)</source>
        <translation>Adresse privée (vRack)</translation>
    </message>
    <message>
        <source>&amp;Add a node</source>
        <translation>&amp;Ajouter un nœud</translation>
    </message>
    <message>
        <source>Adds an empty row for one more server.</source>
        <translation>Ajoute une ligne vide pour un serveur de plus.</translation>
    </message>
    <message>
        <source>&amp;Remove the node</source>
        <translation>&amp;Retirer le nœud</translation>
    </message>
    <message>
        <source>Removes the selected row (a cluster keeps at least %1 nodes).</source>
        <translation>Retire la ligne sélectionnée (un cluster garde au moins %1 nœuds).</translation>
    </message>
</context>
<context>
    <name>pveha::OvhErrors</name>
    <message>
        <source>Rule %1 does not exist on the Edge firewall of %2 (%3 answered 404).</source>
        <translation>La règle %1 n'existe pas sur le pare-feu Edge de %2 (%3 a répondu 404).</translation>
    </message>
    <message>
        <source>%1 is not on the Edge firewall yet (%2 answered 404).</source>
        <translation>%1 n'est pas encore sur le pare-feu Edge (%2 a répondu 404).</translation>
    </message>
    <message>
        <source>The IP block %1 is not on this OVHcloud account, or the consumer key cannot see it (%2 answered 404). Check the node's public address and that the keys belong to the account that owns the server.</source>
        <translation>Le bloc IP %1 n'appartient pas à ce compte OVHcloud, ou la clé consommateur ne le voit pas (%2 a répondu 404). Vérifiez l'adresse publique du nœud et que les clés appartiennent au compte propriétaire du serveur.</translation>
    </message>
    <message>
        <source>%1 was not found (404): %2</source>
        <translation>Introuvable (404) pour %1 : %2</translation>
    </message>
    <message>
        <source>The consumer key is not allowed to call %1 (%2: %3). Create a consumer key whose access rules include %4 %5.</source>
        <translation>La clé consommateur n'a pas le droit d'appeler %1 (%2 : %3). Créez une clé consommateur dont les règles d'accès incluent %4 %5.</translation>
    </message>
    <message>
        <source>no explanation given</source>
        <translation>aucune explication fournie</translation>
    </message>
    <message numerus="yes">
        <source>The OVHcloud API did not answer %1 in time (%n attempt(s)); it may be slow or unreachable from here.</source>
        <translation>
            <numerusform>L'API OVHcloud n'a pas répondu à temps à %1 (%n tentative) ; elle est peut-être lente ou injoignable depuis cette machine.</numerusform>
            <numerusform>L'API OVHcloud n'a pas répondu à temps à %1 (%n tentatives) ; elle est peut-être lente ou injoignable depuis cette machine.</numerusform>
        </translation>
    </message>
    <message>
        <source>The OVHcloud API could not be reached for %1: %2</source>
        <translation>L'API OVHcloud n'a pas pu être jointe pour %1 : %2</translation>
    </message>
    <message>
        <source>The OVHcloud API answered %1 with something that is not JSON.</source>
        <translation>L'API OVHcloud a répondu à %1 par autre chose que du JSON.</translation>
    </message>
    <message>
        <source>The OVHcloud API rejected the request's timestamp (%1: %2); the clock offset will be measured again on the next run.</source>
        <translation>L'API OVHcloud a rejeté l'horodatage de la requête (%1 : %2) ; le décalage d'horloge sera de nouveau mesuré à la prochaine exécution.</translation>
    </message>
    <message>
        <source>The OVHcloud API refused %1 as invalid (400): %2</source>
        <translation>L'API OVHcloud a refusé %1 comme invalide (400) : %2</translation>
    </message>
    <message>
        <source>%1 conflicts with the current state (409): %2. The object already exists or an operation on it is still pending; run the command again in a minute.</source>
        <translation>%1 entre en conflit avec l'état actuel (409) : %2. L'objet existe déjà ou une opération sur lui est encore en cours ; relancez la commande dans une minute.</translation>
    </message>
    <message numerus="yes">
        <source>The OVHcloud API refused %1 because of too many requests and asks to wait %2 seconds (429, %n attempt(s)); run the command again after that.</source>
        <translation>
            <numerusform>L'API OVHcloud a refusé %1 pour cause de requêtes trop nombreuses et demande d'attendre %2 secondes (429, %n tentative) ; relancez la commande passé ce délai.</numerusform>
            <numerusform>L'API OVHcloud a refusé %1 pour cause de requêtes trop nombreuses et demande d'attendre %2 secondes (429, %n tentatives) ; relancez la commande passé ce délai.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The OVHcloud API kept refusing %1 because of too many requests (429, %n attempt(s)); wait a few minutes and run the command again.</source>
        <translation>
            <numerusform>L'API OVHcloud a continué de refuser %1 pour cause de requêtes trop nombreuses (429, %n tentative) ; attendez quelques minutes et relancez la commande.</numerusform>
            <numerusform>L'API OVHcloud a continué de refuser %1 pour cause de requêtes trop nombreuses (429, %n tentatives) ; attendez quelques minutes et relancez la commande.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The OVHcloud API failed on %1 with HTTP %2 (%n attempt(s)): %3</source>
        <translation>
            <numerusform>L'API OVHcloud a échoué sur %1 avec HTTP %2 (%n tentative) : %3</numerusform>
            <numerusform>L'API OVHcloud a échoué sur %1 avec HTTP %2 (%n tentatives) : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The OVHcloud API answered %1 with HTTP %2: %3</source>
        <translation>L'API OVHcloud a répondu à %1 avec HTTP %2 : %3</translation>
    </message>
    <message>
        <source>The OVHcloud API does not know the application key (%1 answered %2: %3). Check the application key (OVH_APPLICATION_KEY on the command line) and that it was created on the same endpoint (ovh-eu, ovh-ca or ovh-us).</source>
        <translation>L'API OVHcloud ne connaît pas la clé d'application (%1 a répondu %2 : %3). Vérifiez la clé d'application (OVH_APPLICATION_KEY en ligne de commande) et qu'elle a été créée sur le même point d'accès (ovh-eu, ovh-ca ou ovh-us).</translation>
    </message>
    <message>
        <source>The OVHcloud API refused the consumer key (%1 answered %2: %3). It may have expired, been revoked or never been validated: request a new one ("Request a consumer key…" in the wizard, OVH_CONSUMER_KEY on the command line).</source>
        <translation>L'API OVHcloud a refusé la clé consommateur (%1 a répondu %2 : %3). Elle a peut-être expiré, été révoquée ou n'a jamais été validée : demandez-en une nouvelle (« Demander une clé consommateur… » dans l'assistant, OVH_CONSUMER_KEY en ligne de commande).</translation>
    </message>
    <message>
        <source>The OVHcloud API did not accept the credentials for %1 (401: %2). Check the application key and secret (OVH_APPLICATION_KEY and OVH_APPLICATION_SECRET on the command line), and that the consumer key (OVH_CONSUMER_KEY) is valid and not expired.</source>
        <translation>L'API OVHcloud n'a pas accepté les identifiants pour %1 (401 : %2). Vérifiez la clé et le secret d'application (OVH_APPLICATION_KEY et OVH_APPLICATION_SECRET en ligne de commande), et que la clé consommateur (OVH_CONSUMER_KEY) est valide et n'a pas expiré.</translation>
    </message>
</context>
<context>
    <name>pveha::PasswordDialog</name>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>pveha::Plan</name>
    <message>
        <source> (DESTRUCTIVE)</source>
        <translation> (DESTRUCTIF)</translation>
    </message>
    <message>
        <source>  check (exit 0 = already done):</source>
        <translation>  vérification (code de sortie 0 = déjà fait) :</translation>
    </message>
    <message>
        <source>  run:</source>
        <translation>  exécution :</translation>
    </message>
</context>
<context>
    <name>pveha::PlanBuilder</name>
    <message>
        <source>Private network (vRack)</source>
        <translation>Réseau privé (vRack)</translation>
    </message>
    <message>
        <source>Name the other nodes on their private addresses in /etc/hosts</source>
        <translation>Déclarer les autres nœuds sur leurs adresses privées dans /etc/hosts</translation>
    </message>
    <message>
        <source>Write the vRack NIC %1 and bridge %2 (MTU %3) into /etc/network/interfaces, keeping a backup</source>
        <translation>Écrire la carte vRack %1 et le pont %2 (MTU %3) dans /etc/network/interfaces, en gardant une sauvegarde</translation>
    </message>
    <message>
        <source>Apply the network configuration (ifreload), with an automatic rollback after %1 s</source>
        <translation>Appliquer la configuration réseau (ifreload), avec retour arrière automatique au bout de %1 s</translation>
    </message>
    <message>
        <source>Prove MTU %1 between every pair of nodes (don't-fragment ping of %2 bytes)</source>
        <translation>Vérifier le MTU %1 entre chaque paire de nœuds (ping sans fragmentation de %2 octets)</translation>
    </message>
    <message>
        <source>Keep the new network configuration (cancel the rollback)</source>
        <translation>Conserver la nouvelle configuration réseau (annuler le retour arrière)</translation>
    </message>
    <message>
        <source>Proxmox cluster (Corosync on the vRack)</source>
        <translation>Cluster Proxmox (Corosync sur le vRack)</translation>
    </message>
    <message>
        <source>Create the cluster %1 with link0 on %2</source>
        <translation>Créer le cluster %1 avec link0 sur %2</translation>
    </message>
    <message>
        <source>Join the cluster through %1 with link0 on %2</source>
        <translation>Rejoindre le cluster via %1 avec link0 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Wait until the cluster is quorate with %n node(s)</source>
        <translation>
            <numerusform>Attendre que le cluster ait le quorum avec %n nœud</numerusform>
            <numerusform>Attendre que le cluster ait le quorum avec %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Ceph packages, monitors and managers</source>
        <translation>Paquets, moniteurs et gestionnaires Ceph</translation>
    </message>
    <message>
        <source>Install Ceph (%1 repository)</source>
        <translation>Installer Ceph (dépôt %1)</translation>
    </message>
    <message>
        <source>Write the Ceph configuration (public %1, cluster %2)</source>
        <translation>Écrire la configuration Ceph (réseau public %1, réseau de cluster %2)</translation>
    </message>
    <message>
        <source>Create the Ceph monitor on %1</source>
        <translation>Créer le moniteur Ceph sur %1</translation>
    </message>
    <message>
        <source>Create the Ceph manager on %1</source>
        <translation>Créer le gestionnaire Ceph (mgr) sur %1</translation>
    </message>
    <message>
        <source>Software RAID (mdadm)</source>
        <translation>RAID logiciel (mdadm)</translation>
    </message>
    <message>
        <source>Install mdadm</source>
        <translation>Installer mdadm</translation>
    </message>
    <message>
        <source>Erase %1 and create the RAID %2 array %3</source>
        <translation>Effacer %1 et créer la grappe %3 en RAID %2</translation>
    </message>
    <message>
        <source>Record the array in mdadm.conf and update the initramfs</source>
        <translation>Inscrire la grappe dans mdadm.conf et mettre à jour l'initramfs</translation>
    </message>
    <message>
        <source>Ceph OSD on the RAID, DB/WAL on the NVMe</source>
        <translation>OSD Ceph sur le RAID, DB/WAL sur le NVMe</translation>
    </message>
    <message>
        <source>Fetch the bootstrap-osd keyring</source>
        <translation>Récupérer le keyring bootstrap-osd</translation>
    </message>
    <message>
        <source>Create the LVM volume %1/%2 on %3</source>
        <translation>Créer le volume LVM %1/%2 sur %3</translation>
    </message>
    <message>
        <source>Replicated pool and Proxmox storage</source>
        <translation>Pool répliqué et stockage Proxmox</translation>
    </message>
    <message>
        <source>Create the pool %1 (size %2, min_size %3)</source>
        <translation>Créer le pool %1 (size %2, min_size %3)</translation>
    </message>
    <message>
        <source>Add %1 as Proxmox storage</source>
        <translation>Ajouter %1 comme stockage Proxmox</translation>
    </message>
    <message>
        <source>High availability</source>
        <translation>Haute disponibilité</translation>
    </message>
    <message>
        <source>Create the HA group %1 on %2</source>
        <translation>Créer le groupe HA %1 sur %2</translation>
    </message>
    <message>
        <source>Protect the guest %1 with HA</source>
        <translation>Protéger l'invité %1 par la HA</translation>
    </message>
    <message>
        <source>Create the node-affinity rule %1 on %2</source>
        <translation>Créer la règle d'affinité de nœuds %1 sur %2</translation>
    </message>
    <message>
        <source>Erase %1 and create the OSD on %2/%3, with its DB/WAL on %1</source>
        <translation>Effacer %1 et créer l'OSD sur %2/%3, avec sa DB/WAL sur %1</translation>
    </message>
</context>
<context>
    <name>pveha::PlanPage</name>
    <message>
        <source>All nodes</source>
        <translation>Tous les nœuds</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>Script of %1</source>
        <translation>Script de %1</translation>
    </message>
    <message>
        <source>The whole plan, as text</source>
        <translation>Le plan complet, en texte</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source># ── %1. [%2] %3: %4</source>
        <translation># ── %1. [%2] %3 : %4</translation>
    </message>
    <message>
        <source>Destructive</source>
        <translation>Destructive</translation>
    </message>
    <message>
        <source>Erases disks</source>
        <translation>Efface des disques</translation>
    </message>
    <message>
        <source>Erases: %1</source>
        <translation>Efface : %1</translation>
    </message>
    <message>
        <source># DESTRUCTIVE: confirmed before it runs</source>
        <translation># DESTRUCTIF : confirmé avant exécution</translation>
    </message>
    <message>
        <source># DESTRUCTIVE: erases %1; confirmed before it runs</source>
        <translation># DESTRUCTIF : efface %1 ; confirmé avant exécution</translation>
    </message>
    <message>
        <source># check (exit 0 = already done, the step is skipped):</source>
        <translation># vérification (code de sortie 0 = déjà faite, l'étape est sautée) :</translation>
    </message>
    <message>
        <source># run:</source>
        <translation># exécution :</translation>
    </message>
    <message>
        <source># No step matches these filters.</source>
        <translation># Aucune étape ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>The whole plan is in the clipboard.</source>
        <translation>Le plan complet est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The script of %1 is in the clipboard.</source>
        <translation>Le script de %1 est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Every command the deployment will run, node by node, in order. Each step first runs its check: when the check passes, the step is already done and is skipped, so the deployment can be stopped and resumed.</source>
        <translation>Chaque commande que le déploiement va exécuter, nœud par nœud, dans l'ordre. Chaque étape lance d'abord sa vérification : si celle-ci réussit, l'étape est déjà faite et elle est sautée ; le déploiement peut donc être arrêté puis repris.</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Nœud :</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase :</translation>
    </message>
    <message>
        <source>Copy as &amp;script</source>
        <translation>Copier en s&amp;cript</translation>
    </message>
    <message>
        <source>Copies the selected node's steps as a shell script, or the whole plan as text when all nodes are shown. The menu offers the others.</source>
        <translation>Copie les étapes du nœud sélectionné sous forme de script shell, ou le plan complet en texte quand tous les nœuds sont affichés. Le menu propose les autres choix.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Erases data</source>
        <translation>Efface des données</translation>
    </message>
    <message>
        <source>%1 steps in %2 phases on %3 nodes. %4 of them erase disks (%5 disks in all): they are marked in red, and the deployment lists every disk and asks you to confirm before it starts.</source>
        <translation>%1 étapes en %2 phases sur %3 nœuds. %4 d'entre elles effacent des disques (%5 disques en tout) : elles sont marquées en rouge, et le déploiement liste chaque disque et vous demande de confirmer avant de commencer.</translation>
    </message>
</context>
<context>
    <name>pveha::Preflight</name>
    <message>
        <source>Not checked: the node could not be reached.</source>
        <translation>Non vérifié : le nœud n'a pas pu être joint.</translation>
    </message>
    <message>
        <source>Reached as %1@%2 (port %3).</source>
        <translation>Joint en tant que %1@%2 (port %3).</translation>
    </message>
    <message>
        <source>Not checked: %1 could not be reached.</source>
        <translation>Non vérifié : %1 n'a pas pu être joint.</translation>
    </message>
    <message>
        <source>Not checked yet: the private network is not configured on %1; the deployment's network phase configures it and then runs this check.</source>
        <translation>Pas encore vérifié : le réseau privé n'est pas configuré sur %1 ; la phase réseau du déploiement le configure puis lance ce contrôle.</translation>
    </message>
    <message>
        <source>Not checked: cancelled.</source>
        <translation>Non vérifié : annulé.</translation>
    </message>
</context>
<context>
    <name>pveha::PreflightTable</name>
    <message>
        <source>Found: %1</source>
        <translation>Trouvé : %1</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Attendu : %1</translation>
    </message>
    <message>
        <source>Not checked: the checks were stopped.</source>
        <translation>Non vérifié : les contrôles ont été arrêtés.</translation>
    </message>
    <message>
        <source>%1 of %2 checks done</source>
        <translation>%1 contrôles faits sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n réussi</numerusform>
            <numerusform>%n réussis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>The counts of one node's checks, e.g. "1 problem, 10 passed".</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Node and check</source>
        <translation>Nœud et contrôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
</context>
<context>
    <name>pveha::ProblemList</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: every value on this page is valid.</source>
        <translation>%1 : toutes les valeurs de cette page sont valides.</translation>
    </message>
    <message>
        <source>To fix before going on (%1):</source>
        <translation>À corriger avant de continuer (%1) :</translation>
    </message>
    <message>
        <source>Nothing blocks this page, but these values must still agree with a later page (%1):</source>
        <translation>Rien ne bloque cette page, mais ces valeurs doivent encore concorder avec une page ultérieure (%1) :</translation>
    </message>
</context>
<context>
    <name>pveha::PromptBridge</name>
    <message>
        <source>Unknown host key</source>
        <translation>Clé d'hôte inconnue</translation>
    </message>
    <message>
        <source>%1 (%2, port %3) presented a host key that is not in %4 yet.</source>
        <translation>%1 (%2, port %3) a présenté une clé d'hôte qui ne figure pas encore dans %4.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the server shows on its console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) before trusting it:

%1 %2

The key is stored only if you trust it.</source>
        <translation>Comparez cette empreinte avec celle qu'affiche le serveur sur sa console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) avant de l'approuver :

%1 %2

La clé n'est enregistrée que si vous l'approuvez.</translation>
    </message>
    <message>
        <source>Trust this key and connect</source>
        <translation>Approuver cette clé et se connecter</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation>Phrase de passe de la clé SSH</translation>
    </message>
    <message>
        <source>The SSH key %1 is protected by a passphrase. It is needed to log in to %2 as %3, and is kept in memory only.</source>
        <translation>La clé SSH %1 est protégée par une phrase de passe. Celle-ci est nécessaire pour se connecter à %2 en tant que %3, et n'est conservée qu'en mémoire.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase de passe :</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>Mot de passe SSH</translation>
    </message>
    <message>
        <source>%1 (%2) asks for the password of %3. It is kept in memory only.</source>
        <translation>%1 (%2) demande le mot de passe de %3. Il n'est conservé qu'en mémoire.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>pveha::PveStorage</name>
    <message>
        <source>The output of pvesm status does not start with its column titles.</source>
        <translation>La sortie de pvesm status ne commence pas par ses titres de colonnes.</translation>
    </message>
    <message>
        <source>The line "%1" of pvesm status could not be read.</source>
        <translation>La ligne « %1 » de pvesm status n'a pas pu être lue.</translation>
    </message>
    <message>
        <source>The output of pvesm status is empty.</source>
        <translation>La sortie de pvesm status est vide.</translation>
    </message>
</context>
<context>
    <name>pveha::PvecmStatus</name>
    <message>
        <source>The line "%1" of pvecm status could not be read.</source>
        <translation>La ligne « %1 » de pvecm status n'a pas pu être lue.</translation>
    </message>
    <message>
        <source>The output of pvecm status is empty.</source>
        <translation>La sortie de pvecm status est vide.</translation>
    </message>
    <message>
        <source>The output of pvecm status lacks its quorum, vote or membership lines, or lists fewer members than it announces.</source>
        <translation>Il manque à la sortie de pvecm status ses lignes de quorum, de votes ou de membres, ou elle liste moins de membres qu'elle n'en annonce.</translation>
    </message>
    <message>
        <source>The line "%1" of pvecm nodes could not be read.</source>
        <translation>La ligne « %1 » de pvecm nodes n'a pas pu être lue.</translation>
    </message>
    <message>
        <source>The output of pvecm nodes has no membership table.</source>
        <translation>La sortie de pvecm nodes n'a pas de table des membres.</translation>
    </message>
</context>
<context>
    <name>pveha::RaidPanel</name>
    <message>
        <source>RAID arrays (/proc/mdstat)</source>
        <translation>Grappes RAID (/proc/mdstat)</translation>
    </message>
    <message>
        <source>The node could not be reached.</source>
        <translation>Le nœud n'a pas pu être joint.</translation>
    </message>
    <message>
        <source>/proc/mdstat could not be read: %1</source>
        <translation>/proc/mdstat n'a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No RAID array.</source>
        <translation>Aucune grappe RAID.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Pas encore lu.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 % synced</source>
        <translation>synchronisée à %1 %</translation>
    </message>
    <message>
        <source>%1: %2, about %3 min left %4</source>
        <translation>%1 : %2, environ %3 min restantes %4</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>synchronisée</translation>
    </message>
    <message>
        <source>not syncing</source>
        <translation>non synchronisée</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 %5</source>
        <translation>%1 : %2 %3, %4 %5</translation>
    </message>
</context>
<context>
    <name>pveha::RawOutputs</name>
    <message>
        <source>The node could not be reached: %1</source>
        <translation>Le nœud n'a pas pu être joint : %1</translation>
    </message>
    <message>
        <source>(not collected)</source>
        <translation>(non collecté)</translation>
    </message>
    <message>
        <source>
(exit status %1)</source>
        <translation>
(code de sortie %1)</translation>
    </message>
</context>
<context>
    <name>pveha::ReportCommand</name>
    <message>
        <source>report needs --out FILE.html: where to write the report.</source>
        <translation>report demande --out FICHIER.html : l'endroit où écrire le rapport.</translation>
    </message>
    <message>
        <source>Nothing is recorded for cluster %1 yet (in %2): run "pve-ha-installer validate %3" first, then deploy, health and crash-test, and write the report again.</source>
        <translation>Rien n'est encore enregistré pour le cluster %1 (dans %2) : lancez d'abord « pve-ha-installer validate %3 », puis deploy, health et crash-test, et écrivez de nouveau le rapport.</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Le rapport n'a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>pveha::ReportExport</name>
    <message>
        <source>Nothing is recorded for cluster %1 yet (in %2): run the validation first.</source>
        <translation>Rien n'est encore enregistré pour le cluster %1 (dans %2) : lancez d'abord la validation.</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Le rapport n'a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
</context>
<context>
    <name>pveha::ReportSections</name>
    <message>
        <source>%1 crashes</source>
        <translation>Panne de %1</translation>
    </message>
    <message>
        <source>%1 stops answering</source>
        <translation>%1 ne répond plus</translation>
    </message>
    <message>
        <source>%1 fenced</source>
        <translation>%1 isolé</translation>
    </message>
    <message>
        <source>vm:%1 being recovered</source>
        <translation>vm:%1 en cours de récupération</translation>
    </message>
    <message>
        <source>vm:%1 started on %2</source>
        <translation>vm:%1 démarrée sur %2</translation>
    </message>
    <message>
        <source>Health snapshot</source>
        <translation>Bilan de santé</translation>
    </message>
    <message>
        <source>No health snapshot was recorded for this cluster.</source>
        <translation>Aucun bilan de santé n'a été enregistré pour ce cluster.</translation>
    </message>
    <message>
        <source>The cluster was healthy on %1: Ceph %2, RAID arrays clean, HA quorate.</source>
        <translation>Le cluster était en bonne santé le %1 : Ceph %2, grappes RAID saines, quorum HA atteint.</translation>
    </message>
    <message>
        <source>The cluster needed attention on %1 (Ceph %2): see the reasons below.</source>
        <translation>Le cluster nécessitait une attention particulière le %1 (Ceph %2) : les raisons sont détaillées ci-dessous.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Action recommandée : %1</translation>
    </message>
    <message>
        <source>Ceph</source>
        <translation>Ceph</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Monitors in quorum</source>
        <translation>Moniteurs dans le quorum</translation>
    </message>
    <message>
        <source>OSDs up / in / total</source>
        <translation>OSD up / in / total</translation>
    </message>
    <message>
        <source>Placement groups</source>
        <translation>Groupes de placement (PG)</translation>
    </message>
    <message>
        <source>Raw capacity</source>
        <translation>Capacité brute</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 used of %2</source>
        <translation>%1 utilisés sur %2</translation>
    </message>
    <message>
        <source>Ceph raw capacity used</source>
        <translation>Capacité brute de Ceph utilisée</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>%1 PGs</source>
        <translation>%1 PG</translation>
    </message>
    <message>
        <source>Placement groups by state</source>
        <translation>Groupes de placement par état</translation>
    </message>
    <message>
        <source>RAID arrays</source>
        <translation>Grappes RAID</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Grappe</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Members up</source>
        <translation>Membres actifs</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Reconstruction</translation>
    </message>
    <message>
        <source>High availability</source>
        <translation>Haute disponibilité</translation>
    </message>
    <message>
        <source>quorate</source>
        <translation>quorum atteint</translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation>pas de quorum</translation>
    </message>
    <message>
        <source>HA manager master: %1.</source>
        <translation>Maître du gestionnaire HA : %1.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Proxmox storages</source>
        <translation>Stockages Proxmox</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Raw outputs</source>
        <translation>Sorties brutes</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>Crash test</source>
        <translation>Test de bascule</translation>
    </message>
    <message>
        <source>No crash test was recorded for this cluster.</source>
        <translation>Aucun test de bascule n'a été enregistré pour ce cluster.</translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation>non rétabli</translation>
    </message>
    <message>
        <source>vm:%1 did not restart elsewhere after %2 crashed.</source>
        <translation>vm:%1 n'a pas redémarré ailleurs après la panne de %2.</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>goal missed</source>
        <translation>objectif manqué</translation>
    </message>
    <message>
        <source>vm:%1 restarted on %2 %3 after %4 crashed (goal: under %5).</source>
        <translation>vm:%1 a redémarré sur %2 %3 après la panne de %4 (objectif : moins de %5).</translation>
    </message>
    <message>
        <source>Crashed node</source>
        <translation>Nœud mis en panne</translation>
    </message>
    <message>
        <source>%1 (kernel panic: echo c &gt; /proc/sysrq-trigger)</source>
        <translation>%1 (kernel panic : echo c &gt; /proc/sysrq-trigger)</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Ran on before / after</source>
        <translation>Nœud d'exécution avant / après</translation>
    </message>
    <message>
        <source>Failover time</source>
        <translation>Durée de la bascule</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>moins de %1</translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation>Testé le</translation>
    </message>
    <message>
        <source>Simulated nodes: time ran %1 times faster; the times are simulated seconds.</source>
        <translation>Nœuds simulés : le temps s'écoulait %1 fois plus vite ; les durées sont exprimées en secondes simulées.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Failover timeline, seconds after the crash</source>
        <translation>Chronologie de la bascule, en secondes après la panne</translation>
    </message>
    <message>
        <source>goal: %1</source>
        <translation>objectif : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s'est passé</translation>
    </message>
    <message>
        <source>Deployment plan and steps</source>
        <translation>Plan de déploiement et étapes</translation>
    </message>
    <message>
        <source>No deployment was recorded: the plan below has not run yet.</source>
        <translation>Aucun déploiement n'a été enregistré : le plan ci-dessous n'a pas encore été exécuté.</translation>
    </message>
    <message>
        <source>Full log: %1</source>
        <translation>Journal complet : %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Time spent per phase (steps done, all nodes added up)</source>
        <translation>Temps passé par phase (étapes faites, tous nœuds cumulés)</translation>
    </message>
    <message>
        <source>Failing step</source>
        <translation>Étape en échec</translation>
    </message>
    <message>
        <source>No deployment was recorded.</source>
        <translation>Aucun déploiement n'a été enregistré.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Step %1 failed with exit code %2 after %3: %4</source>
        <translation>L'étape %1 a échoué avec le code de sortie %2 au bout de %3 : %4</translation>
    </message>
    <message>
        <source>Last lines of its output:</source>
        <translation>Dernières lignes de sa sortie :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No step failed in the last deployment run.</source>
        <translation>Aucune étape n'a échoué lors de la dernière exécution du déploiement.</translation>
    </message>
    <message>
        <source>Edge firewall rules</source>
        <translation>Règles du pare-feu Edge</translation>
    </message>
    <message>
        <source>not managed</source>
        <translation>non géré</translation>
    </message>
    <message>
        <source>The spec leaves the Edge Network Firewall alone (provider: none). Below is what the tool would set with provider ovh-edge.</source>
        <translation>La spécification laisse l'Edge Network Firewall tel quel (provider : none). Voici ci-dessous ce que l'outil appliquerait avec le fournisseur ovh-edge.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Port de destination</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>(established)</source>
        <translation>(established)</translation>
    </message>
    <message>
        <source>permit</source>
        <translation>autoriser</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>refuser</translation>
    </message>
    <message>
        <source>Proxmox VE system</source>
        <translation>Système Proxmox VE</translation>
    </message>
    <message>
        <source>Ceph DB/WAL cache</source>
        <translation>Cache DB/WAL de Ceph</translation>
    </message>
    <message>
        <source>RAID %1 member (%2)</source>
        <translation>Membre du RAID %1 (%2)</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>non utilisé</translation>
    </message>
    <message>
        <source>Cluster summary</source>
        <translation>Récapitulatif du cluster</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Private network</source>
        <translation>Réseau privé</translation>
    </message>
    <message>
        <source>%1 on %2 (bridge %3), MTU %4</source>
        <translation>%1 sur %2 (pont %3), MTU %4</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>Utilisateur SSH</translation>
    </message>
    <message>
        <source>Ceph pool</source>
        <translation>Pool Ceph</translation>
    </message>
    <message>
        <source>%1: size %2, min size %3, autoscale %4</source>
        <translation>%1 : size %2, min_size %3, autoscale %4</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>System disk</source>
        <translation>Disque système</translation>
    </message>
    <message>
        <source>Ceph DB/WAL device</source>
        <translation>Périphérique DB/WAL de Ceph</translation>
    </message>
    <message>
        <source>RAID</source>
        <translation>RAID</translation>
    </message>
    <message>
        <source>RAID %1 of %2 → %3 → LVM %4/%5 → one OSD per node</source>
        <translation>RAID %1 de %2 → %3 → LVM %4/%5 → un OSD par nœud</translation>
    </message>
    <message>
        <source>HA group</source>
        <translation>Groupe HA</translation>
    </message>
    <message>
        <source>%1 (%2), protects %3</source>
        <translation>%1 (%2), protège %3</translation>
    </message>
    <message>
        <source>no guest yet</source>
        <translation>aucun invité pour l'instant</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Port SSH</translation>
    </message>
    <message>
        <source>Private address (vRack)</source>
        <translation>Adresse privée (vRack)</translation>
    </message>
    <message>
        <source>Proxmox VE</source>
        <translation>Proxmox VE</translation>
    </message>
    <message>
        <source>creates the cluster, OSD, monitor</source>
        <translation>crée le cluster, OSD, moniteur</translation>
    </message>
    <message>
        <source>joins the cluster, OSD, monitor</source>
        <translation>rejoint le cluster, OSD, moniteur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Disques</translation>
    </message>
    <message>
        <source>The disks are listed by the preflight, which has not run.</source>
        <translation>Les disques sont listés par les contrôles préalables, qui n'ont pas encore été exécutés.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>HDD</source>
        <translation>HDD</translation>
    </message>
    <message>
        <source>SSD</source>
        <translation>SSD</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>The capacity needs the size of the RAID disks, which the preflight measures.</source>
        <translation>Le calcul de la capacité nécessite la taille des disques RAID, que mesurent les contrôles préalables.</translation>
    </message>
    <message>
        <source>Disks (all nodes)</source>
        <translation>Disques (tous les nœuds)</translation>
    </message>
    <message>
        <source>%1 × %2 disks of %3: %4</source>
        <translation>%1 × %2 disques de %3 : %4</translation>
    </message>
    <message>
        <source>Raw (Ceph, after RAID %1)</source>
        <translation>Brute (Ceph, après RAID %1)</translation>
    </message>
    <message>
        <source>Usable (replication ×%1)</source>
        <translation>Utilisable (réplication ×%1)</translation>
    </message>
    <message>
        <source>Capacity: what the disks hold, what the RAID arrays give Ceph, what the VMs can use</source>
        <translation>Capacité : ce que contiennent les disques, ce que les grappes RAID fournissent à Ceph, ce que les VM peuvent utiliser</translation>
    </message>
    <message>
        <source>Raw (after RAID)</source>
        <translation>Brute (après RAID)</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Utilisable</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>Contrôles préalables</translation>
    </message>
    <message>
        <source>No preflight was recorded for this cluster.</source>
        <translation>Aucun contrôle préalable n'a été enregistré pour ce cluster.</translation>
    </message>
    <message>
        <source>%1 passed, %2 warnings, %3 failed, %4 skipped (preflight of %5).</source>
        <translation>%1 réussis, %2 avertissements, %3 en échec, %4 ignorés (contrôles préalables du %5).</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Raw outputs of %1</source>
        <translation>Sorties brutes de %1</translation>
    </message>
    <message>
        <source>Private network mesh (MTU)</source>
        <translation>Maillage du réseau privé (MTU)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>not available yet</source>
        <translation>pas encore disponible</translation>
    </message>
    <message>
        <source>Run this first, then write the report again:</source>
        <translation>Exécutez d'abord cette commande, puis générez de nouveau le rapport :</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 MiB (%2 MB)</source>
        <translation>%1 Mio (%2 Mo)</translation>
    </message>
    <message>
        <source>%1 KiB (%2 kB)</source>
        <translation>%1 Kio (%2 ko)</translation>
    </message>
    <message>
        <source>Not applied: %1.</source>
        <translation>Non appliqué : %1.</translation>
    </message>
    <message>
        <source>address added to the firewall</source>
        <translation>adresse ajoutée au pare-feu</translation>
    </message>
    <message>
        <source>firewall enabled</source>
        <translation>pare-feu activé</translation>
    </message>
    <message>
        <source>nothing had to change</source>
        <translation>rien n'avait à changer</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <source>The firewall holds these rules and is enabled (%1).</source>
        <translation>Le pare-feu contient ces règles et il est activé (%1).</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>en place</translation>
    </message>
    <message>
        <source>The firewall held exactly these rules and was enabled.</source>
        <translation>Le pare-feu contenait exactement ces règles et il était activé.</translation>
    </message>
    <message>
        <source>the address is not on the Edge firewall</source>
        <translation>l'adresse n'est pas sur le pare-feu Edge</translation>
    </message>
    <message>
        <source>the firewall is disabled</source>
        <translation>le pare-feu est désactivé</translation>
    </message>
    <message>
        <source>not in place</source>
        <translation>pas en place</translation>
    </message>
    <message>
        <source>When it was read, the firewall differed from these rules: %1.</source>
        <translation>À la lecture, le pare-feu différait de ces règles : %1.</translation>
    </message>
    <message>
        <source>Set on each node's public address by "pve-ha-installer firewall --apply" or the wizard's firewall page (OVHcloud Edge Network Firewall, endpoint %1): public access only to the GUI and to SSH from the admins, the other nodes allowed, everything else dropped.</source>
        <translation>Règles appliquées à l'adresse publique de chaque nœud par « pve-ha-installer firewall --apply » ou la page de pare-feu de l'assistant (Edge Network Firewall d'OVHcloud, point d'accès %1) : accès public limité à l'interface web, SSH réservé aux administrateurs, les autres nœuds autorisés, tout le reste refusé.</translation>
    </message>
    <message>
        <source>The tool has not read these firewalls through the OVHcloud API yet, so whether the rules are in place is not known.</source>
        <translation>L'outil n'a pas encore lu ces pare-feu par l'API OVHcloud : on ne sait donc pas si les règles sont en place.</translation>
    </message>
    <message>
        <source>Last applied through the OVHcloud API on %1.</source>
        <translation>Appliquées pour la dernière fois par l'API OVHcloud le %1.</translation>
    </message>
    <message>
        <source>Last read through the OVHcloud API on %1 (nothing changed).</source>
        <translation>Lues pour la dernière fois par l'API OVHcloud le %1 (rien n'a été modifié).</translation>
    </message>
    <message>
        <source>This node was not part of that run.</source>
        <translation>Ce nœud ne faisait pas partie de cette exécution.</translation>
    </message>
    <message numerus="yes">
        <source>Last deployment run: %1 to %2 (%n run(s) recorded): %4 steps done, %5 skipped because already done, %6 failed.</source>
        <translation>
            <numerusform>Dernière exécution du déploiement : du %1 au %2 (%n exécution enregistrée) : %4 étapes faites, %5 sautées car déjà faites, %6 en échec.</numerusform>
            <numerusform>Dernière exécution du déploiement : du %1 au %2 (%n exécutions enregistrées) : %4 étapes faites, %5 sautées car déjà faites, %6 en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>non tenté</translation>
    </message>
    <message>
        <source>Not touched: the run stopped at an earlier node's failure.</source>
        <translation>Non touché : l'exécution s'est arrêtée à l'échec d'un nœud précédent.</translation>
    </message>
    <message numerus="yes">
        <source>deleted the rules at priorities %1</source>
        <translation>
            <numerusform>supprimé la règle de priorité %1</numerusform>
            <numerusform>supprimé les règles de priorités %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>created the rules at priorities %1</source>
        <translation>
            <numerusform>créé la règle de priorité %1</numerusform>
            <numerusform>créé les règles de priorités %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete the rules at priorities %1</source>
        <translation>
            <numerusform>supprimer la règle de priorité %1</numerusform>
            <numerusform>supprimer les règles de priorités %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>create the rules at priorities %1</source>
        <translation>
            <numerusform>créer la règle de priorité %1</numerusform>
            <numerusform>créer les règles de priorités %1</numerusform>
        </translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>modifié depuis</translation>
    </message>
    <message>
        <source>The spec asks for other rules (or another address) than when the tool last talked to this firewall: what it found then no longer says whether the rules below are in place. Read them again.</source>
        <translation>La spécification demande d'autres règles (ou une autre adresse) que lors du dernier échange de l'outil avec ce pare-feu : ce qu'il a trouvé alors ne dit plus si les règles ci-dessous sont en place. Relisez-les.</translation>
    </message>
</context>
<context>
    <name>pveha::ReportWriter</name>
    <message>
        <source>Proxmox VE HA cluster report: %1</source>
        <translation>Rapport du cluster HA Proxmox VE : %1</translation>
    </message>
    <message>
        <source>Written on %1 by pve-ha-installer %2.</source>
        <translation>Rédigé le %1 par pve-ha-installer %2.</translation>
    </message>
    <message>
        <source>Cluster summary</source>
        <translation>Récapitulatif du cluster</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>Contrôles préalables</translation>
    </message>
    <message>
        <source>Deployment plan and steps</source>
        <translation>Plan de déploiement et étapes</translation>
    </message>
    <message>
        <source>Failing step</source>
        <translation>Étape en échec</translation>
    </message>
    <message>
        <source>Edge firewall rules</source>
        <translation>Règles du pare-feu Edge</translation>
    </message>
    <message>
        <source>Health snapshot</source>
        <translation>Bilan de santé</translation>
    </message>
    <message>
        <source>Crash test</source>
        <translation>Test de bascule</translation>
    </message>
    <message>
        <source>pve-ha-installer %1 — report written on %2 from the journal of cluster %3. Passwords, passphrases and API keys are never written here.</source>
        <translation>pve-ha-installer %1 — rapport rédigé le %2 à partir du journal du cluster %3. Les mots de passe, phrases de passe et clés d'API n'y figurent jamais.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n'existe pas.</translation>
    </message>
</context>
<context>
    <name>pveha::SpecReader</name>
    <message>
        <source>This field is not part of the spec format and is ignored; check its spelling.</source>
        <translation>Ce champ ne fait pas partie du format de spécification et est ignoré ; vérifiez son orthographe.</translation>
    </message>
    <message>
        <source>%1 is not an object (expected fields in braces { }).</source>
        <translation>%1 n'est pas un objet (attendu : des champs entre accolades { }).</translation>
    </message>
    <message>
        <source>%1 is not a list (expected values in square brackets [ ]).</source>
        <translation>%1 n'est pas une liste (attendu : des valeurs entre crochets [ ]).</translation>
    </message>
    <message>
        <source>%1 is not text (expected a value in double quotes).</source>
        <translation>%1 n'est pas du texte (attendu : une valeur entre guillemets droits).</translation>
    </message>
    <message>
        <source>%1 is not a whole number (expected digits without quotes or decimals).</source>
        <translation>%1 n'est pas un nombre entier (attendu : des chiffres sans guillemets ni décimales).</translation>
    </message>
    <message>
        <source>%1 is far outside the range this field allows.</source>
        <translation>%1 est très loin de la plage autorisée pour ce champ.</translation>
    </message>
    <message>
        <source>%1 is not true or false (expected true or false without quotes).</source>
        <translation>%1 n'est ni true ni false (attendu : true ou false sans guillemets).</translation>
    </message>
    <message>
        <source>%1 is not allowed here (expected one of: %2).</source>
        <translation>%1 n'est pas permis ici (attendu : l'une des valeurs %2).</translation>
    </message>
    <message>
        <source>The rule has no sequence (expected a whole number from 0 to 18; 19 holds the final deny rule).</source>
        <translation>La règle n'a pas de numéro (attendu : un entier de 0 à 18 ; la 19 porte la règle finale de refus).</translation>
    </message>
    <message>
        <source>The format version is missing (add "version": 1 at the top of the file).</source>
        <translation>La version du format manque (ajoutez "version": 1 en haut du fichier).</translation>
    </message>
</context>
<context>
    <name>pveha::SpecSummary</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Cluster and SSH</source>
        <translation>Cluster et SSH</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>Nom du cluster</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>Utilisateur SSH</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <source>Known hosts file</source>
        <translation>Fichier des hôtes connus</translation>
    </message>
    <message>
        <source>Host-key policy</source>
        <translation>Politique de clés d'hôte</translation>
    </message>
    <message>
        <source>Nodes (%1)</source>
        <translation>Nœuds (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Port SSH</translation>
    </message>
    <message>
        <source>Private address</source>
        <translation>Adresse privée</translation>
    </message>
    <message>
        <source>Private network</source>
        <translation>Réseau privé</translation>
    </message>
    <message>
        <source>vRack network card</source>
        <translation>Carte réseau vRack</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Pont</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>Disks (on each node)</source>
        <translation>Disques (sur chaque nœud)</translation>
    </message>
    <message>
        <source>System disk (never touched)</source>
        <translation>Disque système (jamais touché)</translation>
    </message>
    <message>
        <source>Ceph DB/WAL device (erased)</source>
        <translation>Périphérique DB/WAL de Ceph (effacé)</translation>
    </message>
    <message>
        <source>RAID %1 disks (erased)</source>
        <translation>Disques du RAID %1 (effacés)</translation>
    </message>
    <message>
        <source>md device, volume group, logical volume</source>
        <translation>Périphérique md, groupe de volumes, volume logique</translation>
    </message>
    <message>
        <source>Estimated capacity</source>
        <translation>Capacité estimée</translation>
    </message>
    <message>
        <source>%1 after RAID, %2 usable with %3 copies</source>
        <translation>%1 après RAID, %2 utilisables avec %3 copies</translation>
    </message>
    <message>
        <source>Ceph</source>
        <translation>Ceph</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Public and cluster networks</source>
        <translation>Réseaux public et de cluster</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>%1, %2 copies (at least %3 to write), autoscale %4, Proxmox storage %5</source>
        <translation>%1, %2 copies (au moins %3 pour écrire), autoscale : %4, stockage Proxmox : %5</translation>
    </message>
    <message>
        <source>High availability</source>
        <translation>Haute disponibilité</translation>
    </message>
    <message>
        <source>HA group or rule</source>
        <translation>Groupe ou règle HA</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Protected VMs</source>
        <translation>VM protégées</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l'instant</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Point d'accès de l'API</translation>
    </message>
    <message>
        <source>GUI sources (port 8006)</source>
        <translation>Sources de l'interface web (port 8006)</translation>
    </message>
    <message>
        <source>Admin sources (SSH)</source>
        <translation>Sources d'administration (SSH)</translation>
    </message>
    <message>
        <source>Between the nodes</source>
        <translation>Entre les nœuds</translation>
    </message>
    <message>
        <source>TCP established</source>
        <translation>TCP established</translation>
    </message>
    <message>
        <source>Extra rules</source>
        <translation>Règles supplémentaires</translation>
    </message>
    <message>
        <source>Rules of %1</source>
        <translation>Règles de %1</translation>
    </message>
</context>
<context>
    <name>pveha::SpecValidator</name>
    <message>
        <source>%1 is not an IPv4 network in CIDR notation (expected an address and a prefix length from 0 to 32, such as %2).</source>
        <translation>%1 n'est pas un réseau IPv4 en notation CIDR (attendu : une adresse et une longueur de préfixe de 0 à 32, par exemple %2).</translation>
    </message>
    <message>
        <source>%1 has host bits set (expected the network address %2).</source>
        <translation>%1 a des bits d'hôte à 1 (attendu : l'adresse de réseau %2).</translation>
    </message>
    <message>
        <source>%1 is not a supported format version (expected 1).</source>
        <translation>%1 n'est pas une version de format prise en charge (attendu : 1).</translation>
    </message>
    <message>
        <source>%1 is not a valid cluster name (expected 1 to 15 letters, digits or hyphens, such as cluster-pve-ha).</source>
        <translation>%1 n'est pas un nom de cluster valide (attendu : 1 à 15 lettres, chiffres ou tirets, par exemple cluster-pve-ha).</translation>
    </message>
    <message>
        <source>%1 is not a valid login name (expected up to 32 lower-case letters, digits, '_' or '-', starting with a letter or '_', such as root).</source>
        <translation>%1 n'est pas un identifiant valide (attendu : jusqu'à 32 lettres minuscules, chiffres, '_' ou '-', commençant par une lettre ou '_', par exemple root).</translation>
    </message>
    <message>
        <source>%1 contains a control character such as a newline (expected a file path on one line, such as ~/.ssh/id_ed25519).</source>
        <translation>%1 contient un caractère de contrôle comme un saut de ligne (attendu : un chemin de fichier sur une seule ligne, par exemple ~/.ssh/id_ed25519).</translation>
    </message>
    <message>
        <source>%1 is not a usable file path (expected a path on one line, such as ~/.ssh/known_hosts).</source>
        <translation>%1 n'est pas un chemin de fichier utilisable (attendu : un chemin sur une seule ligne, par exemple ~/.ssh/known_hosts).</translation>
    </message>
    <message numerus="yes">
        <source>The spec lists %n node(s), but a highly available cluster needs at least 3 (add nodes).</source>
        <translation>
            <numerusform>La spécification compte %n nœud, mais un cluster haute disponibilité en demande au moins 3 (ajoutez des nœuds).</numerusform>
            <numerusform>La spécification compte %n nœuds, mais un cluster haute disponibilité en demande au moins 3 (ajoutez des nœuds).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a valid node name (expected the node's hostname: 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen, such as node-01).</source>
        <translation>%1 n'est pas un nom de nœud valide (attendu : le nom d'hôte du nœud, 1 à 63 lettres, chiffres ou tirets, sans tiret au début ni à la fin, par exemple node-01).</translation>
    </message>
    <message>
        <source>%1 is already the name of nodes[%2] (each node needs its own name).</source>
        <translation>%1 est déjà le nom de nodes[%2] (chaque nœud a besoin de son propre nom).</translation>
    </message>
    <message>
        <source>%1 is neither an IPv4 address nor a hostname (expected an address such as 203.0.113.11 or a name such as node-01.example.com).</source>
        <translation>%1 n'est ni une adresse IPv4 ni un nom d'hôte (attendu : une adresse comme 203.0.113.11 ou un nom comme node-01.example.com).</translation>
    </message>
    <message>
        <source>%1 is already the public address of nodes[%2] (each node needs its own address).</source>
        <translation>%1 est déjà l'adresse publique de nodes[%2] (chaque nœud a besoin de sa propre adresse).</translation>
    </message>
    <message>
        <source>%1 is a hostname, but the OVHcloud Edge firewall works on IPv4 addresses (write the node's public IPv4 address, or set firewall.provider to none).</source>
        <translation>%1 est un nom d'hôte, or le pare-feu Edge d'OVHcloud travaille sur des adresses IPv4 (écrivez l'adresse IPv4 publique du nœud, ou mettez firewall.provider à none).</translation>
    </message>
    <message>
        <source>%1 is not a valid SSH port (expected a whole number from 1 to 65535; the default is 22).</source>
        <translation>%1 n'est pas un port SSH valide (attendu : un entier de 1 à 65535 ; 22 par défaut).</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address (expected four numbers 0–255 such as %2).</source>
        <translation>%1 n'est pas une adresse IPv4 (attendu : quatre nombres de 0 à 255, par exemple %2).</translation>
    </message>
    <message>
        <source>%1 is not inside the private network %2 (expected an address such as %3, or change network.cidr).</source>
        <translation>%1 n'est pas dans le réseau privé %2 (attendu : une adresse comme %3, ou changez network.cidr).</translation>
    </message>
    <message>
        <source>%1 is the network or broadcast address of %2, which no host can use (expected an address such as %3).</source>
        <translation>%1 est l'adresse de réseau ou de diffusion de %2, qu'aucun hôte ne peut utiliser (attendu : une adresse comme %3).</translation>
    </message>
    <message>
        <source>%1 is already the private address of nodes[%2] (each node needs its own address).</source>
        <translation>%1 est déjà l'adresse privée de nodes[%2] (chaque nœud a besoin de sa propre adresse).</translation>
    </message>
    <message>
        <source>%1 is not a valid interface name (expected 1 to 15 letters, digits, '_', '.' or '-' as `ip link` shows it, such as enp1s0f1).</source>
        <translation>%1 n'est pas un nom d'interface valide (attendu : 1 à 15 lettres, chiffres, '_', '.' ou '-' tel que `ip link` l'affiche, par exemple enp1s0f1).</translation>
    </message>
    <message>
        <source>%1 is not a valid bridge name (expected 1 to 15 letters, digits, '_', '.' or '-'; Proxmox names bridges vmbrN, such as vmbr1).</source>
        <translation>%1 n'est pas un nom de pont valide (attendu : 1 à 15 lettres, chiffres, '_', '.' ou '-' ; Proxmox nomme les ponts vmbrN, par exemple vmbr1).</translation>
    </message>
    <message>
        <source>%1 is also the private interface (expected a new bridge name, such as vmbr1).</source>
        <translation>%1 est aussi l'interface privée (attendu : un nouveau nom de pont, par exemple vmbr1).</translation>
    </message>
    <message>
        <source>%1 is not a usable MTU (expected a whole number from 1280 to 9216; 9000 enables jumbo frames on the vRack).</source>
        <translation>%1 n'est pas un MTU utilisable (attendu : un entier de 1280 à 9216 ; 9000 active les trames jumbo sur le vRack).</translation>
    </message>
    <message>
        <source>%1 is not a valid device path (expected /dev/ followed by letters, digits, '/', '_', '.' or '-', such as %2).</source>
        <translation>%1 n'est pas un chemin de périphérique valide (attendu : /dev/ suivi de lettres, chiffres, '/', '_', '.' ou '-', par exemple %2).</translation>
    </message>
    <message>
        <source>%1 is not an md device path (expected /dev/md followed by a number, such as /dev/md0).</source>
        <translation>%1 n'est pas un chemin de périphérique md (attendu : /dev/md suivi d'un nombre, par exemple /dev/md0).</translation>
    </message>
    <message>
        <source>%1 is already used as %2 (each device may have only one role; the OS disk is never touched).</source>
        <translation>%1 est déjà utilisé comme %2 (chaque périphérique n'a qu'un rôle ; le disque système n'est jamais touché).</translation>
    </message>
    <message>
        <source>%1 is not a supported RAID level (expected 1, 5, 6 or 10; the procedure uses 5).</source>
        <translation>%1 n'est pas un niveau RAID pris en charge (attendu : 1, 5, 6 ou 10 ; la procédure utilise 5).</translation>
    </message>
    <message>
        <source>RAID %1 needs at least %2 disks, but %3 are listed (add disks or choose another RAID level).</source>
        <translation>Le RAID %1 demande au moins %2 disques, mais %3 sont indiqués (ajoutez des disques ou choisissez un autre niveau RAID).</translation>
    </message>
    <message>
        <source>RAID 10 needs an even number of disks, but %1 are listed (add or remove one disk).</source>
        <translation>Le RAID 10 demande un nombre pair de disques, mais %1 sont indiqués (ajoutez ou retirez un disque).</translation>
    </message>
    <message>
        <source>letters, digits, '_', '.', '+' or '-', not starting with '-'</source>
        <translation>des lettres, chiffres, '_', '.', '+' ou '-', sans '-' au début</translation>
    </message>
    <message>
        <source>%1 is not a valid LVM volume group name (expected %2, such as ceph-raid).</source>
        <translation>%1 n'est pas un nom de groupe de volumes LVM valide (attendu : %2, par exemple ceph-raid).</translation>
    </message>
    <message>
        <source>%1 is not a valid LVM logical volume name (expected %2, and none of the names LVM reserves such as snapshot* or *_rimage; for example osd).</source>
        <translation>%1 n'est pas un nom de volume logique LVM valide (attendu : %2, et aucun des noms réservés par LVM comme snapshot* ou *_rimage ; par exemple osd).</translation>
    </message>
    <message>
        <source>%1 does not contain the private address %2 of node %3, so Ceph could not use it (expected the private network, such as %4).</source>
        <translation>%1 ne contient pas l'adresse privée %2 du nœud %3, Ceph ne pourrait donc pas l'utiliser (attendu : le réseau privé, par exemple %4).</translation>
    </message>
    <message>
        <source>%1 is not a valid Proxmox storage id (expected a letter, then letters, digits, '-', '_' or '.', ending with a letter or digit, such as Stockage-HA).</source>
        <translation>%1 n'est pas un identifiant de stockage Proxmox valide (attendu : une lettre, puis des lettres, chiffres, '-', '_' ou '.', finissant par une lettre ou un chiffre, par exemple Stockage-HA).</translation>
    </message>
    <message>
        <source>%1 is not a valid replica count (expected 1 to the number of nodes, usually 3).</source>
        <translation>%1 n'est pas un nombre de réplicas valide (attendu : de 1 au nombre de nœuds, en général 3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 replicas need as many nodes, but the spec lists %n node(s) (expected a size of at most the number of nodes).</source>
        <translation>
            <numerusform>%1 réplicas demandent autant de nœuds, mais la spécification en compte %n (attendu : une taille au plus égale au nombre de nœuds).</numerusform>
            <numerusform>%1 réplicas demandent autant de nœuds, mais la spécification en compte %n (attendu : une taille au plus égale au nombre de nœuds).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a valid minimum replica count (expected 1 to ceph.pool.size, usually 2).</source>
        <translation>%1 n'est pas un nombre minimal de réplicas valide (attendu : de 1 à ceph.pool.size, en général 2).</translation>
    </message>
    <message>
        <source>%1 is larger than ceph.pool.size %2 (expected a minimum size no larger than the size, such as size 3 and minSize 2).</source>
        <translation>%1 dépasse ceph.pool.size %2 (attendu : un minimum au plus égal à la taille, par exemple size 3 et minSize 2).</translation>
    </message>
    <message>
        <source>%1 is not a valid Proxmox HA group id (expected a letter followed by at least one letter, digit, '_' or '-', such as Cluster-Prod).</source>
        <translation>%1 n'est pas un identifiant de groupe HA Proxmox valide (attendu : une lettre suivie d'au moins une lettre, un chiffre, '_' ou '-', par exemple Cluster-Prod).</translation>
    </message>
    <message>
        <source>%1 is not the name of a node in nodes (expected one of: %2).</source>
        <translation>%1 n'est le nom d'aucun nœud de nodes (attendu : l'un de %2).</translation>
    </message>
    <message>
        <source>%1 is listed twice (list each node once).</source>
        <translation>%1 figure deux fois (indiquez chaque nœud une seule fois).</translation>
    </message>
    <message>
        <source>The HA group protects guests but has no node to run them on (list node names from nodes, such as %1).</source>
        <translation>Le groupe HA protège des invités mais n'a aucun nœud pour les exécuter (indiquez des noms de nœuds de nodes, par exemple %1).</translation>
    </message>
    <message>
        <source>%1 is not a valid guest id (expected a whole number from 100 to 999999999, such as 100).</source>
        <translation>%1 n'est pas un identifiant d'invité valide (attendu : un entier de 100 à 999999999, par exemple 100).</translation>
    </message>
    <message>
        <source>Guest %1 is already listed in ha.resources[%2] (list each guest once).</source>
        <translation>L'invité %1 figure déjà dans ha.resources[%2] (indiquez chaque invité une seule fois).</translation>
    </message>
</context>
<context>
    <name>pveha::SshAuth</name>
    <message>
        <source>The connection to node %1 (%2 port %3) dropped during authentication.</source>
        <translation>La connexion au nœud %1 (%2 port %3) a été coupée pendant l'authentification.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n'existe pas</translation>
    </message>
    <message>
        <source>%1 could not be unlocked (wrong passphrase?)</source>
        <translation>%1 n'a pas pu être déverrouillée (phrase de passe erronée ?)</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>%1 n'a pas pu être lue</translation>
    </message>
    <message>
        <source>nothing we could offer</source>
        <translation>rien que nous puissions proposer</translation>
    </message>
    <message>
        <source>Authentication as %1 on node %2 (%3 port %4) was refused. The server offers: %5. Tried: %6.</source>
        <translation>L'authentification en tant que %1 sur le nœud %2 (%3 port %4) a été refusée. Le serveur propose : %5. Essayé : %6.</translation>
    </message>
    <message>
        <source>None of these methods is supported by this tool.</source>
        <translation>Aucune de ces méthodes n'est prise en charge par cet outil.</translation>
    </message>
</context>
<context>
    <name>pveha::SshExec</name>
    <message>
        <source>The connection to node %1 (%2 port %3) was lost; the command may not have finished. The next command reconnects.</source>
        <translation>La connexion au nœud %1 (%2 port %3) a été perdue ; la commande ne s'est peut-être pas terminée. La prochaine commande se reconnecte.</translation>
    </message>
    <message>
        <source>Node %1 (%2 port %3) refused to start the command: %4</source>
        <translation>Le nœud %1 (%2 port %3) a refusé de lancer la commande : %4</translation>
    </message>
    <message>
        <source>The command on node %1 was cancelled.</source>
        <translation>La commande sur le nœud %1 a été annulée.</translation>
    </message>
    <message>
        <source>The command on node %1 did not finish within %2 s and was stopped.</source>
        <translation>La commande sur le nœud %1 ne s'est pas terminée en %2 s et a été arrêtée.</translation>
    </message>
    <message>
        <source>The command on node %1 was killed by signal %2.</source>
        <translation>La commande sur le nœud %1 a été tuée par le signal %2.</translation>
    </message>
    <message>
        <source>Node %1 closed the command's channel without an exit status.</source>
        <translation>Le nœud %1 a fermé le canal de la commande sans code de sortie.</translation>
    </message>
</context>
<context>
    <name>pveha::SshTransport</name>
    <message>
        <source>Node %1: the name %2 could not be resolved (port %3).</source>
        <translation>Nœud %1 : le nom %2 n'a pas pu être résolu (port %3).</translation>
    </message>
    <message>
        <source>Node %1 (%2 port %3) is unreachable.</source>
        <translation>Le nœud %1 (%2 port %3) est injoignable.</translation>
    </message>
    <message>
        <source>Node %1 (%2 port %3) refused the connection: is SSH listening on that port, and does a firewall allow it?</source>
        <translation>Le nœud %1 (%2 port %3) a refusé la connexion : SSH écoute-t-il sur ce port, et un pare-feu l'autorise-t-il ?</translation>
    </message>
    <message>
        <source>Node %1 (%2 port %3) did not answer within %4 s.</source>
        <translation>Le nœud %1 (%2 port %3) n'a pas répondu en %4 s.</translation>
    </message>
    <message>
        <source>Node %1 (%2 port %3): the SSH handshake failed.</source>
        <translation>Nœud %1 (%2 port %3) : la négociation SSH a échoué.</translation>
    </message>
    <message>
        <source>Node %1: invalid SSH setting %2 (%3).</source>
        <translation>Nœud %1 : réglage SSH %2 invalide (%3).</translation>
    </message>
    <message>
        <source>Connecting to node %1 was cancelled.</source>
        <translation>La connexion au nœud %1 a été annulée.</translation>
    </message>
    <message>
        <source>Node %1 (%2 port %3) accepted the connection but did not start an SSH session within %4 s: is it an SSH server?</source>
        <translation>Le nœud %1 (%2 port %3) a accepté la connexion mais n'a pas ouvert de session SSH en %4 s : est-ce un serveur SSH ?</translation>
    </message>
    <message>
        <source>Node %1 (%2 port %3): the SSH handshake failed: %4</source>
        <translation>Nœud %1 (%2 port %3) : la négociation SSH a échoué : %4</translation>
    </message>
</context>
<context>
    <name>pveha::StatusLook</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>pveha::StepsPanel</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Private network</source>
        <translation>Réseau privé</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Disques</translation>
    </message>
    <message>
        <source>Ceph and HA</source>
        <translation>Ceph et HA</translation>
    </message>
    <message>
        <source>Firewall rules</source>
        <translation>Règles du pare-feu</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Apply the firewall</source>
        <translation>Application du pare-feu</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Cluster health</source>
        <translation>Santé du cluster</translation>
    </message>
    <message>
        <source>Crash test</source>
        <translation>Test de bascule</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Not available in this version of the assistant yet.</source>
        <translation>Pas encore disponible dans cette version de l'assistant.</translation>
    </message>
</context>
<context>
    <name>pveha::SummaryPage</name>
    <message>
        <source>Save the cluster spec</source>
        <translation>Enregistrer la spécification du cluster</translation>
    </message>
    <message>
        <source>Cluster spec (*.json)</source>
        <translation>Spécification de cluster (*.json)</translation>
    </message>
    <message>
        <source>Unsaved cluster spec</source>
        <translation>Spécification de cluster non enregistrée</translation>
    </message>
    <message>
        <source>The spec is complete: every value is valid. Save it, then continue to check the servers.</source>
        <translation>La spécification est complète : toutes les valeurs sont valides. Enregistrez-la, puis continuez pour vérifier les serveurs.</translation>
    </message>
    <message>
        <source>Problems remaining: %1, listed below. Go back to the page of each field to fix them; you can save the spec anyway and finish it later.</source>
        <translation>Problèmes restants : %1, listés ci-dessous. Revenez à la page de chaque champ pour les corriger ; vous pouvez quand même enregistrer la spécification et la terminer plus tard.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Everything the assistant will build, on one page. Save the spec to re-open it later or to use it with the command line.</source>
        <translation>Tout ce que l'assistant va construire, sur une seule page. Enregistrez la spécification pour la rouvrir plus tard ou l'utiliser avec la ligne de commande.</translation>
    </message>
    <message>
        <source>&amp;Save the spec…</source>
        <translation>&amp;Enregistrer la spécification…</translation>
    </message>
    <message>
        <source>Writes the spec as JSON, readable only by you (mode 0600). It holds no password or key.</source>
        <translation>Écrit la spécification en JSON, lisible par vous seul (mode 0600). Elle ne contient aucun mot de passe ni aucune clé.</translation>
    </message>
    <message>
        <source>The spec could not be saved: %1</source>
        <translation>La spécification n'a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Saved to %1, but changed since: save again to keep the changes.</source>
        <translation>Enregistrée dans %1, mais modifiée depuis : enregistrez-la de nouveau pour conserver les modifications.</translation>
    </message>
    <message>
        <source>Saved to %1 (readable only by you).</source>
        <translation>Enregistrée dans %1 (lisible par vous seul).</translation>
    </message>
    <message>
        <source>The cluster spec has changes that are not saved. Save it before checking the servers?</source>
        <translation>La spécification du cluster a des modifications non enregistrées. L'enregistrer avant de vérifier les serveurs ?</translation>
    </message>
</context>
<context>
    <name>pveha::ValidateCommand</name>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>ATTENTION</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>IGNORÉ</translation>
    </message>
    <message>
        <source>MTU mesh (don't-fragment ping between private addresses)</source>
        <translation>Maillage MTU (ping sans fragmentation entre adresses privées)</translation>
    </message>
    <message>
        <source>Summary: %1 passed, %2 warnings, %3 failed, %4 skipped.</source>
        <translation>Bilan : %1 réussis, %2 avertissements, %3 en échec, %4 ignorés.</translation>
    </message>
</context>
<context>
    <name>pveha::ValidationPage</name>
    <message>
        <source>Command and output</source>
        <translation>Commande et sortie</translation>
    </message>
    <message>
        <source># Select a check to see its command and output.</source>
        <translation># Sélectionnez un contrôle pour voir sa commande et sa sortie.</translation>
    </message>
    <message>
        <source># This check ran no command of its own.</source>
        <translation># Ce contrôle n'a exécuté aucune commande qui lui soit propre.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>&amp;Run the checks again</source>
        <translation>&amp;Relancer les contrôles</translation>
    </message>
    <message>
        <source>S&amp;top the checks</source>
        <translation>&amp;Arrêter les contrôles</translation>
    </message>
    <message>
        <source>Jumbo frames between the nodes (rows send, columns answer):</source>
        <translation>Trames jumbo entre les nœuds (les lignes envoient, les colonnes répondent) :</translation>
    </message>
    <message>
        <source>I have read the warnings and want to continue anyway.</source>
        <translation>J'ai lu les avertissements et je veux continuer quand même.</translation>
    </message>
    <message>
        <source>Some disks are in use: checking whether this deployment's own steps put them to use…</source>
        <translation>Certains disques sont utilisés : vérification que ce sont les étapes de ce déploiement qui les utilisent…</translation>
    </message>
    <message>
        <source>In use by this deployment: its step %1 has already run on %2, so these disks will not be erased again; the deployment resumes after it.</source>
        <translation>Utilisés par ce déploiement : son étape %1 a déjà été exécutée sur %2, ces disques ne seront donc pas effacés de nouveau ; le déploiement reprend après elle.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n node(s) in parallel: %1 of %2 checks done, then %3 of %4 network paths.</source>
        <translation>
            <numerusform>Vérification de %n nœud en parallèle : %1 contrôles faits sur %2, puis %3 chemins réseau sur %4.</numerusform>
            <numerusform>Vérification de %n nœuds en parallèle : %1 contrôles faits sur %2, puis %3 chemins réseau sur %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation>Vérifié à %1.</translation>
    </message>
    <message>
        <source>The checks could not start: %1</source>
        <translation>Les contrôles n'ont pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The checks were stopped before the end. Run them again: the deployment needs a complete check of every node.</source>
        <translation>Les contrôles ont été arrêtés avant la fin. Relancez-les : le déploiement exige une vérification complète de chaque nœud.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed. Fix the nodes or the spec (Back), then run the checks again: nothing is deployed until every check passes.</source>
        <translation>
            <numerusform>%n contrôle a échoué. Corrigez les nœuds ou la spécification (« Précédent »), puis relancez les contrôles : rien n'est déployé tant que tous les contrôles n'ont pas réussi.</numerusform>
            <numerusform>%n contrôles ont échoué. Corrigez les nœuds ou la spécification (« Précédent »), puis relancez les contrôles : rien n'est déployé tant que tous les contrôles n'ont pas réussi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No check failed, but %n warning(s) need your attention: read them in the table before going on.</source>
        <translation>
            <numerusform>Aucun contrôle n'a échoué, mais %n avertissement demande votre attention : lisez-le dans le tableau avant de continuer.</numerusform>
            <numerusform>Aucun contrôle n'a échoué, mais %n avertissements demandent votre attention : lisez-les dans le tableau avant de continuer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every check passed on the %n node(s): the servers fit the spec.</source>
        <translation>
            <numerusform>Tous les contrôles ont réussi sur %n nœud : le serveur est conforme à la spécification.</numerusform>
            <numerusform>Tous les contrôles ont réussi sur les %n nœuds : les serveurs sont conformes à la spécification.</numerusform>
        </translation>
    </message>
    <message>
        <source>The servers are checked against the spec: reachable, Proxmox VE installed, the disks present and empty, the private network able to carry its MTU. Nothing is changed on them (apt only refreshes its package lists, to test the repositories).</source>
        <translation>Les serveurs sont vérifiés par rapport à la spécification : joignables, Proxmox VE installé, les disques présents et vides, le réseau privé capable de porter son MTU. Rien n'y est modifié (apt rafraîchit seulement ses listes de paquets, pour tester les dépôts).</translation>
    </message>
</context>
<context>
    <name>pveha::WelcomePage</name>
    <message>
        <source>Build a Proxmox VE high-availability cluster</source>
        <translation>Construire un cluster Proxmox VE haute disponibilité</translation>
    </message>
    <message>
        <source>From three or more freshly installed OVHcloud dedicated servers, over SSH.</source>
        <translation>À partir de trois serveurs dédiés OVHcloud fraîchement installés, ou plus, par SSH.</translation>
    </message>
    <message>
        <source>&lt;p&gt;This assistant turns your servers into a &lt;b&gt;Proxmox VE cluster&lt;/b&gt; with &lt;b&gt;Ceph&lt;/b&gt; storage and &lt;b&gt;high availability&lt;/b&gt;: if a server fails, its virtual machines restart on the others, with no data lost.&lt;/p&gt;&lt;p&gt;Nothing is changed on the servers before you have reviewed the plan and confirmed each step that erases disks.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cet assistant transforme vos serveurs en &lt;b&gt;cluster Proxmox VE&lt;/b&gt; avec stockage &lt;b&gt;Ceph&lt;/b&gt; et &lt;b&gt;haute disponibilité&lt;/b&gt; : si un serveur tombe en panne, ses machines virtuelles redémarrent sur les autres, sans perte de données.&lt;/p&gt;&lt;p&gt;Rien n'est modifié sur les serveurs avant que vous ayez relu le plan et confirmé chaque étape qui efface des disques.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;You will describe the nodes, the private vRack network, the disks, Ceph, HA and the Edge Network Firewall; the assistant then checks the servers, shows every command it will run, deploys with live logs, and ends with a health check and a report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vous décrirez les nœuds, le réseau privé vRack, les disques, Ceph, la HA et l'Edge Network Firewall ; l'assistant vérifie ensuite les serveurs, montre chaque commande qu'il va exécuter, déploie avec les journaux en direct et termine par un contrôle de santé et un rapport.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The language of the assistant, its messages and the report.</source>
        <translation>La langue de l'assistant, de ses messages et du rapport.</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>&amp;New cluster: describe the servers step by step</source>
        <translation>&amp;Nouveau cluster : décrire les serveurs étape par étape</translation>
    </message>
    <message>
        <source>&amp;Open a saved cluster spec (JSON)…</source>
        <translation>&amp;Ouvrir une spécification de cluster enregistrée (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Demo: three simulated nodes, nothing real is touched</source>
        <translation>&amp;Démonstration : trois nœuds simulés, rien de réel n'est modifié</translation>
    </message>
    <message>
        <source>Try the whole flow on simulated servers, without any real machine.</source>
        <translation>Essayer tout le parcours sur des serveurs simulés, sans aucune machine réelle.</translation>
    </message>
    <message>
        <source>Open a saved cluster spec</source>
        <translation>Ouvrir une spécification de cluster enregistrée</translation>
    </message>
    <message>
        <source>Cluster spec (*.json);;All files (*)</source>
        <translation>Spécification de cluster (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Continue from a spec saved earlier by this assistant, or written by hand following the documented format.</source>
        <translation>Reprendre à partir d'une spécification enregistrée auparavant par cet assistant, ou écrite à la main selon le format documenté.</translation>
    </message>
    <message>
        <source>Path of the spec file, for example ~/cluster-pve-ha.json</source>
        <translation>Chemin du fichier de spécification, par exemple ~/cluster-pve-ha.json</translation>
    </message>
    <message>
        <source>The JSON spec file to open. Next opens it; problems in it are listed and can be fixed on the following pages.</source>
        <translation>Le fichier de spécification JSON à ouvrir. « Suivant » l'ouvre ; ses problèmes sont listés et peuvent être corrigés sur les pages suivantes.</translation>
    </message>
    <message>
        <source>C&amp;hoose a file…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <source>Pick the spec file; this also selects "Open a saved cluster spec".</source>
        <translation>Choisir le fichier de spécification ; cela sélectionne aussi « Ouvrir une spécification de cluster enregistrée ».</translation>
    </message>
    <message>
        <source>Skips the input, validation and deployment pages and opens the cluster's health, then the crash test and the report. Back returns here.</source>
        <translation>Passe les pages de saisie, de validation et de déploiement et ouvre la santé du cluster, puis le test de bascule et le rapport. « Précédent » revient ici.</translation>
    </message>
    <message>
        <source>This cluster is already deployed: &amp;go straight to its health</source>
        <translation>Ce cluster est déjà déployé : &amp;aller directement à sa santé</translation>
    </message>
</context>
</TS>
