"""Wording of the segmentation test documents (issue 14): our own translations and answers.

Template wording: the Dutch entries are the official text (``data/templates/nl.json``);
every other language is our own rendering of the Annex (not the official wording), so it
is recognised by meaning, not by a template pack. Answers are invented for these tests
(no agency, law or figure is real) and appear in no development document.

Keys per language:
    heading: Annex section → its title in the language (no number).
    para: section → a paraphrase of the title (headings that do not copy the Annex).
    q: key element → the question (dash bullet added by the builder).
    instr: section → guidance paragraph.
    ans: section → two answer paragraphs.
    title: the document's title line; toc: the word for contents; chapter: "Chapter".
    own: own headings of a free part (return, integration) and own sub-headings (staff, IT).
"""

SECTIONS = ("2.1.2", "2.2.2", "2.3.3", "2.3.4", "2.6")

TEXT: dict[str, dict] = {
    "nl": {
        "title": "Nationale strategie asiel- en migratiebeheer – uittreksel voor consultatie",
        "toc": "Inhoudsopgave",
        "chapter": "Hoofdstuk",
        "own": {"2.1.2": "Terugkeer en vertrek", "2.3.4": "Meedoen in de gemeente", "staff": "2.1 Personeel en opleiding", "it": "2.2 Digitale systemen"},
        "para": {"2.2.2": "Asielprocedures aan de grens", "2.3.3": "Opvang van asielzoekers", "2.6": "Mensen, middelen en geld voor de uitvoering"},
        "ans": {
            "2.1.2": [
                "De Dienst Vertrek en Terugkeer voert vanaf 2026 een vast vertrekgesprek binnen vier weken na een afwijzende beslissing. Wie niet vrijwillig vertrekt, komt in een casusoverleg met gemeente en vreemdelingenpolitie.",
                "Het budget voor ondersteunde vrijwillige terugkeer wordt verdubbeld tot 14 miljoen euro per jaar, met herintegratiepakketten die in de landen van herkomst door partnerorganisaties worden begeleid.",
            ],
            "2.2.2": [
                "In de aanmeldcentra Ter Weel en Hoogeind wordt de grensprocedure binnen twaalf weken afgerond. Elke aanvrager krijgt op de eerste dag een gesprek met een advocaat en een medische check.",
                "De rechtbanken plannen vaste zittingsdagen voor grenszaken, zodat beroep binnen vier weken wordt behandeld en een terugkeerbesluit direct aansluit op een afwijzing.",
            ],
            "2.3.3": [
                "Het aantal opvangplaatsen groeit tot 52.000, verdeeld over middelgrote locaties van 300 plaatsen in alle provincies. Een flexibele buffer van 5.000 plaatsen vangt pieken op.",
                "Alleenstaande minderjarigen wonen in kleinschalige woongroepen met een vaste mentor; kwetsbare personen worden binnen twee dagen na aankomst gescreend op medische en psychische zorgbehoeften.",
            ],
            "2.3.4": [
                "Statushouders beginnen in de opvang al met taalles en een werkfit-traject. Gemeenten krijgen een vaste vergoeding per persoon voor begeleiding naar werk en onderwijs.",
                "Binnen zes maanden na huisvesting heeft iedere statushouder een persoonlijk plan voor inburgering, met een taalcoach uit de eigen buurt.",
            ],
            "2.6": [
                "De uitvoeringsorganisaties krijgen tot 2030 jaarlijks 310 miljoen euro extra en werven 1.200 nieuwe medewerkers, onder wie 400 beslismedewerkers met een tweejarig opleidingsprogramma.",
                "Het nieuwe ketenregistratiesysteem koppelt de dossiers van opvang, procedure en vertrek; aansluiting op Eurodac en het Schengeninformatiesysteem is in 2026 gereed.",
            ],
        },
    },
    "de": {
        "title": "Nationale Strategie für Asyl- und Migrationsmanagement – Auszug (Entwurf zur Anhörung)",
        "toc": "Inhalt",
        "chapter": "Kapitel",
        "heading": {
            "2.1.2": "Elemente der internen Dimension",
            "2.2.2": "Wirksamer Zugang zu internationalem Schutz an den Außengrenzen der EU",
            "2.3.3": "Ein robustes Aufnahmesystem",
            "2.3.4": "Voraussetzungen für eine erfolgreiche und frühzeitige Integration",
            "2.6": "Gewährleistung ausreichender Kapazitäten und Fähigkeiten für die wirksame Umsetzung der nationalen Strategie",
        },
        "para": {"2.2.2": "Asylverfahren an der Außengrenze", "2.3.3": "Unterbringung und Versorgung von Schutzsuchenden", "2.6": "Personal, Sachmittel und Finanzierung der Umsetzung"},
        "q": {
            "2.2.2.a": "Wie lässt sich der rasche und tatsächliche Zugang zu einem fairen und wirksamen Verfahren für internationalen Schutz an den Außengrenzen, in Transitzonen und in den Hoheitsgewässern der EU am besten gewährleisten?",
            "2.3.3.a": "Ihr strategischer Ansatz, mit dem sichergestellt wird, dass das Aufnahmesystem den Antragstellern Zugang zu angemessenen Aufnahmebedingungen gemäß der Richtlinie (EU) 2024/1346 des Europäischen Parlaments und des Rates bietet.",
            "2.3.3.b": "Andere Maßnahmen, die Ihre strategischen Ziele in diesem Bereich erleichtern können, etwa Maßnahmen für ein nachhaltiges, widerstandsfähiges und angemessenes Aufnahmesystem, zur Überwachung der Aufnahmebedingungen, zur Begrenzung des Missbrauchs des Aufnahmesystems und zu den besonderen Bedürfnissen unbegleiteter Minderjähriger und schutzbedürftiger Personen.",
            "2.6.a": "Wie wird die Verfügbarkeit der erforderlichen personellen, materiellen und finanziellen Mittel und der Infrastruktur für eine wirksame Umsetzung dieser Strategie am besten sichergestellt, wenn man berücksichtigt, dass die Strategie über einen Zeitraum von fünf Jahren umgesetzt wird?",
            "2.6.c": "Wie werden die auf Unionsebene eingerichteten Instrumente der operativen Unterstützung, etwa die der Asylagentur der EU und von Frontex oder die ständige EU-Toolbox für Migrationsunterstützung, für ein wirksames Asyl- und Migrationsmanagementsystem genutzt oder wie könnten sie genutzt werden?",
        },
        "instr": {
            "2.6": "Beschreiben Sie unter Berücksichtigung der festgestellten aktuellen und künftigen Herausforderungen und Bedürfnisse Ihre strategischen politischen Ziele, mit denen ausreichende personelle Ressourcen sowie materielle und finanzielle Kapazitäten für die Umsetzung der verschiedenen Teile der Strategie sichergestellt werden.",
        },
        "own": {"2.1.2": "Rückkehr und Ausreise", "2.3.4": "Teilhabe in den Kommunen", "staff": "2.1 Personal und Ausbildung", "it": "2.2 Digitale Werkzeuge"},
        "ans": {
            "2.1.2": [
                "Das Landesamt für Rückkehr führt ab 2026 innerhalb von vier Wochen nach einer ablehnenden Entscheidung ein verbindliches Rückkehrgespräch. Wer nicht freiwillig ausreist, wird in einer gemeinsamen Fallkonferenz von Ausländerbehörde und Polizei betreut.",
                "Die Mittel für die geförderte freiwillige Rückkehr steigen auf 18 Millionen Euro jährlich; Reintegrationshilfen werden in den Herkunftsländern von Partnerorganisationen begleitet.",
            ],
            "2.2.2": [
                "In den Ankunftszentren Grenzfeld und Oberau wird das Grenzverfahren binnen zwölf Wochen abgeschlossen. Jede antragstellende Person erhält am ersten Tag eine unabhängige Rechtsberatung und eine ärztliche Untersuchung.",
                "Die Verwaltungsgerichte richten feste Sitzungstage für Grenzverfahren ein, damit Rechtsbehelfe innerhalb von vier Wochen entschieden werden und die Rückkehrentscheidung unmittelbar an die Ablehnung anschließt.",
            ],
            "2.3.3": [
                "Die Zahl der Aufnahmeplätze wächst bis 2028 auf 41.000, verteilt auf mittelgroße Einrichtungen mit höchstens 350 Plätzen in allen Regionen. Eine Reserve von 4.000 Plätzen fängt plötzliche Anstiege auf.",
                "Unbegleitete Minderjährige leben in kleinen Wohngruppen mit fester Bezugsperson; schutzbedürftige Personen werden innerhalb von zwei Tagen nach Ankunft auf medizinischen und psychologischen Bedarf untersucht.",
            ],
            "2.3.4": [
                "Anerkannte Schutzberechtigte beginnen bereits in der Erstaufnahme mit Sprachkursen und einer Kompetenzfeststellung. Die Kommunen erhalten eine feste Pauschale pro Person für die Begleitung in Arbeit und Ausbildung.",
                "Innerhalb von sechs Monaten nach dem Umzug in eine Wohnung hat jede Person einen persönlichen Integrationsplan mit einer Lotsin oder einem Lotsen aus der Nachbarschaft.",
            ],
            "2.6": [
                "Die zuständigen Behörden erhalten bis 2030 jährlich 260 Millionen Euro zusätzlich und stellen 900 neue Beschäftigte ein, darunter 300 Entscheiderinnen und Entscheider mit einem zweijährigen Ausbildungsprogramm.",
                "Ein neues Fallverwaltungssystem verbindet die Akten von Aufnahme, Verfahren und Rückkehr; die Anbindung an Eurodac und das Schengener Informationssystem wird 2026 abgeschlossen.",
            ],
        },
    },
    "fr": {
        "title": "Stratégie nationale de gestion de l'asile et de la migration – extrait soumis à consultation",
        "toc": "Sommaire",
        "chapter": "Chapitre",
        "heading": {
            "2.1.2": "Éléments de la dimension interne",
            "2.2.2": "Accès effectif à la protection internationale aux frontières extérieures de l'UE",
            "2.3.3": "Un système d'accueil solide",
            "2.3.4": "Conditions d'une intégration réussie et précoce",
            "2.6": "Garantir des capacités et des moyens suffisants pour la mise en œuvre effective de la stratégie nationale",
        },
        "para": {"2.2.2": "La procédure d'asile à la frontière", "2.3.3": "L'hébergement des demandeurs d'asile", "2.6": "Personnel, moyens matériels et budget de la mise en œuvre"},
        "q": {
            "2.2.2.a": "Comment garantir au mieux un accès rapide et effectif à une procédure équitable et efficace de protection internationale aux frontières extérieures, dans les zones de transit et dans les eaux territoriales de l'UE?",
            "2.3.3.a": "Votre approche stratégique visant à garantir que le système d'accueil permette aux demandeurs d'accéder à des conditions d'accueil adéquates conformément à la directive (UE) 2024/1346 du Parlement européen et du Conseil.",
            "2.3.3.b": "Autres mesures susceptibles de faciliter vos objectifs stratégiques dans ce domaine, telles que des mesures garantissant un système d'accueil durable, résilient et adéquat, le suivi des conditions d'accueil, la limitation des abus du système d'accueil et la prise en compte des besoins particuliers des mineurs non accompagnés et des personnes vulnérables.",
            "2.6.a": "Comment garantir au mieux la disponibilité des ressources humaines, matérielles et financières et des infrastructures nécessaires à la mise en œuvre effective de la présente stratégie, compte tenu du fait qu'elle sera mise en œuvre sur une période de cinq ans?",
            "2.6.c": "Comment les outils de soutien opérationnel mis en place au niveau de l'Union, tels que ceux de l'Agence de l'Union européenne pour l'asile et de Frontex ou la boîte à outils permanente de l'UE pour le soutien en matière de migration, sont-ils ou pourraient-ils être utilisés pour un système efficace de gestion de l'asile et de la migration?",
        },
        "instr": {
            "2.6": "Décrivez, en tenant compte des défis et besoins actuels et futurs recensés, vos objectifs stratégiques visant à garantir des ressources humaines suffisantes ainsi que des capacités matérielles et financières pour mettre en œuvre les différentes composantes de la stratégie.",
        },
        "own": {"2.1.2": "Retour et éloignement", "2.3.4": "Vivre et travailler dans la commune", "staff": "2.1 Recrutement et formation", "it": "2.2 Outils numériques"},
        "ans": {
            "2.1.2": [
                "À partir de 2026, l'Office des départs organise un entretien de retour obligatoire dans les quatre semaines suivant une décision négative. Les personnes qui ne partent pas volontairement sont suivies par une cellule commune de la préfecture et de la police.",
                "Le budget de l'aide au retour volontaire passe à 16 millions d'euros par an, et les aides à la réinsertion sont accompagnées dans les pays d'origine par des organisations partenaires.",
            ],
            "2.2.2": [
                "Dans les centres d'arrivée de Port-Sainte-Anne et de Villebrune, la procédure à la frontière est close en douze semaines. Chaque demandeur rencontre un avocat et passe un examen médical dès le premier jour.",
                "Les tribunaux administratifs réservent des audiences dédiées aux affaires frontalières, afin que les recours soient jugés en quatre semaines et que la décision de retour suive immédiatement le rejet.",
            ],
            "2.3.3": [
                "Le parc d'hébergement atteindra 38 000 places en 2028, réparties dans des centres de taille moyenne de 300 places au plus dans chaque région. Une réserve de 3 500 places absorbe les pics d'arrivées.",
                "Les mineurs non accompagnés vivent dans de petites unités avec un éducateur référent; les personnes vulnérables font l'objet d'un repérage médical et psychologique dans les deux jours suivant leur arrivée.",
            ],
            "2.3.4": [
                "Les bénéficiaires d'une protection commencent les cours de langue et un bilan de compétences dès l'hébergement initial. Les communes reçoivent un forfait par personne pour l'accompagnement vers l'emploi et la formation.",
                "Dans les six mois suivant l'accès à un logement, chaque personne dispose d'un parcours d'intégration personnalisé avec un parrain ou une marraine du quartier.",
            ],
            "2.6": [
                "Les administrations concernées reçoivent 240 millions d'euros supplémentaires par an jusqu'en 2030 et recrutent 850 agents, dont 280 officiers de protection formés pendant deux ans.",
                "Un nouveau système de gestion des dossiers relie l'accueil, la procédure et le retour; le raccordement à Eurodac et au système d'information Schengen sera achevé en 2026.",
            ],
        },
    },
    "it": {
        "title": "Strategia nazionale di gestione dell'asilo e della migrazione – estratto per la consultazione",
        "toc": "Indice",
        "chapter": "Capitolo",
        "heading": {
            "2.1.2": "Elementi della dimensione interna",
            "2.2.2": "Accesso effettivo alla protezione internazionale alle frontiere esterne dell'UE",
            "2.3.3": "Un sistema di accoglienza solido",
            "2.3.4": "Condizioni per un'integrazione riuscita e precoce",
            "2.6": "Garantire capacità e mezzi sufficienti per l'attuazione efficace della strategia nazionale",
        },
        "para": {"2.2.2": "La procedura di asilo alla frontiera", "2.3.3": "L'ospitalità dei richiedenti asilo", "2.6": "Personale, mezzi e bilancio per l'attuazione"},
        "q": {
            "2.2.2.a": "Come si può garantire al meglio un accesso rapido ed effettivo a una procedura equa ed efficace di protezione internazionale alle frontiere esterne, nelle zone di transito e nelle acque territoriali dell'UE?",
            "2.3.3.a": "Il vostro approccio strategico per garantire che il sistema di accoglienza consenta ai richiedenti di accedere a condizioni di accoglienza adeguate conformemente alla direttiva (UE) 2024/1346 del Parlamento europeo e del Consiglio.",
            "2.3.3.b": "Altre misure che possono agevolare i vostri obiettivi strategici in questo settore, quali misure per un sistema di accoglienza sostenibile, resiliente e adeguato, per il monitoraggio delle condizioni di accoglienza, per limitare gli abusi del sistema di accoglienza e per rispondere alle esigenze specifiche dei minori non accompagnati e delle persone vulnerabili.",
            "2.6.a": "Come si garantisce al meglio la disponibilità delle risorse umane, materiali e finanziarie e delle infrastrutture necessarie per un'attuazione efficace della presente strategia, tenendo conto che essa sarà attuata su un periodo di cinque anni?",
            "2.6.c": "In che modo gli strumenti di sostegno operativo istituiti a livello dell'Unione, come quelli dell'Agenzia dell'Unione europea per l'asilo e di Frontex o il pacchetto di strumenti permanente dell'UE per il sostegno alla migrazione, sono o potrebbero essere utilizzati per un sistema efficace di gestione dell'asilo e della migrazione?",
        },
        "instr": {
            "2.6": "Descrivete, tenendo conto delle sfide e delle esigenze attuali e future individuate, i vostri obiettivi strategici per garantire risorse umane sufficienti e capacità materiali e finanziarie per attuare le diverse componenti della strategia.",
        },
        "own": {"2.1.2": "Rimpatri e partenze", "2.3.4": "Vivere e lavorare nei comuni", "staff": "2.1 Personale e formazione", "it": "2.2 Strumenti digitali"},
        "ans": {
            "2.1.2": [
                "Dal 2026 l'Ufficio rimpatri svolge un colloquio obbligatorio entro quattro settimane da una decisione negativa. Chi non parte volontariamente è seguito da un tavolo congiunto di questura e prefettura.",
                "Il bilancio per il rimpatrio volontario assistito sale a 12 milioni di euro l'anno, con pacchetti di reintegrazione seguiti nei paesi di origine da organizzazioni partner.",
            ],
            "2.2.2": [
                "Nei centri di arrivo di Capo Lieto e Valmarina la procedura di frontiera si conclude entro dodici settimane. Ogni richiedente incontra un avvocato e riceve una visita medica il primo giorno.",
                "I tribunali fissano udienze dedicate ai casi di frontiera, così che i ricorsi siano decisi in quattro settimane e la decisione di rimpatrio segua subito il rigetto.",
            ],
            "2.3.3": [
                "I posti di accoglienza saliranno a 45.000 entro il 2028, distribuiti in centri di medie dimensioni con al massimo 300 posti in ogni regione. Una riserva di 4.500 posti assorbe i picchi di arrivi.",
                "I minori stranieri non accompagnati vivono in piccole comunità con un tutore di riferimento; le persone vulnerabili sono valutate sul piano medico e psicologico entro due giorni dall'arrivo.",
            ],
            "2.3.4": [
                "I titolari di protezione iniziano i corsi di lingua e un bilancio delle competenze già nei centri di prima accoglienza. I comuni ricevono una quota fissa per persona per l'accompagnamento al lavoro e alla formazione.",
                "Entro sei mesi dall'ingresso in un alloggio ogni persona ha un piano di integrazione personale con un mentore del quartiere.",
            ],
            "2.6": [
                "Le amministrazioni competenti ricevono 220 milioni di euro in più all'anno fino al 2030 e assumono 800 dipendenti, di cui 250 funzionari istruttori con un percorso di formazione biennale.",
                "Un nuovo sistema di gestione dei fascicoli collega accoglienza, procedura e rimpatrio; il collegamento a Eurodac e al sistema d'informazione Schengen sarà completato nel 2026.",
            ],
        },
    },
    "es": {
        "title": "Estrategia nacional de gestión del asilo y la migración – extracto para consulta",
        "toc": "Índice",
        "chapter": "Capítulo",
        "heading": {
            "2.1.2": "Elementos de la dimensión interna",
            "2.2.2": "Acceso efectivo a la protección internacional en las fronteras exteriores de la UE",
            "2.3.3": "Un sistema de acogida sólido",
            "2.3.4": "Condiciones para una integración satisfactoria y temprana",
            "2.6": "Garantizar capacidades y medios suficientes para la aplicación efectiva de la estrategia nacional",
        },
        "para": {"2.2.2": "El procedimiento de asilo en la frontera", "2.3.3": "El alojamiento de los solicitantes de asilo", "2.6": "Personal, medios y presupuesto para la ejecución"},
        "q": {
            "2.2.2.a": "¿Cómo puede garantizarse mejor un acceso rápido y efectivo a un procedimiento justo y eficaz de protección internacional en las fronteras exteriores, las zonas de tránsito y las aguas territoriales de la UE?",
            "2.3.3.a": "Su enfoque estratégico para garantizar que el sistema de acogida permita a los solicitantes acceder a unas condiciones de acogida adecuadas de conformidad con la Directiva (UE) 2024/1346 del Parlamento Europeo y del Consejo.",
            "2.3.3.b": "Otras medidas que puedan facilitar sus objetivos estratégicos en este ámbito, como medidas para un sistema de acogida sostenible, resiliente y adecuado, el seguimiento de las condiciones de acogida, la limitación de los abusos del sistema de acogida y la atención a las necesidades específicas de los menores no acompañados y de las personas vulnerables.",
            "2.6.a": "¿Cómo se garantiza mejor la disponibilidad de los recursos humanos, materiales y financieros y de las infraestructuras necesarias para una aplicación efectiva de la presente estrategia, teniendo en cuenta que se aplicará durante un período de cinco años?",
            "2.6.c": "¿Cómo se utilizan, o podrían utilizarse, las herramientas de apoyo operativo creadas a nivel de la Unión, como las de la Agencia de Asilo de la UE y Frontex o el conjunto permanente de instrumentos de la UE de apoyo a la migración, para un sistema eficaz de gestión del asilo y la migración?",
        },
        "instr": {
            "2.6": "Describa, teniendo en cuenta los retos y necesidades actuales y futuros detectados, sus objetivos estratégicos para garantizar recursos humanos suficientes y capacidad material y financiera para aplicar los distintos componentes de la estrategia.",
        },
        "own": {"2.1.2": "Retorno y salidas", "2.3.4": "Vivir y trabajar en el municipio", "staff": "2.1 Personal y formación", "it": "2.2 Herramientas digitales"},
        "ans": {
            "2.1.2": [
                "Desde 2026 la Oficina de Retorno celebra una entrevista obligatoria en las cuatro semanas siguientes a una resolución denegatoria. Quien no sale voluntariamente es atendido por una mesa conjunta de extranjería y policía.",
                "El presupuesto del retorno voluntario asistido sube a 15 millones de euros anuales, con paquetes de reintegración acompañados en los países de origen por organizaciones asociadas.",
            ],
            "2.2.2": [
                "En los centros de llegada de Puerto Alba y Sierra Clara el procedimiento fronterizo concluye en doce semanas. Cada solicitante se entrevista con un abogado y recibe un reconocimiento médico el primer día.",
                "Los juzgados reservan vistas específicas para los asuntos fronterizos, de modo que los recursos se resuelven en cuatro semanas y la decisión de retorno sigue de inmediato a la denegación.",
            ],
            "2.3.3": [
                "Las plazas de acogida aumentarán hasta 47.000 en 2028, repartidas en centros medianos de un máximo de 300 plazas en todas las comunidades. Una reserva de 5.000 plazas absorbe los picos de llegadas.",
                "Los menores no acompañados viven en pisos tutelados con un educador de referencia; las personas vulnerables reciben una evaluación médica y psicológica en los dos días siguientes a su llegada.",
            ],
            "2.3.4": [
                "Los beneficiarios de protección empiezan las clases de idioma y una evaluación de competencias ya en la primera acogida. Los ayuntamientos reciben una cantidad fija por persona para el acompañamiento hacia el empleo y la formación.",
                "En los seis meses siguientes al acceso a una vivienda, cada persona dispone de un itinerario de integración personal con un mentor del barrio.",
            ],
            "2.6": [
                "Los organismos competentes reciben 230 millones de euros adicionales al año hasta 2030 y contratan a 870 empleados, entre ellos 260 instructores de expedientes con una formación de dos años.",
                "Un nuevo sistema de gestión de expedientes conecta acogida, procedimiento y retorno; la conexión con Eurodac y con el Sistema de Información de Schengen se completará en 2026.",
            ],
        },
    },
    "pl": {
        "title": "Krajowa strategia zarządzania azylem i migracją – wyciąg do konsultacji",
        "toc": "Spis treści",
        "chapter": "Rozdział",
        "heading": {
            "2.1.2": "Elementy wymiaru wewnętrznego",
            "2.2.2": "Skuteczny dostęp do ochrony międzynarodowej na granicach zewnętrznych UE",
            "2.3.3": "Solidny system przyjmowania",
            "2.3.4": "Warunki udanej i wczesnej integracji",
            "2.6": "Zapewnienie wystarczających zdolności i możliwości skutecznego wdrożenia strategii krajowej",
        },
        "para": {"2.2.2": "Procedura azylowa na granicy", "2.3.3": "Zakwaterowanie osób ubiegających się o azyl", "2.6": "Kadry, środki i budżet na wdrożenie"},
        "q": {
            "2.2.2.a": "W jaki sposób najlepiej zapewnić szybki i rzeczywisty dostęp do sprawiedliwej i skutecznej procedury udzielania ochrony międzynarodowej na granicach zewnętrznych, w strefach tranzytowych i na wodach terytorialnych UE?",
            "2.3.3.a": "Państwa podejście strategiczne mające zapewnić, aby system przyjmowania umożliwiał wnioskodawcom dostęp do odpowiednich warunków przyjmowania zgodnie z dyrektywą (UE) 2024/1346 Parlamentu Europejskiego i Rady.",
            "2.3.3.b": "Inne środki, które mogą ułatwić osiągnięcie celów strategicznych w tej dziedzinie, takie jak środki zapewniające trwały, odporny i odpowiedni system przyjmowania, monitorowanie warunków przyjmowania, ograniczanie nadużyć systemu przyjmowania oraz zaspokajanie szczególnych potrzeb małoletnich bez opieki i osób szczególnie wrażliwych.",
            "2.6.a": "W jaki sposób najlepiej zapewnić dostępność niezbędnych zasobów ludzkich, materialnych i finansowych oraz infrastruktury do skutecznego wdrożenia niniejszej strategii, biorąc pod uwagę, że będzie ona realizowana przez okres pięciu lat?",
            "2.6.c": "W jaki sposób narzędzia wsparcia operacyjnego ustanowione na poziomie Unii, takie jak narzędzia Agencji Unii Europejskiej ds. Azylu i Frontexu lub stały unijny zestaw narzędzi wsparcia w zakresie migracji, są lub mogłyby być wykorzystywane na rzecz skutecznego systemu zarządzania azylem i migracją?",
        },
        "instr": {
            "2.6": "Opisz, uwzględniając zidentyfikowane obecne i przyszłe wyzwania i potrzeby, swoje strategiczne cele polityczne służące zapewnieniu wystarczających zasobów ludzkich oraz zdolności materialnych i finansowych do wdrożenia poszczególnych elementów strategii.",
        },
        "own": {"2.1.2": "Powroty i wyjazdy", "2.3.4": "Życie i praca w gminie", "staff": "2.1 Kadry i szkolenia", "it": "2.2 Narzędzia cyfrowe"},
        "ans": {
            "2.1.2": [
                "Od 2026 r. Biuro ds. Powrotów prowadzi obowiązkową rozmowę powrotową w ciągu czterech tygodni od decyzji odmownej. Osoby, które nie wyjeżdżają dobrowolnie, obejmuje wspólny zespół Straży Granicznej i wojewody.",
                "Budżet wspomaganych dobrowolnych powrotów wzrasta do 9 milionów euro rocznie, a pakiety reintegracyjne są realizowane w krajach pochodzenia przez organizacje partnerskie.",
            ],
            "2.2.2": [
                "W ośrodkach przyjęć w Borowie i Lipnicy procedura graniczna kończy się w ciągu dwunastu tygodni. Każdy wnioskodawca już pierwszego dnia spotyka się z prawnikiem i przechodzi badanie lekarskie.",
                "Sądy wyznaczają stałe dni rozpraw w sprawach granicznych, tak aby odwołania były rozpatrywane w cztery tygodnie, a decyzja o powrocie zapadała bezpośrednio po odmowie.",
            ],
            "2.3.3": [
                "Liczba miejsc w ośrodkach wzrośnie do 12 000 do 2028 r.; będą to średniej wielkości placówki liczące najwyżej 250 miejsc w każdym województwie. Rezerwa 1 500 miejsc pozwala przyjąć nagły napływ.",
                "Małoletni bez opieki mieszkają w małych grupach wychowawczych ze stałym opiekunem; osoby szczególnie wrażliwe przechodzą ocenę medyczną i psychologiczną w ciągu dwóch dni od przybycia.",
            ],
            "2.3.4": [
                "Osoby objęte ochroną rozpoczynają naukę języka i ocenę kompetencji już w ośrodku recepcyjnym. Gminy otrzymują stałą kwotę na osobę na wsparcie w wejściu na rynek pracy i w kształceniu.",
                "W ciągu sześciu miesięcy od zamieszkania w lokalu każda osoba ma indywidualny program integracji z mentorem z sąsiedztwa.",
            ],
            "2.6": [
                "Właściwe urzędy otrzymują do 2030 r. dodatkowo 90 milionów euro rocznie i zatrudniają 500 pracowników, w tym 160 urzędników orzekających objętych dwuletnim programem szkoleń.",
                "Nowy system obsługi spraw łączy akta przyjmowania, procedury i powrotów; podłączenie do Eurodac i Systemu Informacyjnego Schengen zostanie zakończone w 2026 r.",
            ],
        },
    },
    "sv": {
        "title": "Nationell strategi för asyl- och migrationshantering – utdrag för remiss",
        "toc": "Innehåll",
        "chapter": "Kapitel",
        "heading": {
            "2.1.2": "Den inre dimensionens delar",
            "2.2.2": "Effektiv tillgång till internationellt skydd vid EU:s yttre gränser",
            "2.3.3": "Ett robust mottagningssystem",
            "2.3.4": "Förutsättningar för en framgångsrik och tidig integration",
            "2.6": "Säkerställa tillräcklig kapacitet och förmåga för ett effektivt genomförande av den nationella strategin",
        },
        "para": {"2.2.2": "Asylförfarandet vid gränsen", "2.3.3": "Boende för asylsökande", "2.6": "Personal, resurser och budget för genomförandet"},
        "q": {
            "2.2.2.a": "Hur kan snabb och faktisk tillgång till ett rättvist och effektivt förfarande för internationellt skydd vid de yttre gränserna, i transitzoner och på EU:s territorialvatten bäst säkerställas?",
            "2.3.3.a": "Er strategiska strategi för att säkerställa att mottagningssystemet ger sökande tillgång till lämpliga mottagningsvillkor i enlighet med Europaparlamentets och rådets direktiv (EU) 2024/1346.",
            "2.3.3.b": "Andra åtgärder som kan underlätta era strategiska mål på detta område, såsom åtgärder för ett hållbart, motståndskraftigt och ändamålsenligt mottagningssystem, övervakning av mottagningsvillkoren, begränsning av missbruk av mottagningssystemet och tillgodoseende av särskilda behov hos ensamkommande barn och sårbara personer.",
            "2.6.a": "Hur säkerställs bäst tillgången till de personella, materiella och finansiella resurser och den infrastruktur som behövs för ett effektivt genomförande av denna strategi, med beaktande av att strategin genomförs under en period av fem år?",
            "2.6.c": "Hur används, eller skulle kunna användas, de verktyg för operativt stöd som inrättats på unionsnivå, såsom Europeiska unionens asylbyrås och Frontex verktyg eller EU:s permanenta verktygslåda för migrationsstöd, för ett effektivt system för asyl- och migrationshantering?",
        },
        "instr": {
            "2.6": "Beskriv, med beaktande av de konstaterade nuvarande och framtida utmaningarna och behoven, era strategiska politiska mål för att säkerställa tillräckliga personalresurser samt materiell och finansiell kapacitet för att genomföra strategins olika delar.",
        },
        "own": {"2.1.2": "Återvändande och avresor", "2.3.4": "Att leva och arbeta i kommunen", "staff": "2.1 Personal och utbildning", "it": "2.2 Digitala verktyg"},
        "ans": {
            "2.1.2": [
                "Från 2026 håller Återvändandekontoret ett obligatoriskt återvändandesamtal inom fyra veckor efter ett avslagsbeslut. Den som inte reser frivilligt följs upp av en gemensam grupp från polisen och länsstyrelsen.",
                "Budgeten för stött frivilligt återvändande höjs till 11 miljoner euro per år, och återetableringsstödet följs upp i ursprungsländerna av partnerorganisationer.",
            ],
            "2.2.2": [
                "I ankomstcentren i Norrvik och Sandhamra avslutas gränsförfarandet inom tolv veckor. Varje sökande träffar ett offentligt biträde och får en hälsoundersökning redan första dagen.",
                "Migrationsdomstolarna avsätter fasta förhandlingsdagar för gränsärenden så att överklaganden avgörs inom fyra veckor och beslutet om återvändande följer direkt på avslaget.",
            ],
            "2.3.3": [
                "Antalet mottagningsplatser ökar till 28 000 år 2028, fördelade på medelstora boenden med högst 250 platser i alla län. En reserv på 3 000 platser tar emot plötsliga ökningar.",
                "Ensamkommande barn bor i små gruppboenden med en fast kontaktperson; sårbara personer bedöms medicinskt och psykologiskt inom två dagar efter ankomsten.",
            ],
            "2.3.4": [
                "Personer med skydd börjar med språkundervisning och kompetenskartläggning redan på ankomstboendet. Kommunerna får ett fast belopp per person för stöd till arbete och utbildning.",
                "Inom sex månader efter inflyttning i en bostad har varje person en egen etableringsplan med en mentor från grannskapet.",
            ],
            "2.6": [
                "De ansvariga myndigheterna får 180 miljoner euro extra per år fram till 2030 och anställer 700 medarbetare, varav 220 beslutsfattare med ett tvåårigt utbildningsprogram.",
                "Ett nytt ärendehanteringssystem kopplar ihop mottagande, förfarande och återvändande; anslutningen till Eurodac och Schengens informationssystem blir klar 2026.",
            ],
        },
    },
}
