<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>KnownHosts</name>
    <message>
        <source>Node %1 (%2 port %3) sent no usable host key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(unreadable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host key of node %1 (%2 port %3) has CHANGED. Someone may be intercepting the connection, or the server was reinstalled.
Known key:   %4
Offered key: %5 (%6)
Nothing was sent to the node. If the change is expected, remove the old key with `ssh-keygen -R "%7" -f %8` and connect again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node %1 (%2 port %3) offered a %4 host key (%5), but %6 holds a key of another type for it. This tool refuses it, as ssh would. If the node's keys changed on purpose, remove the old entry with `ssh-keygen -R "%7" -f %6`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host key of node %1 (%2 port %3) was not trusted (%4 %5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host key of node %1 (%2 port %3) is not known: %4 %5.
The host key policy "%6" accepts only keys already in %7. Check the fingerprint on the node (`ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub`), then add the key with `ssh-keyscan -p %3 %2 &gt;&gt; %7`, or run once with the policy accept-new.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host key of node %1 (%2 port %3) could not be checked against %4: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host key of node %1 could not be checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host key of node %1 (%2) could not be stored in %3: %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pveha::CliRunner</name>
    <message>
        <source>"%1" is not available in this version yet: its engine has not been built.</source>
        <translation>« %1 » n'est pas encore disponible dans cette version : son moteur n'a pas encore été construit.</translation>
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
</context>
<context>
    <name>pveha::SpecJson</name>
    <message>
        <source>This field is not part of the spec format and is ignored; check its spelling.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an object (expected fields in braces { }).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a list (expected values in square brackets [ ]).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not text (expected a value in double quotes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a whole number (expected digits without quotes or decimals).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is far outside the range this field allows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not true or false (expected true or false without quotes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not allowed here (expected one of: %2).</source>
        <translation type="unfinished" />
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
</context>
</TS>
