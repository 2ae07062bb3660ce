"""More wording of the segmentation test documents (issue 14, second round): our own translations and answers.

``PARENT``: per language, the Annex's parent sections 2.1, 2.2 and 2.3 (our own rendering;
Dutch comes from the official pack in the builder). ``TEXT_MORE``: two languages without a
template pack (Portuguese for tuning, Czech held out), with the keys of
:mod:`segment_docs_text`. Answers are invented (no agency, law or figure is real).
"""

PARENT: dict[str, dict[str, str]] = {
    "de": {"2.1": "Wirksames Management des Asyl- und Migrationssystems zur Verringerung des Migrationsdrucks",
           "2.2": "Wirksames Management der EU-Außengrenzen", "2.3": "Ein faires Asyl- und Integrationssystem"},
    "fr": {"2.1": "Gestion efficace du système d'asile et de migration pour réduire la pression migratoire",
           "2.2": "Gestion efficace des frontières extérieures de l'UE", "2.3": "Un système d'asile et d'intégration équitable"},
    "it": {"2.1": "Gestione efficace del sistema di asilo e migrazione per ridurre la pressione migratoria",
           "2.2": "Gestione efficace delle frontiere esterne dell'UE", "2.3": "Un sistema di asilo e integrazione equo"},
    "es": {"2.1": "Gestión eficaz del sistema de asilo y migración para reducir la presión migratoria",
           "2.2": "Gestión eficaz de las fronteras exteriores de la UE", "2.3": "Un sistema de asilo e integración justo"},
    "pl": {"2.1": "Skuteczne zarządzanie systemem azylowym i migracyjnym w celu zmniejszenia presji migracyjnej",
           "2.2": "Skuteczne zarządzanie granicami zewnętrznymi UE", "2.3": "Sprawiedliwy system azylowy i integracyjny"},
    "sv": {"2.1": "Effektiv hantering av asyl- och migrationssystemet för att minska migrationstrycket",
           "2.2": "Effektiv förvaltning av EU:s yttre gränser", "2.3": "Ett rättvist asyl- och integrationssystem"},
    "pt": {"2.1": "Gestão eficaz do sistema de asilo e migração para reduzir a pressão migratória",
           "2.2": "Gestão eficaz das fronteiras externas da UE", "2.3": "Um sistema de asilo e integração justo"},
    "cs": {"2.1": "Účinné řízení azylového a migračního systému s cílem snížit migrační tlak",
           "2.2": "Účinná správa vnějších hranic EU", "2.3": "Spravedlivý azylový a integrační systém"},
}

TEXT_MORE: dict[str, dict] = {
    "pt": {
        "title": "Estratégia nacional de gestão do asilo e da migração – excerto para consulta pública",
        "toc": "Índice",
        "chapter": "Capítulo",
        "heading": {
            "2.1.2": "Elementos da dimensão interna",
            "2.2.2": "Acesso efetivo à proteção internacional nas fronteiras externas da UE",
            "2.3.3": "Um sistema de acolhimento robusto",
            "2.3.4": "Condições para uma integração bem-sucedida e precoce",
            "2.6": "Garantir capacidade e meios suficientes para a execução eficaz da estratégia nacional",
        },
        "para": {"2.2.2": "Procedimentos de asilo na fronteira", "2.3.3": "Alojamento dos requerentes de asilo", "2.6": "Pessoal, meios e orçamento para a execução"},
        "q": {
            "2.2.2.a": "Como assegurar da melhor forma o acesso rápido e efetivo a um procedimento justo e eficaz de proteção internacional nas fronteiras externas, nas zonas de trânsito e nas águas territoriais da UE?",
            "2.3.3.a": "A vossa abordagem estratégica para garantir que o sistema de acolhimento proporciona aos requerentes acesso a condições de acolhimento adequadas, nos termos da Diretiva (UE) 2024/1346 do Parlamento Europeu e do Conselho.",
            "2.3.3.b": "Outras medidas que possam facilitar os vossos objetivos estratégicos neste domínio, tais como medidas para um sistema de acolhimento sustentável, resiliente e adequado, o acompanhamento das condições de acolhimento, a limitação dos abusos do sistema de acolhimento e a resposta às necessidades específicas dos menores não acompanhados e das pessoas vulneráveis.",
            "2.6.a": "Como assegurar da melhor forma a disponibilidade dos recursos humanos, materiais e financeiros e das infraestruturas necessários à execução eficaz da presente estratégia, tendo em conta que esta é executada ao longo de um período de cinco anos?",
            "2.6.c": "Como são, ou poderiam ser, utilizados os instrumentos de apoio operacional criados a nível da União, como os da Agência da União Europeia para o Asilo e da Frontex ou a caixa de ferramentas permanente da UE de apoio à migração, para um sistema eficaz de gestão do asilo e da migração?",
        },
        "instr": {
            "2.6": "Tendo em conta os desafios e as necessidades atuais e futuras identificados, descreva os vossos objetivos políticos estratégicos para assegurar recursos humanos suficientes, bem como capacidade material e financeira, para executar as diferentes componentes da estratégia.",
        },
        "own": {"2.1.2": "Regresso e partida", "2.3.4": "Viver e trabalhar no município", "staff": "2.1 Pessoal e formação", "it": "2.2 Ferramentas digitais"},
        "ans": {
            "2.1.2": [
                "A partir de 2026, o Gabinete de Regresso realiza uma entrevista obrigatória de regresso no prazo de quatro semanas após uma decisão de indeferimento. Quem não parte voluntariamente é acompanhado por uma equipa conjunta da polícia e dos serviços de estrangeiros.",
                "O orçamento para o regresso voluntário assistido sobe para 9 milhões de euros por ano, e o apoio à reintegração é acompanhado nos países de origem por organizações parceiras.",
            ],
            "2.2.2": [
                "Nos centros de chegada de Vale Fundo e Alcarva, o procedimento de fronteira termina em doze semanas. Cada requerente tem, logo no primeiro dia, uma consulta com um advogado e um exame médico.",
                "Os tribunais administrativos reservam dias fixos de audiência para os processos de fronteira, para que os recursos sejam decididos em quatro semanas e a decisão de regresso se siga imediatamente ao indeferimento.",
            ],
            "2.3.3": [
                "O número de lugares de acolhimento aumenta para 14 000 até 2028, distribuídos por centros de média dimensão com um máximo de 200 lugares em todas as regiões. Uma reserva de 2 000 lugares absorve os picos de chegadas.",
                "Os menores não acompanhados vivem em pequenas casas de acolhimento com um tutor fixo; as pessoas vulneráveis são avaliadas do ponto de vista médico e psicológico nos dois dias seguintes à chegada.",
            ],
            "2.3.4": [
                "Os beneficiários de proteção começam a aprender português e a fazer um levantamento de competências ainda no centro de acolhimento. Os municípios recebem um montante fixo por pessoa para o apoio no acesso ao emprego e à formação.",
                "No prazo de seis meses após a mudança para uma habitação, cada pessoa dispõe de um plano de integração próprio, com um mentor do bairro.",
            ],
            "2.6": [
                "As entidades responsáveis recebem mais 95 milhões de euros por ano até 2030 e contratam 450 trabalhadores, dos quais 150 decisores com um programa de formação de dois anos.",
                "Um novo sistema de gestão de processos liga o acolhimento, o procedimento e o regresso; a ligação ao Eurodac e ao Sistema de Informação Schengen fica concluída em 2026.",
            ],
        },
    },
    "cs": {
        "title": "Národní strategie řízení azylu a migrace – výňatek pro připomínkové řízení",
        "toc": "Obsah",
        "chapter": "Kapitola",
        "heading": {
            "2.1.2": "Prvky vnitřního rozměru",
            "2.2.2": "Účinný přístup k mezinárodní ochraně na vnějších hranicích EU",
            "2.3.3": "Odolný systém přijímání",
            "2.3.4": "Podmínky pro úspěšnou a včasnou integraci",
            "2.6": "Zajištění dostatečné kapacity a schopností pro účinné provádění národní strategie",
        },
        "para": {"2.2.2": "Azylové řízení na hranici", "2.3.3": "Ubytování žadatelů o azyl", "2.6": "Lidé, prostředky a rozpočet pro provádění"},
        "q": {
            "2.2.2.a": "Jak nejlépe zajistit rychlý a skutečný přístup ke spravedlivému a účinnému řízení o mezinárodní ochraně na vnějších hranicích, v tranzitních prostorech a ve výsostných vodách EU?",
            "2.3.3.a": "Váš strategický přístup k zajištění toho, aby systém přijímání poskytoval žadatelům přístup k odpovídajícím podmínkám přijetí v souladu se směrnicí Evropského parlamentu a Rady (EU) 2024/1346.",
            "2.3.3.b": "Další opatření, která mohou usnadnit vaše strategické cíle v této oblasti, například opatření pro udržitelný, odolný a přiměřený systém přijímání, sledování podmínek přijetí, omezení zneužívání systému přijímání a řešení zvláštních potřeb nezletilých bez doprovodu a zranitelných osob.",
            "2.6.a": "Jak nejlépe zajistit dostupnost lidských, materiálních a finančních zdrojů a infrastruktury potřebných pro účinné provádění této strategie s ohledem na to, že strategie se provádí po dobu pěti let?",
            "2.6.c": "Jak se využívají nebo by mohly využívat nástroje operativní podpory zřízené na úrovni Unie, například nástroje Agentury Evropské unie pro azyl a agentury Frontex nebo stálý soubor nástrojů EU na podporu migrace, pro účinný systém řízení azylu a migrace?",
        },
        "instr": {
            "2.6": "S ohledem na zjištěné současné a budoucí výzvy a potřeby popište své strategické politické cíle pro zajištění dostatečných lidských zdrojů a materiální a finanční kapacity k provádění jednotlivých částí strategie.",
        },
        "own": {"2.1.2": "Návraty a odjezdy", "2.3.4": "Život a práce v obci", "staff": "2.1 Personál a vzdělávání", "it": "2.2 Digitální nástroje"},
        "ans": {
            "2.1.2": [
                "Od roku 2026 vede Úřad pro návraty povinný návratový pohovor do čtyř týdnů od zamítavého rozhodnutí. Osoby, které neodjedou dobrovolně, sleduje společný tým cizinecké policie a krajského úřadu.",
                "Rozpočet na podporované dobrovolné návraty se zvyšuje na 6 milionů eur ročně a podporu reintegrace v zemích původu doprovázejí partnerské organizace.",
            ],
            "2.2.2": [
                "V příjmových střediscích Horní Lhota a Zábřezí se hraniční řízení uzavírá do dvanácti týdnů. Každý žadatel má hned první den schůzku s advokátem a lékařskou prohlídku.",
                "Krajské soudy vyhrazují pevné jednací dny pro hraniční věci, aby se o opravných prostředcích rozhodlo do čtyř týdnů a rozhodnutí o návratu přímo navazovalo na zamítnutí.",
            ],
            "2.3.3": [
                "Počet míst v přijímacích zařízeních vzroste do roku 2028 na 9 000, rozdělených do středně velkých zařízení s nejvýše 200 místy ve všech krajích. Rezerva 1 500 míst pokryje náhlé nárůsty příchodů.",
                "Nezletilí bez doprovodu bydlí v malých skupinových domovech se stálou kontaktní osobou; zranitelné osoby jsou do dvou dnů po příjezdu lékařsky a psychologicky posouzeny.",
            ],
            "2.3.4": [
                "Držitelé ochrany začínají s výukou češtiny a posouzením dovedností už v přijímacím středisku. Obce dostávají pevnou částku na osobu za podporu při hledání práce a vzdělávání.",
                "Do šesti měsíců od nastěhování do bytu má každý svůj vlastní integrační plán a mentora ze sousedství.",
            ],
            "2.6": [
                "Odpovědné úřady dostanou do roku 2030 ročně navíc 70 milionů eur a přijmou 380 zaměstnanců, z toho 120 rozhodovacích pracovníků s dvouletým vzdělávacím programem.",
                "Nový systém správy spisů propojí přijímání, řízení a návraty; napojení na Eurodac a Schengenský informační systém bude dokončeno v roce 2026.",
            ],
        },
    },
}
