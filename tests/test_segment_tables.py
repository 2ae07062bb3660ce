"""Annex headings of a partial strategy over a table of measures (fresh4 finding #4, ``segment/headings.py``).

``_headings_content_agrees`` drops an Annex heading of a partial document whose span is placed by content elsewhere.
A table of measures names every other section's topics row by row, so "2.6. Tinkami pajėgumai …" over one sentence
and a 40-row table was dropped (every 2.6 key element absent). Under an Annex number confirmed by its title only the
prose is judged now. The inputs (below: German 2.4 and Spanish 2.1.2 over tables, a German free-form
note) were written before the fix and reproduced the drop; the Lithuanian PDF is in ``tests/data/fresh4``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analyser.parse import parse
from analyser.schema import Block, Document
from analyser.segment import segment

FRESH4 = Path(__file__).parent / "data" / "fresh4"


def _doc(doc_id: str, language: str, parts: list[tuple[str, str, int]]) -> Document:
    blocks = []
    for k, (kind, text, page) in enumerate(parts):
        heading = kind == "heading"
        size = 11.5 if heading else 9.0 if kind == "table" else 10.0
        blocks.append(Block(id=f"p{page:04d}-b{k:03d}", page=page, text=text, kind=kind, bold=heading, size=size))
    return Document(doc_id=doc_id, source_path=f"synthetic/{doc_id}", sha256="", language=language, blocks=tuple(blocks))


_DE_ROWS = [
    ("Reserve von 5 000 Aufnahmeplätzen in Erstaufnahmeeinrichtungen der Länder", "Länder, BAMF", "2027", "85,0"),
    ("Zusätzliche Unterbringung unbegleiteter Minderjähriger in Jugendhilfeeinrichtungen", "Länder", "2027", "22,5"),
    ("Verstärkung der Grenzüberwachung an der Landgrenze mit Drohnen und Wärmebildkameras", "Bundespolizei", "2026–2028", "64,0"),
    ("Anbindung der Grenzübergangsstellen an das Einreise-/Ausreisesystem (EES)", "Bundespolizei", "2026", "18,3"),
    ("Abfrage von Eurodac bei jeder Registrierung von Schutzsuchenden", "BAMF", "2026", "3,2"),
    ("Zusätzliche Entscheiderinnen und Entscheider für Asylverfahren an der Grenze", "BAMF", "2026–2030", "41,0"),
    ("Programm zur freiwilligen Rückkehr und Reintegration mit der IOM", "BAMF, IOM", "2026–2030", "30,0"),
    ("Charterflüge für Rückführungen in Zusammenarbeit mit Frontex", "Bundespolizei", "2026–2030", "12,0"),
    ("Sprach- und Integrationskurse für anerkannte Schutzberechtigte", "BAMF", "2026–2030", "55,0"),
    ("Gesundheitsversorgung in den Aufnahmeeinrichtungen", "Länder", "2026–2030", "19,0"),
    ("Rechtsberatung für Antragstellende im Asylverfahren", "Wohlfahrtsverbände", "2026–2030", "7,5"),
    ("Fortbildung der Mitarbeitenden nach den Modulen der EUAA", "BAMF", "2026–2030", "1,8"),
]

_ES_ROWS = [
    ("Ampliación de la red de acogida con 3 000 plazas para solicitantes de protección internacional", "Ministerio de Inclusión", "2027", "96,0"),
    ("Centros de acogida para menores no acompañados en Canarias y Ceuta", "Comunidades autónomas", "2026–2028", "40,0"),
    ("Vigilancia marítima con el Sistema Integrado de Vigilancia Exterior (SIVE)", "Guardia Civil", "2026–2028", "58,0"),
    ("Puesta en marcha del Sistema de Entradas y Salidas (SES) en los puestos fronterizos", "Policía Nacional", "2026", "21,0"),
    ("Refuerzo de la Oficina de Asilo y Refugio con 300 instructores", "Ministerio del Interior", "2026–2030", "35,0"),
    ("Programa de retorno voluntario y reintegración con la OIM", "Ministerio de Inclusión, OIM", "2026–2030", "18,0"),
    ("Cursos de español e itinerarios de empleo para beneficiarios de protección", "Ministerio de Inclusión", "2026–2030", "44,0"),
    ("Asistencia jurídica gratuita a los solicitantes en frontera", "Colegios de abogados", "2026–2030", "6,5"),
    ("Atención sanitaria y psicológica en los centros de acogida", "Comunidades autónomas", "2026–2030", "12,0"),
    ("Formación del personal con los módulos de la EUAA", "Ministerio del Interior", "2026–2030", "1,2"),
]


def _table(header: str, rows: list[tuple[str, str, str, str]], stage: str) -> str:
    return "\n".join([header] + [f"{m} ({stage}) | {who} | {when} | {eur}" for m, who, when, eur in rows])


_DE_HEAD = "Maßnahme | Zuständig | Zeitraum | Mittel, Mio. EUR"
_ES_HEAD = "Medida | Responsable | Plazo | Importe, M EUR"

DE_PREPAREDNESS = _doc("de-2026.prep-table", "de", [
    ("heading", "Nationale Asyl- und Migrationsstrategie 2026–2030 (Auszug)", 1),
    ("heading", "2.3.3. Ein verlässliches Aufnahmesystem", 1),
    ("paragraph", "Die Länder betreiben 62 Erstaufnahmeeinrichtungen mit 48 000 Plätzen. Bis 2028 kommen 6 000 Plätze hinzu, "
     "davon 900 für unbegleitete Minderjährige. Unterkunft, Verpflegung, Gesundheitsversorgung und Deutschkurse sind "
     "vom ersten Tag an gewährleistet.", 1),
    ("heading", "2.4. Vorsorge und Notfallplanung", 1),
    ("paragraph", "Für einen plötzlichen Anstieg der Ankünfte hält der Bund die folgenden Maßnahmen bereit; Zuständigkeiten "
     "und Mittel nennt die Tabelle.", 1),
    ("table", _table(_DE_HEAD, _DE_ROWS, "Stufe 1"), 1),
    ("table", _table(_DE_HEAD, _DE_ROWS, "Stufe 2"), 2),
])

ES_INTERNAL = _doc("es-2026.internal-table", "es", [
    ("heading", "Estrategia Nacional de Gestión del Asilo y la Migración 2026–2030 (extracto)", 1),
    ("heading", "2.1.2. Dimensión interna", 1),
    ("paragraph", "Las medidas de la dimensión interna, con sus responsables y su financiación, se recogen en el cuadro "
     "siguiente.", 1),
    ("table", _table(_ES_HEAD, _ES_ROWS, "fase 1"), 1),
    ("table", _table(_ES_HEAD, _ES_ROWS, "fase 2"), 2),
    ("heading", "2.3.1. Un sistema de asilo eficaz", 3),
    ("paragraph", "La Oficina de Asilo y Refugio resolverá las solicitudes en un plazo de seis meses. El procedimiento "
     "fronterizo se aplicará en Madrid-Barajas, Barcelona-El Prat y los puestos de Ceuta y Melilla, con asistencia "
     "jurídica gratuita desde la primera entrevista.", 3),
])

# a free-form note whose own "1. Kontext" is followed by prose on return and reception and a table: the check still
# judges the prose under a confirmed number, and the prose is no context, so the stray heading is dropped
DE_STRAY = _doc("de-2026.stray-context", "de", [
    ("heading", "Vermerk des Innenministeriums zu Rückkehr und Unterbringung", 1),
    ("heading", "1. Kontext", 1),
    ("paragraph", "Ausreisepflichtige Drittstaatsangehörige werden zuerst zur freiwilligen Ausreise aufgefordert. Wer die "
     "Frist von dreißig Tagen verstreichen lässt, wird abgeschoben; die Bundespolizei führt Sammelabschiebungen mit "
     "Charterflügen von Frontex durch und begleitet jede Maßnahme mit einer unabhängigen Rückführungsbeobachtung. "
     "Abschiebungshaft wird nur angeordnet, wenn Fluchtgefahr besteht, und dauert höchstens sechs Monate.", 1),
    ("paragraph", "Das Programm zur Unterstützung der freiwilligen Rückkehr zahlt Reisekosten und eine Starthilfe von bis "
     "zu 1 000 Euro; in Herkunftsländern mit Reintegrationspartnern kommen Beratung, Ausbildung und Hilfe bei der "
     "Gründung eines Kleinbetriebs hinzu. Die Rückkehrberatung beginnt bereits in der Aufnahmeeinrichtung, sobald ein "
     "Asylantrag abgelehnt ist, und wird mit den Ausländerbehörden der Länder abgestimmt.", 1),
    ("paragraph", "Rückübernahmeabkommen mit den wichtigsten Herkunftsstaaten werden konsequent angewandt. Reisedokumente "
     "werden über die Botschaften beschafft; wo sie fehlen, nutzt die Bundespolizei das europäische Laissez-passer. "
     "Jede Rückkehrentscheidung wird im Schengener Informationssystem ausgeschrieben, damit sie in allen "
     "Mitgliedstaaten vollstreckt werden kann.", 1),
    ("paragraph", "Für Familien mit Kindern gilt ein eigenes Verfahren: Sie werden nicht in Abschiebungshaft genommen, "
     "sondern in einer Ausreiseeinrichtung untergebracht, und die Ausländerbehörde plant den Termin der Rückkehr so, "
     "dass das Schuljahr abgeschlossen werden kann.", 2),
    ("table", "Maßnahme | Zuständig | Zeitraum\nSammelabschiebungen mit Frontex | Bundespolizei | 2026–2030\n"
     "Starthilfe für freiwillige Rückkehr | BAMF | 2026–2030", 2),
])

DOCS: dict[str, tuple[Document, dict[str, str]]] = {
    "de-prep": (DE_PREPAREDNESS, {"Für einen plötzlichen": "2.4", "Maßnahme | Zuständig": "2.4", "Die Länder betreiben": "2.3.3"}),
    "es-internal": (ES_INTERNAL, {"Las medidas de la dimensión": "2.1.2", "Medida | Responsable": "2.1.2", "La Oficina de Asilo": "2.3.1"}),
}
"""Annex headings over a table of measures: each named block in the section given."""


def _sections(doc, seg) -> list[tuple[str, str | None, str]]:
    return [(doc.blocks[k].text, sb.section_id, sb.role) for k, sb in enumerate(seg.blocks)]


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(DOCS))
def test_annex_heading_over_a_table_of_measures_is_kept(name, template, e5_encoder):
    doc, want = DOCS[name]
    rows = _sections(doc, segment(doc, template, e5_encoder))
    got = {start: sorted({sid for text, sid, _ in rows if text.startswith(start)}) for start in want}
    assert got == {start: [sid] for start, sid in want.items()}, rows
    # the heading itself opens its section (it was an answer_heading inside the section above)
    heading = next(text for text, _, _ in rows if text.startswith(("2.4.", "2.1.2.")))
    assert [role for text, _, role in rows if text == heading] == ["section_heading"]


@pytest.mark.model
def test_lithuanian_capacity_heading_over_a_three_page_table(template, e5_encoder):
    doc = parse(FRESH4 / "lt-2026.long-table.pdf")
    rows = _sections(doc, segment(doc, template, e5_encoder))
    assert [(sid, role) for text, sid, role in rows if text.startswith("2.6. Tinkami")] == [("2.6", "section_heading")]
    assert {sid for text, sid, _ in rows if text.startswith(("Strategijai", "Priemonė |"))} == {"2.6"}


@pytest.mark.model
def test_stray_heading_over_prose_and_a_table_is_still_dropped(template, e5_encoder):
    """The guard: the prose under a confirmed number is still judged, tables or not; return prose is no context."""
    rows = _sections(DE_STRAY, segment(DE_STRAY, template, e5_encoder))
    assert not any(sid == "1" for _, sid, _ in rows), rows
    assert not any(role == "section_heading" for _, _, role in rows), rows
