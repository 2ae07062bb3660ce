"""Write the pending11 inputs: short strategies mixing real answers with placeholders and bare references.

Run: ``python tests/data/pending11/make_inputs.py`` (byte-identical on every run). Gold: README.md (written before
any run of the analyser on these texts).
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent

DOCS: dict[str, str] = {
    # ---------------------------------------------------------------- dev (seen while fixing)
    "pt-2026.mixed.txt": """Estratégia Nacional de Gestão do Asilo e da Migração 2026–2030

1. Contexto nacional da gestão do asilo e da migração

Em 2025 Portugal registou 4 300 pedidos de proteção internacional, mais 28 % do que em 2024, sobretudo de nacionais da Gâmbia, do Afeganistão e da Colômbia; a análise de risco da AIMA e da PSP prevê um aumento das chegadas por via aérea a Lisboa.

2.1.2. Dimensão interna

A definir.

2.3.3. Sistema de acolhimento sólido

Ver o Plano Nacional de Acolhimento 2025–2029, capítulo 4.

2.3.4. Condições para uma integração bem-sucedida e precoce

Em preparação.

2.4. Preparação e planeamento de contingência

As medidas de resposta a chegadas em massa serão definidas num plano posterior, atualmente em elaboração.

2.6. Capacidade suficiente para executar a estratégia

O Fundo para o Asilo, a Migração e a Integração financia 140 milhões de euros no período 2021–2027, complementados por 60 milhões do orçamento nacional; a AIMA contratará 200 novos técnicos até 2027.
""",
    "ro-2026.mixed.txt": """Strategia națională de gestionare a azilului și migrației 2026–2030

1. Contextul național al gestionării azilului și migrației

A se vedea Raportul anual al Inspectoratului General pentru Imigrări pentru 2025, capitolul 2.

2.1.2. Dimensiunea internă

Inspectoratul General pentru Imigrări a returnat 2 100 de resortisanți ai țărilor terțe în 2025; centrele de cazare publică din Otopeni și Arad sunt extinse, iar returnarea voluntară asistată este oferită tuturor persoanelor cu decizie de returnare, cu sprijin de reintegrare.

2.3.3. Un sistem de primire solid

Urmează să fie stabilit.

2.3.4. Condiții pentru o integrare reușită și timpurie

A se vedea Strategia națională privind imigrația 2021–2024, secțiunea 5.

2.4. Pregătire și planificare pentru situații de urgență

Planul de contingență este în curs de elaborare și va fi completat ulterior.

2.6. Capacitate suficientă pentru punerea în aplicare a strategiei

Va fi stabilit ulterior.
""",
    "hr-2026.mixed.txt": """Nacionalna strategija upravljanja azilom i migracijama 2026.–2030.

1. Nacionalni kontekst upravljanja azilom i migracijama

Vidi Godišnje izvješće Ministarstva unutarnjih poslova za 2025., poglavlje 3.

2.1.2. Unutarnja dimenzija

U pripremi.

2.3.3. Pouzdan sustav prihvata

Prihvatilišta za tražitelje međunarodne zaštite u Zagrebu i Kutini imaju 1 100 mjesta; tražitelji dobivaju smještaj, prehranu, zdravstvenu zaštitu i novčanu pomoć, a djeca bez pratnje smještaju se u posebne ustanove socijalne skrbi.

2.3.4. Uvjeti za uspješnu i ranu integraciju

Bit će utvrđeno naknadno.

2.4. Pripravnost i planiranje za nepredviđene situacije

Vidi Plan postupanja u slučaju masovnog dolaska migranata (Vlada RH, 2024).

2.6. Dostatni kapaciteti za provedbu strategije

Naknadno će se dopuniti.
""",
    "sv-2026.mixed.txt": """Nationell strategi för asyl- och migrationshantering 2026–2030

1. Nationellt sammanhang för asyl- och migrationshantering

Se Migrationsverkets verksamhets- och omvärldsanalys 2025, kapitel 2.

2.1.2. Intern dimension

Migrationsverket och Polismyndigheten verkställde 9 800 återvändandebeslut 2025; förvarskapaciteten utökas till 900 platser och återvändandecenter inrättas i Göteborg och Märsta, och den som återvänder frivilligt får återetableringsstöd.

2.3.3. Ett robust mottagningssystem

Fastställs senare.

2.3.4. Förutsättningar för en framgångsrik och tidig integration

Under utarbetande.

2.4. Beredskap och beredskapsplanering

Se Migrationsverkets beredskapsplan för massinflöde, avsnitt 3 och 4.

2.6. Tillräcklig kapacitet för att genomföra strategin

Asyl-, migrations- och integrationsfonden bidrar med 1,1 miljarder kronor 2021–2027 och kompletterar statsbudgeten; Migrationsverket anställer 400 handläggare.
""",
    # ---------------------------------------------------------------- held-out (measured once, at the end)
    "fi-2026.mixed.txt": """Kansallinen turvapaikka- ja muuttoliikkeen hallinnan strategia 2026–2030

1. Turvapaikka- ja muuttoliikkeen hallinnan kansallinen tilanne

Suomeen jätettiin vuonna 2025 noin 5 000 turvapaikkahakemusta; Rajavartiolaitoksen riskianalyysin mukaan itärajan välineellistetty maahantulo on suurin riski, ja rajanylityspaikat Venäjän vastaisella rajalla ovat suljettuina.

2.1.2. Sisäinen ulottuvuus

Katso Maahanmuuttoviraston palauttamisen toimintaohjelma 2025–2028, luku 3.

2.3.3. Vakaa vastaanottojärjestelmä

Määritellään myöhemmin.

2.3.4. Edellytykset onnistuneelle ja varhaiselle kotoutumiselle

Kotoutumisohjelmaan kuuluu suomen tai ruotsin kielen opetus, työvoimapalvelut, asunnon hankinta kunnasta, terveydenhuolto ja sosiaaliturva; kunnat saavat valtiolta korvauksen jokaisesta kansainvälistä suojelua saavasta henkilöstä.

2.4. Varautuminen ja valmiussuunnittelu

Valmistelussa.

2.6. Riittävät valmiudet strategian toteuttamiseen

Täydennetään myöhemmin.
""",
    "cs-2026.mixed.txt": """Národní strategie řízení azylu a migrace 2026–2030

1. Národní kontext řízení azylu a migrace

Bude doplněno.

2.1.2. Vnitřní rozměr

Viz Koncepce návratové politiky Ministerstva vnitra 2024–2028, kapitola 5.

2.3.3. Spolehlivý systém přijímání

Správa uprchlických zařízení provozuje přijímací středisko v Zastávce a pobytová střediska v Kostelci nad Orlicí a Havířově s 900 lůžky; žadatelé dostávají ubytování, stravu, zdravotní péči a kapesné.

2.3.4. Podmínky pro úspěšnou a včasnou integraci

Připravuje se.

2.4. Připravenost a krizové plánování

Viz Krizový plán Ministerstva vnitra pro případ hromadného přílivu, příloha 2.

2.6. Dostatečná kapacita k provádění strategie

Z Azylového, migračního a integračního fondu Česká republika čerpá 55 milionů eur v období 2021–2027, doplněných ze státního rozpočtu; Odbor azylové a migrační politiky přijme 60 nových pracovníků.
""",
    "it-2026.mixed.txt": """Strategia nazionale di gestione dell'asilo e della migrazione 2026–2030

1. Contesto nazionale della gestione dell'asilo e della migrazione

Si veda il Rapporto annuale del Dipartimento per le libertà civili e l'immigrazione 2025, capitolo 1.

2.1.2. Dimensione interna

Nel 2025 sono stati effettuati 4 200 rimpatri forzati e 900 rimpatri volontari assistiti; i centri di permanenza per il rimpatrio saranno portati a 1 500 posti e ogni rimpatrio forzato è monitorato dal Garante nazionale.

2.3.3. Un sistema di accoglienza solido

Da definire.

2.3.4. Condizioni per un'integrazione riuscita e precoce

In fase di elaborazione; i contenuti saranno stabiliti in un piano successivo.

2.4. Preparazione e pianificazione di emergenza

Il piano nazionale per gli arrivi massicci via mare prevede 10 000 posti di prima accoglienza attivabili entro 72 ore in Sicilia, Calabria e Puglia, con hotspot rinforzati e trasferimenti rapidi.

2.6. Capacità sufficiente per attuare la strategia

Si veda il Programma nazionale FAMI 2021–2027.
""",
    "pl-2026.mixed.txt": """Krajowa strategia zarządzania azylem i migracją 2026–2030

1. Krajowy kontekst zarządzania azylem i migracją

Zob. Raport roczny Urzędu do Spraw Cudzoziemców za 2025 r., rozdział 2.

2.1.2. Wymiar wewnętrzny

Zostanie określone w późniejszym terminie.

2.3.3. Solidny system przyjmowania

Urząd do Spraw Cudzoziemców prowadzi 10 ośrodków dla cudzoziemców z 2 000 miejsc; wnioskodawcy otrzymują zakwaterowanie, wyżywienie, opiekę medyczną i pomoc socjalną, a dzieci bez opieki trafiają do placówek opiekuńczo-wychowawczych.

2.3.4. Warunki udanej i wczesnej integracji

W przygotowaniu.

2.4. Gotowość i planowanie awaryjne

Plan awaryjny na wypadek masowego napływu jest obecnie opracowywany; jego treść zostanie uzupełniona.

2.6. Wystarczające zdolności do realizacji strategii

Funduszu Azylu, Migracji i Integracji przekazuje Polsce 180 mln euro w latach 2021–2027, uzupełnionych z budżetu państwa; Straż Graniczna zatrudni 500 funkcjonariuszy.
""",
}

DEV = ("pt-2026.mixed.txt", "ro-2026.mixed.txt", "hr-2026.mixed.txt", "sv-2026.mixed.txt")
HELD_OUT = ("fi-2026.mixed.txt", "cs-2026.mixed.txt", "it-2026.mixed.txt", "pl-2026.mixed.txt")


def main() -> None:
    """Write every input next to this file (UTF-8, LF)."""
    for name, text in DOCS.items():
        (HERE / name).write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    main()
