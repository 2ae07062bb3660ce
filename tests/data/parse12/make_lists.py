"""Writes the parse12 numbered-list inputs (defect class (b), README here): plain-text shape documents whose
own headings (letters, Roman numerals, Annex numbers) hold a numbered list ("1. …", "2. …") whose later items are
short sentences, with word-aligned gold (``lists/<doc_id>.txt`` + ``.gold.json``, the segment_docs format).

Run from the repository root: ``/work/main/.venv/bin/python tests/data/parse12/make_lists.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).parent / "lists"

H, L, A = "section_heading", "answer_list_item", "answer"

#: doc id -> (split, language, title, [(role, section, text)])
DOCS: dict[str, tuple[str, str, str, list[tuple[str, str, str]]]] = {
    "p12-cs-letterlist": ("tuning", "cs", "Národní strategie řízení azylu a migrace – výtah", [
        (H, "2.3.3", "A. Spolehlivý systém přijímání"),
        (L, "2.3.3", "1. Kapacita přijímacích středisek se do roku 2028 zvýší na 3 500 míst a každé středisko bude mít "
                     "sociálního pracovníka a zdravotní sestru."),
        (L, "2.3.3", "2. Pohotovostní rezerva 400 lůžek pokryje výkyvy příchodů."),
        (A, "2.3.3", "Nezletilí bez doprovodu budou ubytováni v malých zařízeních s vychovatelem a psychologickou "
                     "podporou."),
        (H, "2.3.4", "B. Podmínky pro úspěšnou a včasnou integraci"),
        (A, "2.3.4", "Osoby s mezinárodní ochranou zahájí kurzy češtiny do tří měsíců a obdrží individuální plán "
                     "integrace."),
        (H, "2.6", "C. Zajištění dostatečných kapacit a zdrojů"),
        (A, "2.6", "Ministerstvo vnitra získá do roku 2030 ročně 18 milionů eur navíc a přijme 90 nových úředníků."),
    ]),
    "p12-de-romanlist": ("tuning", "de", "Nationale Strategie für Asyl- und Migrationsmanagement (Auszug)", [
        (H, "2.1.2", "I. Wirksame Rückkehr"),
        (L, "2.1.2", "1. Die Zahl der freiwilligen Ausreisen soll bis 2028 auf 6 000 im Jahr steigen, unterstützt "
                     "durch Rückkehrberatung in allen Erstaufnahmeeinrichtungen."),
        (L, "2.1.2", "2. Abschiebungshaft wird auf 300 Plätze erweitert."),
        (L, "2.1.2", "3. Reintegrationshilfen werden mit Frontex abgestimmt."),
        (A, "2.1.2", "Mit zehn Herkunftsstaaten werden Rückübernahmevereinbarungen verhandelt."),
        (H, "2.6", "II. Ausreichende Kapazitäten und Ressourcen"),
        (A, "2.6", "Der Bund stellt jährlich 120 Millionen Euro bereit und schafft 250 Stellen im Bundesamt."),
    ]),
    "p12-pt-letterlist": ("heldout", "pt", "Estratégia Nacional de Gestão do Asilo e da Migração – excerto", [
        (H, "2.3.3", "A. Um sistema de acolhimento sólido"),
        (L, "2.3.3", "1. A rede nacional de acolhimento passará de 2 000 para 3 200 lugares até 2028, com equipas "
                     "técnicas em todos os centros."),
        (L, "2.3.3", "2. Uma reserva de 500 camas absorve os picos de chegadas."),
        (L, "2.3.3", "3. Os menores não acompanhados ficam em casas de acolhimento especializadas."),
        (A, "2.3.3", "As condições de acolhimento são inspecionadas duas vezes por ano."),
        (H, "2.6", "B. Capacidades e recursos suficientes"),
        (A, "2.6", "O Estado afeta 40 milhões de euros por ano e contrata 120 técnicos para a agência."),
    ]),
    "p12-sv-annexlist": ("heldout", "sv", "Nationell strategi för asyl- och migrationshantering – utdrag", [
        (H, "2.3.3", "2.3.3. Ett robust mottagningssystem"),
        (L, "2.3.3", "1. Antalet platser på mottagningsenheterna ökar till 9 000 år 2028 och varje enhet får "
                     "hälso- och sjukvårdspersonal på plats."),
        (L, "2.3.3", "2. En reserv på 1 000 platser tar emot toppar i ankomster."),
        (A, "2.3.3", "Ensamkommande barn bor i små boenden med personal dygnet runt."),
        (H, "2.6", "2.6. Tillräcklig kapacitet och tillräckliga resurser"),
        (A, "2.6", "Migrationsverket får 300 miljoner kronor om året och anställer 150 handläggare."),
    ]),
    "p12-ro-romanlist": ("heldout", "ro", "Strategia națională de gestionare a azilului și migrației – extras", [
        (H, "2.1.2", "I. Returnarea efectivă"),
        (L, "2.1.2", "1. Numărul returnărilor voluntare asistate va crește la 1 500 pe an până în 2028, cu consiliere "
                     "în toate centrele regionale."),
        (L, "2.1.2", "2. Centrele de custodie publică primesc 200 de locuri noi."),
        (A, "2.1.2", "Se negociază acorduri de readmisie cu șase țări terțe."),
        (H, "2.3.4", "II. Integrarea timpurie"),
        (A, "2.3.4", "Beneficiarii de protecție internațională urmează cursuri de limba română în primele trei luni."),
    ]),
}


def main() -> None:
    """Write every document of :data:`DOCS` and its gold."""
    OUT.mkdir(exist_ok=True)
    for doc_id, (split, lang, title, blocks) in DOCS.items():
        gold_blocks = [{"id": "b0001", "role": "front_matter", "section": None, "key_element": None, "text": title}]
        for k, (role, sec, text) in enumerate(blocks, 2):
            gold_blocks.append({"id": f"b{k:04d}", "role": role, "section": sec, "key_element": None, "text": text})
        gold = {"doc_id": doc_id, "country": "XZ", "language": lang, "template": "eu-2025-503", "title": title,
                "kind": "numbered list under own headings", "split": split, "blocks": gold_blocks,
                "footnotes": [], "coverage": {}}
        (OUT / f"{doc_id}.txt").write_text("\n\n".join(b["text"] for b in gold_blocks) + "\n", encoding="utf-8")
        (OUT / f"{doc_id}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")


if __name__ == "__main__":
    main()
