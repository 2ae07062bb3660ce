"""Wording of listings of Annex titles the encoder ranks poorly, and of own lettered titles (issue 14, segtmpl session).

Our own translations of the Annex titles (no template pack holds these languages: the packs are
``en`` and ``nl``), in wordings other than the earlier documents', some of which the encoder reads
poorly (a reproduced title whose own section ranks 2nd to 5th among the 17 Annex headings), and
own titles under letters (the member state's answer text, never template text). The answers are
those of the earlier documents of the same language (:mod:`segment_docs_text_seg3`,
:mod:`segment_docs_text_more`, :mod:`segment_docs_text_para3`), invented (no agency, law, place
or figure is real). Keys: ``title``; ``list`` ((label or "", section, title) per heading, in document
order); ``own`` (True when the headings are the document's own titles: gold ``answer_heading``);
``ans`` (two answers per section). ``TEXT_TMPL_HELD`` was written and committed before any change of
the segtmpl session and is never tuned on.
"""

from __future__ import annotations

from segment_docs_text_more import TEXT_MORE
from segment_docs_text_para3 import TEXT_PARA3_TUNE
from segment_docs_text_seg3 import TEXT_SEG3

TEXT_TMPL_TUNE: dict[str, dict] = {
    "et-letters2": {
        "title": TEXT_SEG3["et"]["title"],
        "list": [("A.", "2.3.3", "Töökindel vastuvõtusüsteem"),
                 ("B.", "2.3.4", "Tingimused edukaks ja varaseks lõimumiseks"),
                 ("C.", "2.6", "Piisav suutlikkus ja võimekus riikliku strateegia rakendamiseks")],
        "ans": TEXT_SEG3["et"]["ans"],
    },
    "et-titleonly52": {
        "title": TEXT_SEG3["et"]["title"],
        "list": [("", "2.1.2", "Sisemine mõõde"),
                 ("", "2.2.2", "Tõhus juurdepääs rahvusvahelisele kaitsele välispiiridel"),
                 ("", "2.3.3", "Tugev vastuvõtusüsteem"),
                 ("", "2.3.4", "Tingimused edukaks ja varaseks lõimumiseks"),
                 ("", "2.6", "Piisav suutlikkus ja võimekus riikliku strateegia rakendamiseks")],
        "ans": TEXT_SEG3["et"]["ans"],
    },
    "lt-letters2": {
        "title": TEXT_SEG3["lt"]["title"],
        "list": [("A.", "2.1.2", "Vidaus aspektas"),
                 ("B.", "2.2.2", "Veiksminga galimybė gauti tarptautinę apsaugą prie išorės sienų"),
                 ("C.", "2.3.3", "Patikima priėmimo sistema"),
                 ("D.", "2.3.4", "Sąlygos sėkmingai ir ankstyvai integracijai"),
                 ("E.", "2.6", "Pakankami pajėgumai ir gebėjimai nacionalinei strategijai įgyvendinti")],
        "ans": TEXT_SEG3["lt"]["ans"],
    },
    "pt-ownletters": {
        "title": "Estratégia nacional de gestão do asilo e da migração – extrato para consulta pública",
        "own": True,
        "list": [("A.", "2.3.3", "Alojamento em pequenas unidades"),
                 ("B.", "2.3.4", "Trabalho e língua desde o primeiro dia"),
                 ("C.", "2.6", "Pessoas, dinheiro e sistemas informáticos")],
        "ans": TEXT_MORE["pt"]["ans"],
    },
}

TEXT_TMPL_HELD: dict[str, dict] = {
    "sl-letters2": {
        "title": TEXT_SEG3["sl"]["title"],
        "list": [("A.", "2.1.2", "Notranja razsežnost"),
                 ("B.", "2.2.2", "Učinkovit dostop do mednarodne zaščite na zunanjih mejah"),
                 ("C.", "2.3.3", "Trden sistem sprejema"),
                 ("D.", "2.3.4", "Pogoji za uspešno in zgodnje vključevanje"),
                 ("E.", "2.6", "Zadostne zmogljivosti in sposobnosti za izvajanje nacionalne strategije")],
        "ans": TEXT_SEG3["sl"]["ans"],
    },
    "cs-titleonly52": {
        "title": "Národní strategie řízení azylu a migrace – výňatek pro veřejnou konzultaci",
        "list": [("", "2.1.2", "Vnitřní rozměr"),
                 ("", "2.2.2", "Účinný přístup k mezinárodní ochraně na vnějších hranicích"),
                 ("", "2.3.3", "Robustní přijímací systém"),
                 ("", "2.3.4", "Podmínky pro úspěšnou a včasnou integraci"),
                 ("", "2.6", "Dostatečné kapacity a schopnosti k provádění vnitrostátní strategie")],
        "ans": TEXT_MORE["cs"]["ans"],
    },
    "hr-roman5": {
        "title": TEXT_PARA3_TUNE["hr"]["title"],
        "list": [("I.", "2.1.2", "Unutarnja dimenzija"),
                 ("II.", "2.2.2", "Učinkovit pristup međunarodnoj zaštiti na vanjskim granicama"),
                 ("III.", "2.3.3", "Otporan sustav prihvata"),
                 ("IV.", "2.3.4", "Preduvjeti za uspješnu i ranu integraciju"),
                 ("V.", "2.6", "Dostatni kapaciteti i sposobnosti za provedbu nacionalne strategije")],
        "ans": TEXT_PARA3_TUNE["hr"]["ans"],
    },
    "sk-ownletters": {
        "title": "Národná stratégia riadenia azylu a migrácie – výťah na verejnú konzultáciu",
        "own": True,
        "list": [("A.", "2.3.3", "Bývanie v malých zariadeniach"),
                 ("B.", "2.3.4", "Práca a jazyk od prvého dňa"),
                 ("C.", "2.6", "Ľudia, peniaze a informačné systémy")],
        "ans": TEXT_PARA3_TUNE["sk"]["ans"],
    },
}
