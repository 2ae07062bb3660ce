"""Extra held-out documents of issue 14 in languages the generator does not use (Romanian, Danish).

Usage: ``python scripts/make_segment_extra.py`` (from the repository root). Writes
``tests/data/segment_heldout/seg-ro-titleonly`` (Annex titles without numbers, in
Romanian, no template pack) and ``seg-da-letters`` (lettered chapters "A.", "B.", "C."
giving the Annex titles in Danish, followed by one reproduced question), each as
``.gold.json`` + ``.txt``. Written after the tuning of the segment stage and never
tuned on: they measure the shapes ``titleonly`` and ``letters`` honestly.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests/data/segment_heldout"

RO = {
    "title": "Strategia națională privind gestionarea azilului și a migrației – extras",
    "sections": [
        ("2.3.3", "Un sistem de primire solid", [
            "Numărul locurilor de primire crește la 9 500 până în 2028, în centre de cel mult 250 de locuri, repartizate în toate regiunile de dezvoltare.",
            "Minorii neînsoțiți locuiesc în case mici cu un educator permanent, iar persoanele vulnerabile sunt evaluate medical în primele trei zile.",
        ]),
        ("2.3.4", "Condiții pentru o integrare reușită și timpurie", [
            "Beneficiarii de protecție încep cursurile de limba română încă din centrul de primire și primesc o evaluare a competențelor profesionale.",
            "Primăriile primesc o sumă fixă pentru fiecare persoană, pentru consiliere în găsirea unui loc de muncă și a unei locuințe.",
        ]),
        ("2.6", "Capacități și mijloace suficiente pentru punerea în aplicare a strategiei naționale", [
            "Inspectoratul General pentru Imigrări primește anual 40 de milioane de euro suplimentar până în 2030 și angajează 180 de funcționari noi.",
            "Un sistem informatic unic leagă dosarele de primire, procedură și returnare, iar conectarea la Eurodac se finalizează în 2026.",
        ]),
    ],
}

DA = {
    "title": "National strategi for asyl- og migrationsstyring – uddrag til høring",
    "sections": [
        ("2.2.2", "Effektiv adgang til international beskyttelse ved de ydre grænser", None, [
            "I ankomstcentrene i Nørreby og Vesthavn afsluttes grænseproceduren inden for tolv uger, med gratis juridisk rådgivning fra første dag.",
            "Domstolene reserverer faste retsdage til grænsesager, så klager behandles inden for fire uger.",
        ]),
        ("2.3.3", "Et robust modtagelsessystem", None, [
            "Antallet af modtagelsespladser stiger til 8 000 i 2028 fordelt på mellemstore centre med højst 200 pladser.",
            "Uledsagede mindreårige bor i små bofællesskaber med en fast kontaktperson, og sårbare personer screenes inden for to dage.",
        ]),
        ("2.6", "Tilstrækkelig kapacitet og formåen til at gennemføre den nationale strategi",
         ("2.6.a", "— Hvordan sikres tilgængeligheden af de menneskelige, materielle og finansielle ressourcer bedst muligt for gennemførelsen af strategien?"), [
            "Udlændingestyrelsen får 30 millioner euro ekstra om året frem til 2030 og ansætter 120 nye sagsbehandlere med et toårigt uddannelsesforløb.",
            "Et nyt sagsbehandlingssystem forbinder modtagelse, procedure og udsendelse; tilslutningen til Eurodac afsluttes i 2026.",
        ]),
    ],
}


def _write(doc_id: str, lang: str, kind: str, blocks: list[dict]) -> None:
    for k, b in enumerate(blocks, start=1):
        b["id"] = f"b{k:04d}"
    gold = {"doc_id": doc_id, "country": "XZ", "language": lang, "template": "eu-2025-503", "title": blocks[0]["text"],
            "kind": kind, "blocks": blocks, "footnotes": [], "coverage": {}}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{doc_id}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (OUT / f"{doc_id}.txt").write_text("\n\n".join(b["text"] for b in blocks) + "\n", encoding="utf-8")


def _b(role: str, section: str | None, text: str, ke: str | None = None) -> dict:
    return {"id": "", "role": role, "section": section, "key_element": ke, "text": text}


def build() -> None:
    """Write both documents."""
    blocks = [_b("front_matter", None, RO["title"])]
    for sec, title, answers in RO["sections"]:
        blocks.append(_b("section_heading", sec, title))
        blocks += [_b("answer", sec, a) for a in answers]
    _write("seg-ro-titleonly", "ro", "titleonly", blocks)
    blocks = [_b("front_matter", None, DA["title"])]
    for letter, (sec, title, question, answers) in zip("ABC", DA["sections"]):
        blocks.append(_b("section_heading", sec, f"{letter}. {title}"))
        if question:
            blocks.append(_b("template_question", sec, question[1], question[0]))
        blocks += [_b("answer", sec, a) for a in answers]
    _write("seg-da-letters", "da", "letters", blocks)


if __name__ == "__main__":
    build()
    print("2 documents written")
