"""Paraphrased-title segmentation documents of the fifteenth session (issue 14, segfi15): the ``segfi15`` shape.

Usage: ``python scripts/make_segment_segfi15.py`` (from the repository root). Free-form strategy excerpts of own
unnumbered chapters with paraphrased titles, in four languages not used by ``paraphr12`` (Swedish, German, French,
Portuguese), written before any measurement, with the traps of paraphr12's named failures:

- a context chapter (1) whose title names borders, partners or the world (the Spanish "De dónde partimos" trap:
  a title that pulls towards 2.1.1/2.2.1 while the text gives figures and geography);
- merged chapters of two sections (procedure + rights; border guarding + screening; partners + solidarity) whose
  title leans to one of the two or to neither (the Finnish trap: the merged chapter placed wrong as a whole);
- border guarding (guards, cameras, Frontex, registration and fingerprints: 2.2.1) next to screening and the border
  procedure (2.2.2), standalone or merged.

``sv``, ``de`` are the tuning pair (seen); ``fr``, ``pt`` stay held out (measured once, at the end). All to
``tests/data/segment_heldout``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import Doc, chapter_list, write_doc  # noqa: E402

# A chapter: (its title, [(Annex section, paragraph), ...]); the heading's gold section is its first paragraph's.
DOCS: dict[str, dict] = {
    "sv": {
        "title": "Nationell strategi för asyl- och migrationshantering 2026–2030 – remissversion",
        "chapters": [
            ("Var vi står i dag", [
                ("1", "Under 2025 lämnades 14 000 asylansökningar i Sverige, de flesta på Arlanda och i Malmö."),
                ("1", "Sverige har ingen yttre landgräns mot tredjeländer men en lång sjögräns i Östersjön, och landet har tagit emot 50 000 personer från Ukraina.")]),
            ("Bevakning av gränsen", [
                ("2.2.1", "Polisen förstärker gränskontrollen med 400 gränspoliser och drönare och deltar i Frontex gemensamma insatser i Östersjön."),
                ("2.2.1", "Alla som grips efter en irreguljär inresa registreras, och deras fingeravtryck tas inom 72 timmar.")]),
            ("Prövning och rättssäkerhet", [
                ("2.3.1", "Migrationsverket fattar beslut i första instans inom sex månader och anställer 120 nya handläggare."),
                ("2.3.1", "Migrationsdomstolarna får fler domare, och landinformationen uppdateras varje kvartal."),
                ("2.3.2", "Varje sökande får kostnadsfritt offentligt biträde från första dagen och tolk vid varje intervju."),
                ("2.3.2", "Ensamkommande barn får en god man inom 24 timmar, och offer för tortyr och människohandel identifieras vid första kontakten.")]),
            ("Tak över huvudet", [
                ("2.3.3", "Mottagningscentren har 9 000 platser med högst 300 boende per center."),
                ("2.3.3", "Sökande får dagersättning och tillgång till hälso- och sjukvård från registreringen.")]),
            ("Hemresa", [
                ("2.1.2", "Överföringar till ansvarig medlemsstat genomförs inom sex månader av en särskild polisenhet."),
                ("2.1.2", "Den som saknar rätt att stanna får stöd till frivilligt återvändande och återintegrering; Arbetsmiljöverket gör 200 fler kontroller mot svartarbete varje år.")]),
            ("Kontroll vid ankomst", [
                ("2.2.2", "Personer som anländer utan tillstånd genomgår screening av identitet, hälsa och säkerhet inom sju dagar."),
                ("2.2.2", "Ansökningar som görs vid gränsen prövas i ett gränsförfarande på högst tolv veckor, och barnfamiljer undantas.")]),
            ("Om många kommer samtidigt", [
                ("2.4", "Beredskapsplanen gör det möjligt att inom två veckor inkvartera 30 000 personer i idrottshallar och kommunala lokaler."),
                ("2.4", "Planen övas årligen med länsstyrelserna, och en reserv av 400 utbildade medarbetare kan kallas in inom 48 timmar.")]),
            ("Ett nytt liv i Sverige", [
                ("2.3.4", "Personer med skydd får 400 timmar svenska för invandrare och stöd från Arbetsförmedlingen."),
                ("2.3.4", "Utländska examina valideras inom tre månader, och barn börjar skolan inom en månad efter ankomsten.")]),
        ],
    },
    "de": {
        "title": "Nationale Strategie für Asyl- und Migrationsmanagement 2026–2030 – Entwurf zur Anhörung",
        "chapters": [
            ("Ausgangslage an den Außengrenzen und in der Welt", [
                ("1", "Im Jahr 2025 wurden in Deutschland 230 000 Asylerstanträge gestellt, die meisten nach der Einreise über die Landgrenzen."),
                ("1", "Deutschland liegt in der Mitte der Union, hat fast nur Binnengrenzen und hat über eine Million Menschen aus der Ukraine aufgenommen.")]),
            ("An der Grenze", [
                ("2.2.1", "Die Bundespolizei stellt 2 000 zusätzliche Beamte ein, erweitert die Überwachung mit Wärmebildkameras und beteiligt sich an gemeinsamen Frontex-Einsätzen."),
                ("2.2.1", "Jede nach einem irregulären Grenzübertritt aufgegriffene Person wird registriert, ihre Fingerabdrücke werden binnen 72 Stunden abgenommen."),
                ("2.2.2", "Unerlaubt eingereiste Personen durchlaufen an der Grenze das Screening, und das Grenzverfahren endet nach höchstens zwölf Wochen."),
                ("2.2.2", "Ein unabhängiger Mechanismus überwacht die Grundrechte während des Screenings, und Familien mit Kindern sind vom Grenzverfahren ausgenommen.")]),
            ("Schnell und fair entscheiden", [
                ("2.3.1", "Das Bundesamt entscheidet in erster Instanz binnen sechs Monaten und stellt 300 neue Entscheiderinnen und Entscheider ein."),
                ("2.3.1", "Die Verwaltungsgerichte erhalten spezialisierte Asylkammern, und die Herkunftsländerinformationen werden vierteljährlich aktualisiert.")]),
            ("Partner weltweit und gemeinsame Verantwortung in der Union", [
                ("2.1.1", "Mit drei Herkunftsländern schließen wir Migrationsabkommen: 5 000 Arbeitsvisa im Jahr gegen Zusammenarbeit bei der Rückübernahme."),
                ("2.1.1", "Aufnahmeländer in der Nähe der Herkunftsregionen erhalten 200 Millionen Euro Entwicklungshilfe."),
                ("2.1.3", "Im Solidaritätsmechanismus übernimmt Deutschland jährlich 3 000 Personen aus Mitgliedstaaten unter Migrationsdruck oder leistet einen finanziellen Beitrag."),
                ("2.1.3", "Ist ein anderer Mitgliedstaat überlastet, entsenden wir Asylexperten und Registrierungsteams.")]),
            ("Rechte von Anfang an", [
                ("2.3.2", "Jede antragstellende Person erhält vom ersten Tag an kostenlose Rechtsberatung und bei jeder Anhörung eine Dolmetscherin oder einen Dolmetscher."),
                ("2.3.2", "Unbegleitete Minderjährige erhalten binnen 24 Stunden einen Vormund, und Opfer von Folter und Menschenhandel werden beim ersten Kontakt erkannt.")]),
            ("Wohnen während des Verfahrens", [
                ("2.3.3", "Die Aufnahmeeinrichtungen der Länder bieten 80 000 Plätze, jede mit höchstens 500 Bewohnern und einer Sanitätsstation."),
                ("2.3.3", "Familien mit Kindern wohnen in eigenen Wohneinheiten und erhalten monatliche Leistungen für den täglichen Bedarf.")]),
            ("Vorsorge für viele Ankünfte", [
                ("2.4", "Der Notfallplan erlaubt es, binnen zwei Wochen 100 000 Menschen in Sporthallen und Notunterkünften der Länder unterzubringen."),
                ("2.4", "Der Plan legt die Auslöseschwellen fest, wird jährlich mit dem Technischen Hilfswerk geübt, und eine Reserve von 800 geschulten Kräften ist binnen 48 Stunden einsatzbereit.")]),
            ("Ankommen in Arbeit und Schule", [
                ("2.3.4", "Schutzberechtigte besuchen 600 Stunden Integrationskurs und erhalten Unterstützung der Arbeitsagenturen."),
                ("2.3.4", "Ausländische Abschlüsse werden binnen drei Monaten anerkannt, und Kinder beginnen die Schule binnen eines Monats nach der Ankunft.")]),
        ],
    },
    "fr": {
        "title": "Stratégie nationale de gestion de l'asile et de la migration 2026–2030 – projet soumis à consultation",
        "chapters": [
            ("D'où nous partons : frontières et partenaires", [
                ("1", "En 2025, 130 000 demandes d'asile ont été déposées en France, surtout en Île-de-France et à Calais."),
                ("1", "La France a des frontières extérieures en outre-mer et sur ses côtes, et a accueilli plus de 100 000 personnes venues d'Ukraine.")]),
            ("Surveiller nos frontières", [
                ("2.2.1", "La police aux frontières recrute 1 200 agents, étend la surveillance par caméras thermiques et participe aux opérations conjointes de Frontex."),
                ("2.2.1", "Toute personne interpellée après un franchissement irrégulier est enregistrée et ses empreintes digitales sont relevées sous 72 heures.")]),
            ("L'examen des demandes et les droits des demandeurs", [
                ("2.3.1", "L'Office français de protection des réfugiés et apatrides statue en première instance en six mois et recrute 200 officiers de protection."),
                ("2.3.1", "La Cour nationale du droit d'asile ouvre de nouvelles chambres, et l'information sur les pays d'origine est mise à jour chaque trimestre."),
                ("2.3.2", "Chaque demandeur bénéficie d'une aide juridique gratuite dès le premier jour et d'un interprète à chaque entretien."),
                ("2.3.2", "Les mineurs non accompagnés reçoivent un représentant sous 24 heures, et les victimes de torture et de traite sont repérées dès le premier contact.")]),
            ("Tri et procédure à la frontière", [
                ("2.2.2", "Les personnes arrivées sans autorisation passent le filtrage d'identité, de santé et de sécurité dans les sept jours."),
                ("2.2.2", "Les demandes présentées à la frontière sont examinées en procédure frontalière en douze semaines au plus, et les familles avec enfants en sont exemptées.")]),
            ("Quitter le territoire", [
                ("2.1.2", "Les transferts vers l'État membre responsable sont effectués en six mois par une unité spécialisée de la police."),
                ("2.1.2", "Les personnes sans droit au séjour reçoivent un conseil au retour volontaire et une aide à la réinsertion ; l'inspection du travail mène 500 contrôles de plus par an contre le travail illégal.")]),
            ("Héberger dignement", [
                ("2.3.3", "Le dispositif national d'accueil compte 110 000 places, chaque centre accueillant au plus 200 personnes."),
                ("2.3.3", "Les demandeurs perçoivent une allocation journalière et ont accès aux soins dès leur enregistrement.")]),
            ("Se préparer à un afflux", [
                ("2.4", "Le plan de contingence permet d'héberger 50 000 personnes en deux semaines dans des gymnases et des sites d'urgence des préfectures."),
                ("2.4", "Le plan est exercé chaque année avec la sécurité civile, et une réserve de 600 agents formés peut être mobilisée en 48 heures.")]),
            ("Travailler ensemble", [
                ("2.5", "Un comité interministériel présidé par le ministère de l'Intérieur se réunit chaque trimestre avec les ministères du travail, de l'éducation et de la santé."),
                ("2.5", "Les collectivités, les associations et les organisations de réfugiés sont consultées chaque année sur la mise en œuvre de la stratégie.")]),
        ],
    },
    "pt": {
        "title": "Estratégia nacional de gestão do asilo e da migração 2026–2030 – versão para consulta pública",
        "chapters": [
            ("Portugal no mundo: o ponto de partida", [
                ("1", "Em 2025 foram apresentados em Portugal 3 000 pedidos de proteção internacional, sobretudo no aeroporto de Lisboa."),
                ("1", "Portugal tem fronteiras externas marítimas e aéreas extensas, incluindo os Açores e a Madeira, e acolheu 60 000 pessoas vindas da Ucrânia.")]),
            ("Parceiros e solidariedade", [
                ("2.1.1", "Com três países de origem celebramos parcerias de mobilidade: 2 000 vistos de trabalho sazonal por ano em troca de cooperação na readmissão."),
                ("2.1.1", "Os países que acolhem refugiados perto das suas regiões de origem recebem 30 milhões de euros de ajuda ao desenvolvimento."),
                ("2.1.3", "No mecanismo de solidariedade, Portugal acolhe 500 pessoas por ano vindas de Estados-Membros sob pressão ou presta uma contribuição financeira."),
                ("2.1.3", "Quando outro Estado-Membro está sobrecarregado, enviamos peritos em asilo e equipas de registo.")]),
            ("Na fronteira", [
                ("2.2.1", "A guarda de fronteira contrata 500 agentes, alarga a vigilância costeira com câmaras térmicas e participa nas operações conjuntas da Frontex."),
                ("2.2.1", "Qualquer pessoa intercetada após uma passagem irregular é registada e as suas impressões digitais são recolhidas em 72 horas."),
                ("2.2.2", "As pessoas chegadas sem autorização passam pela triagem na fronteira, e o procedimento de fronteira termina em doze semanas no máximo."),
                ("2.2.2", "Um mecanismo independente controla o respeito dos direitos fundamentais durante a triagem, e as famílias com crianças ficam isentas do procedimento de fronteira.")]),
            ("Decidir depressa e bem", [
                ("2.3.1", "A autoridade competente decide em primeira instância em seis meses e contrata 40 novos instrutores."),
                ("2.3.1", "Os tribunais administrativos terão secções especializadas em asilo, e a informação sobre os países de origem é atualizada trimestralmente.")]),
            ("Garantias desde o primeiro dia", [
                ("2.3.2", "Cada requerente recebe apoio jurídico gratuito desde o primeiro dia e um intérprete em cada entrevista."),
                ("2.3.2", "Os menores não acompanhados recebem um representante em 24 horas, e as vítimas de tortura e de tráfico são identificadas no primeiro contacto.")]),
            ("Quem tem de partir", [
                ("2.1.2", "As transferências para o Estado-Membro responsável são feitas em seis meses por uma unidade especial da polícia."),
                ("2.1.2", "Quem não tem direito a ficar recebe aconselhamento para o regresso voluntário e apoio à reintegração; a inspeção do trabalho fará mais 200 controlos por ano contra o trabalho não declarado.")]),
            ("Uma vida nova", [
                ("2.3.4", "Os beneficiários de proteção frequentam 300 horas de português gratuito e recebem apoio do serviço público de emprego."),
                ("2.3.4", "Os diplomas estrangeiros são reconhecidos em três meses, e as crianças começam a escola no mês seguinte à chegada.")]),
            ("Pessoas, meios e dinheiro", [
                ("2.6", "Até 2028 contrataremos 300 novos trabalhadores para a agência de migrações e a guarda de fronteira e construiremos dois centros novos."),
                ("2.6", "Os sistemas informáticos serão ligados ao Eurodac e ao Sistema de Entrada/Saída, e o Fundo para o Asilo, a Migração e a Integração completará o orçamento do Estado.")]),
        ],
    },
}

#: The tuning pair (seen while choosing a rule); the other two are held out.
TUNING = ("sv", "de")


def build() -> list[Path]:
    """Write every document to tests/data/segment_heldout; returns the gold paths written."""
    written = []
    for lang, t in DOCS.items():
        d = Doc(f"seg-{lang}-segfi15", lang)
        chapter_list(d, t)
        written.append(write_doc(d, "segfi15", held=True))
    return written


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
