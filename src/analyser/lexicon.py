"""Multilingual word lists shared by parsing, sentence splitting, segmentation and template extraction.

One home for every list of words in the 24 official EU languages that the
analyser matches text against: titles of a table of contents or endnotes,
"Annex" words, page-number words, Word style names, conjunctions, the
Official Journal's name, abbreviations that do not end a sentence, and the
punctuation that does. Modules build their own regular expressions from
these lists; nothing here imports another analyser module.

Sources: the Official Journal's own headings (EUR-Lex, Implementing Decision
(EU) 2025/503 in the 24 languages) for "Annex" and the journal's name; the
Word/LibreOffice localised style names for headings and lists; the rest was
collected from the development corpus and national style guides.
Lower-case entries are matched case-insensitively unless a list says otherwise.
"""

from __future__ import annotations

EU_LANGUAGES: tuple[str, ...] = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
    "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
)
"""ISO 639-1 codes of the 24 official EU languages."""

# --------------------------------------------------------------------------- document furniture

TOC_TITLES: tuple[str, ...] = (
    "contents", "table of contents", "inhoud", "inhoudsopgave", "inhoudstafel", "inhalt", "inhaltsverzeichnis",
    "table des matières", "sommaire", "spis treści", "περιεχόμενα", "πίνακας περιεχομένων", "índice", "indice",
    "contenido", "sommario", "obsah", "kazalo", "vsebina", "sadržaj", "съдържание", "cuprins", "tartalom",
    "tartalomjegyzék", "sisällys", "sisällysluettelo", "innehåll", "innehållsförteckning", "indhold",
    "indholdsfortegnelse", "sisukord", "saturs", "satura rādītājs", "turinys", "clár", "clár ábhair",
    "clár an ábhair", "werrej", "kontenut",
)
"""Titles of a table-of-contents page (a whole line), lower case."""

INTRODUCTION_TITLES: tuple[str, ...] = (
    "introduction", "inleiding", "einleitung", "einführung", "introduction générale", "wstęp", "wprowadzenie",
    "εισαγωγή", "introducción", "introduzione", "úvod", "uvod", "въведение", "introducere", "bevezetés",
    "bevezető", "johdanto", "inledning", "indledning", "sissejuhatus", "ievads", "įvadas", "réamhrá",
    "introduzzjoni", "introdução", "indledende bemærkninger",
)
"""Titles of a document's own introduction chapter (the whole title after its number), lower case: the chapter
introduces the strategy (its legal basis, who drew it up), the Annex's section 1 (context) in an own outline."""

ENDNOTES_TITLES: tuple[str, ...] = (
    "notes", "endnotes", "noten", "eindnoten", "voetnoten", "anmerkungen", "endnoten", "fußnoten", "notes de fin",
    "przypisy", "σημειώσεις", "note", "notas", "poznámky", "opombe", "bilješke", "бележки", "note de final",
    "megjegyzések", "jegyzetek", "huomautukset", "viitteet", "noter", "slutnoter", "märkused", "piezīmes",
    "pastabos", "nótaí", "noti",
)
"""Titles of a block of endnotes (a whole line), lower case."""

PAGE_WORDS: tuple[str, ...] = (
    "page", "pagina", "seite", "página", "strona", "strana", "sivu", "oldal", "side", "sida", r"pag\.?", r"p\.",
    r"стр\.?", "страница", "puslapis", "lapa", "lehekülg", "leht", "stran",
    "stranica", "leathanach", "paġna", "σελίδα", r"σελ\.",  # hr, ga, mt, el (fresh5: "Leathanach 1" was answer text)
)
"""Words before a page number in a running footer ("Pagina 3 van 40"); regular-expression fragments."""

PAGE_OF_WORDS: tuple[str, ...] = ("/", "of", "van", "von", "de", "di", "din", "z", "ze", "из", "iš", "od", "af", "av", "/",
                                  "as", "minn", "από", "sur", "от")  # fr, bg: "Page 1 sur 3", "Страница 1 от 3"
"""Words between a page number and the page count ("3 of 40", "3 van 40"); regular-expression fragments."""

OJ_NAMES: tuple[str, ...] = (
    "PB", "OJ", r"ABl\.", "JO", "GU", "DO", r"Dz\.U\.", "EUT", "ΕΕ", "ОВ", "HL", "UL", r"Ú\.\s*v\.", "Uradni",
    "Službeni", "ELT", "OV", "EUV", "IO", "L",
)
"""The Official Journal's short name in the EU languages ("EN OJ L ..."); regular-expression fragments, case-sensitive."""

ANNEX_WORDS: tuple[str, ...] = (
    "annex", "bijlage", "anhang", "annexe", "anexo", "allegato", "příloha", "priloha", "príloha", "liite",
    "melléklet", "bilag", "bilaga", "приложение", "priedas", "załącznik", "anexa", "anexă", "lisa", "pielikums",
    "priloga", "παράρτημα", "prilog", "aneks", "anness", "iarscríbhinn",
)
"""The word "Annex" in the EU languages, lower case (match case-insensitively)."""

CAPTION_WORDS: tuple[str, ...] = (
    "table", "tabel", "tabelle", "tableau", "tabla", "tabela", "tabella", "taulukko", "táblázat", "tabulka",
    "tabuľka", "tabula", "lentelė", "preglednica", "tablica", "tabelul", "таблица", "πίνακας", "tábla", "tabell",
    "figure", "figuur", "abbildung", "abb", "figura", "kuva", "kuvio", "ábra", "obrázek", "obrázok", "attēls",
    "paveikslas", "joonis", "slika", "graph", "chart", "grafikon", "graf", "диаграма", "фигура", "σχήμα",
    "διάγραμμα", "diagram", "diagramm", "grafico", "gráfico", "wykres", "rysunek", "box", "kader", "kasten",
    "encadré", "recuadro", "riquadro", "ramka", "laatikko", "map", "kaart", "karte", "carte", "mapa", "kartta",
)
"""Words that open the caption of a table, figure, chart, box or map ("Table 1.", "Taulukko 2.", "Abbildung 3"),
lower case (match case-insensitively): a number after them is the caption's, never an Annex section's."""

APPENDIX_WORDS: tuple[str, ...] = ("anlage",)
"""Words for an appendix that some national versions put where the Annex starts; not a strategy's own annex
heading ("Anlage 1 – Zuständige Behörden" stays answer text)."""

# --------------------------------------------------------------------------- Word styles

DOCX_HEADING_STYLES: tuple[str, ...] = (
    "heading", "kop", "überschrift", "titre", "título", "titolo", "nagłówek", "rubrik", "otsikko", "overskrift",
    "nadpis", "naslov", "címsor", "antraštė", "virsraksts", "pealkiri", "заглавие", "επικεφαλίδα", "cabeçalho",
)
"""Localised Word style names of numbered headings ("Heading 2", "Kop 2", "Überschrift 1")."""

DOCX_TITLE_STYLES: tuple[str, ...] = ("title", "titel", "titre", "titolo", "tytuł", "τίτλος")
"""Localised Word style names of the document title."""

DOCX_LIST_STYLES: tuple[str, ...] = ("list", "lijst", "liste", "lista", "seznam", "luettelo")
"""Prefixes of localised Word list paragraph style names ("List Paragraph", "Lijstalinea")."""

# --------------------------------------------------------------------------- words inside sentences

CONJUNCTIONS: frozenset[str] = frozenset(
    "en of tot noch und oder and or et ou e y o i a és vagy og och eller ja tai sekä и или ir ar bzw sowie "
    "in ali oraz lub ni nebo či sau şi și ή και ку kaj und/oder".split()
)
"""Words after which a line-end hyphen is an elided compound ("asiel- en migratie", "asyl- och migrationshantering")."""

HYPHEN_PREFIXES: frozenset[str] = frozenset({"niet", "ex", "non", "anti", "co"})
"""Prefixes that keep their hyphen before a line break ("niet-" + "gereguleerde")."""

NUMBER_JOINERS: tuple[str, ...] = ("et", "and", "en", "und", "e", "i", "a", "ir", "ja", "és", "og", "и", "y", "și", "si",
                                   "ve", "u", "agus", "och", "un", "in", "και", "oraz", "&", ",", "/", "+", "–", "-")
"""Words and signs joining two section numbers in one heading ("2.2.1 et 2.2.2"), literal strings."""

SECTION1_SPLIT: dict[str, str] = {"nl": ", rekening houdend met ", "en": ", taking into account "}
"""Per language: the clause marker that starts key element 1.c inside the template's section 1 second sentence."""

# --------------------------------------------------------------------------- sentence ends

SENTENCE_END_PUNCT = ".!?…"
"""Punctuation that ends a sentence in every EU language (Greek ";" is handled by the sentence splitter)."""

CLAUSE_END_PUNCT = ":;"
"""Punctuation that ends a clause or an introduction to a list."""

CLOSING_PUNCT = "»\"”)"
"""Closing quotes and brackets that may follow a sentence end."""

ABBREVIATIONS: dict[str, frozenset[str]] = {
    "*": frozenset({"art", "nr", "no", "n°", "p", "pp", "cf", "vs", "ca", "e.g", "i.e", "etc", "vgl", "mio", "mld", "mln",
                    "bzw", "resp", "incl", "excl", "max", "min", "approx", "fig", "par", "ch", "para", "nos", "ref"}),
    "nl": frozenset({"o.a", "t.b.v", "m.b.t", "i.v.m", "bijv", "d.w.z", "m.n", "z.g", "jl", "blz", "e.a", "t.a.v", "mr", "dhr", "mw", "ivm", "mbt"}),
    "de": frozenset({"z", "b", "z.b", "abs", "gem", "u", "a", "u.a", "d.h", "i.h.v", "ggf", "bzw", "vgl", "s", "str", "eur", "nr", "ziff", "lit", "dr"}),
    "fr": frozenset({"n°", "ex", "p. ex", "cf", "mme", "m", "av", "env", "al", "l", "r", "d"}),
    "pl": frozenset({"np", "m.in", "ust", "tj", "ok", "tys", "r", "poz", "dz", "u", "pkt", "lit", "zob", "ww", "tzw", "itd", "itp"}),
    "el": frozenset({"παρ", "βλ", "π.χ", "άρθ", "κ.λπ", "αρ", "εδ", "περ"}),
    "bg": frozenset({"г", "чл", "ал", "бр", "т.е", "напр", "вкл", "млн", "млрд", "обн", "т", "др", "стр", "хил"}),
    "cs": frozenset({"čl", "č", "odst", "písm", "mj", "např", "tzv", "tj", "sb", "úř", "věst", "mil", "tis", "cca", "resp", "atd"}),
    "da": frozenset({"jf", "bl.a", "f.eks", "ca", "pr", "stk", "nr", "mio", "mia", "kr", "pct", "m.v", "evt", "inkl"}),
    "fi": frozenset({"esim", "milj", "ks", "mm", "ns", "n", "vrt", "s", "yms", "jne", "tms", "eli", "v"}),
    "hu": frozenset({"ill", "pl", "kb", "ún", "stb", "sz", "o", "korm", "tv", "vö", "ld", "évi", "bek"}),
    "lt": frozenset({"t. y", "t.y", "pvz", "m", "d", "nr", "val", "mėn", "proc", "mln", "str", "p", "kt", "žr"}),
    "pt": frozenset({"n.º", "art.os", "p. ex", "sr", "sra", "v.g", "cf", "al", "n.o"}),
    "ro": frozenset({"art", "alin", "nr", "lit", "pct", "etc", "d-l", "dl", "dna", "prof"}),
    "it": frozenset({"art", "n", "p.es", "ecc", "pag", "sig", "c.d", "cfr", "es", "co", "lett"}),
    "es": frozenset({"art", "núm", "p. ej", "sr", "sra", "etc", "pág", "apdo", "cfr"}),
    "sk": frozenset({"čl", "č", "ods", "písm", "napr", "tzv", "t.j", "mil", "resp", "atď", "zb"}),
    "sl": frozenset({"čl", "npr", "t.i", "oz", "itd", "mio", "št", "odst", "tč"}),
    "hr": frozenset({"čl", "npr", "tj", "st", "br", "mil", "itd", "tzv", "odn"}),
    "sv": frozenset({"t.ex", "bl.a", "s.k", "m.m", "kap", "jfr", "st", "mkr", "ca", "resp"}),
    "et": frozenset({"nt", "jm", "lg", "nr", "mln", "vt", "jne", "s.t", "p"}),
    "lv": frozenset({"piem", "u.c", "utt", "t.i", "nr", "p", "milj", "pants", "sk"}),
    "mt": frozenset({"eż", "art", "nru", "ecc"}),
    "ga": frozenset({"alt", "lch", "m.sh", "uimh"}),
}
"""Abbreviations that end with a period but do not end a sentence, per language ("*": all languages);
lower case, without the final period."""


def alternation(words: tuple[str, ...] | frozenset[str], *, literal: bool = True) -> str:
    """A regular-expression alternation ``(?:a|b|…)`` of ``words``, longest first.

    Args:
        words: the words; escaped with :func:`re.escape` when ``literal``,
            else used as regular-expression fragments.

    Returns:
        A non-capturing group matching any one of them (longest alternatives
        first, so that "table of contents" wins over "contents").
    """
    import re

    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) if literal else w for w in items) + ")"
