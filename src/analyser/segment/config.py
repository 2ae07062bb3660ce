"""Parameters of the segment stage (:class:`SegmentConfig`).
"""

from __future__ import annotations

from dataclasses import dataclass



@dataclass(frozen=True)
class SegmentConfig:
    """Settings of the segment stage.

    Attributes:
        min_numbered_sections: ``Segmentation.follows_template`` needs this many
            sections with Annex headings (descriptive; no mode switch hangs on it).
        heading_rank: a numbered candidate is an Annex heading only when its
            own section is among the ``heading_rank`` closest Annex headings to
            its title (embedding cosine, any template language). Own sibling
            headings whose mapped sections follow the Annex's order, each among
            its title's ``heading_rank`` closest Annex headings (outside its
            family) and half of them the closest, list the Annex titles:
            template text (:func:`.template_text._headings_in_annex_order`).
        max_heading_words: longer candidates are not headings.
        template_lexical: normalised string similarity (difflib ratio, 0–1)
            above which a block is taken as reproduced template wording.
        template_separation: Ashman's D above which the document's block-to-
            template cosines count as bimodal (template text present); measured
            on the development corpus: ≥ 4.0 with template text, ≤ 2.8 without.
        template_gap: the two cosine modes must also differ by this much
            (mean of the upper minus mean of the lower class).
        restated_question_margin: a block whose closest template wording is
            a question that another block reproduces at least this much
            closer (cosine) is an answer restating it (:func:`_question_reproduced_once`).
        small_sample_blocks, small_sample_gap, small_sample_ratio: a part of
            fewer blocks than ``small_sample_blocks`` without a clear Otsu split
            is cut at its widest cosine gap when that gap is at least
            ``small_sample_gap`` and ``small_sample_ratio`` times the spread of
            either side (:func:`_small_sample_split`).
        merged_switch_cost: Viterbi switch cost inside a merged heading's span
            ("2.2.1 et 2.2.2"), where blocks go by content with little smoothing.
        italic_share: when at least this share of the template blocks found
            is italic, non-italic blocks are not taken for template text by
            meaning alone.
        switch_cost, heading_switch_cost: Viterbi smoothing of the free-form
            alignment (cost of changing section at a body block / at a
            heading), in units of standardised similarity.
        exemplar_weight: share of the k-NN vote of annotated answers in the
            free-form emission (the rest: similarity to the template wording).
        language_corrected_vote: use :meth:`.exemplars.SectionExemplars.language_corrected_scores`
            (one vote per annotated strategy mixed with a vote on strategy-relative
            cosines) besides the plain k-NN vote, whose neighbours all come from the
            annotated strategy of the block's language whatever they are about
            (False: the plain vote only). Measured with e5 (issue 14,
            `scripts/dev_segment.py`): tuning free parts 0.854 → 0.948 (mixed
            documents), numbered 0.973 → 0.976; held-out free 0.907 → 1.000, numbered
            0.992 → 0.985 (cs collide); development corpus unchanged.
        corrected_vote_share: where the corrected vote is used, its share in a mix
            with the plain vote (1: the corrected vote alone, as in the free parts of
            documents that also have Annex headings: mixed, partial, own chapters after
            Annex sections).
        whole_document_vote_share: ``corrected_vote_share`` in a whole document without
            Annex headings; 0: the plain vote alone. Measured with e5 on the development
            corpus and the issue-14 documents: the corrected vote alone moved text of the
            free-form development documents (xl 2.2 → 2.2.1: 0.944 → 0.929; xp to the
            context section: 0.919 → 0.880) and with xl nl-2025's leave-one-document-out
            coverage figures (0.682/0.821 → 0.476/0.786, macro-F1/AUC). Half of each
            placed more of xl right (0.944 → 0.973; xp, xd unchanged) and fixed tuning
            shapes (de-romansub 0.80 → 1.00, de-chapletters 0.61 → 0.75, pt-titleonly
            0.70 → 1.00), but nl-2025's leave-one-document-out figures fell all the same
            (macro-F1 0.682 → 0.476, AUC 0.821 → 0.786: xl's coverage and the negatives'
            placement moved), and held-out Finnish own-outline documents lost their
            reproduced question (chapletters, romansub: template F1 1.00 → 0.20/0.16).
        own_chapter_vote_share: ``corrected_vote_share`` of the content evidence by which
            :mod:`.outline` maps the document's own chapters to Annex sections, in every
            part (also in a whole document without Annex headings, whose blocks are placed
            by the plain vote): a whole chapter's pooled text decides its section, not
            block by block. The plain vote's neighbours come from the strategy in the
            block's language: German and Dutch integration chapters read as reception
            (de/nl chapletters 2.3.4 → 2.3.3), a Portuguese staff-and-budget chapter as
            preparedness (pt romansub 2.6 → 2.4).
        corrected_vote_min_sections: the corrected vote is used only where a block is
            placed among more than this many sections (free parts, own chapters); between
            the two or three sections one heading names ("2.2.1 et 2.2.2") its
            per-strategy prior favours the smaller section, and the plain vote decides
            (test_french_blocks_under_merged_heading_go_by_content).
        title_weight: weight of a heading's own emission added to every block
            of its chapter.
        labelled_title_weight: the same for a heading of the document's own
            numbering ("III.", "Kapitel 2:"), which names its chapter more surely.
        min_blocks_for_column_centring: with at least this many blocks, each
            section's mean similarity over the document is removed (hub
            sections); a short document covers too few topics for that.
        run_in_order_min_confirmed: a document's run-in lines ("2.3.3 Acolhimento: 1 500 lugares …") all in the
            Annex's order with at least this many confirmed by their titles are one line per Annex section: its
            lines whose short titles do not confirm their numbers are taken too (:func:`.headings._in_sequence`).
        listing_min_entries: a run of this many consecutive lines opening with
            Annex numbers in the Annex's order, with no text between them, is a
            listing (table of contents, correspondence table), not headings.
        max_title_words: longer blocks are not taken for a heading by title alone;
            a plain line (no sentence end, bullet or dash) up to this long is a
            title line (:func:`.common._title_shaped`; Annex titles run to 17 words).
        heading_check_words, min_heading_agreement: in a partial document, an
            Annex heading over at least ``heading_check_words`` words of which
            less than ``min_heading_agreement`` are placed in its section by
            content is a stray match and dropped (:func:`_headings_content_agrees`);
            its span ends at the own chapter that closes its section (below).
        own_chapter_section_share, own_chapter_size_tolerance: in a partial
            document, an unlabelled own chapter title under an Annex heading whose
            title is far from the open section, typeset at the heading's rank or
            above (font size within ``own_chapter_size_tolerance`` points, bold
            like it), closes that section when less than
            ``own_chapter_section_share`` of the words below it are placed in the
            section's family by content: the rest is a free part placed by content
            (:func:`.own_chapters.own_chapter_breaks`; mixed documents, #14).
        own_order_penalty, own_subdivision_penalty: the document's own outline
            mapped to Annex sections (:mod:`.outline`): a sibling that does not
            follow the previous one in the Annex's order, and a child taken for
            the own sub-division of its parent's section while the section has
            sub-sections of its own, pay this much (standardised units).
        own_title_rank_labelled, own_title_rank_plain, own_content_rank: a
            heading numbered in an own scheme ("II.", "A.", "Kapitel 3") is its
            section's heading when the section is among the
            ``own_title_rank_labelled`` closest Annex headings to its title or
            among the ``own_content_rank`` best sections of its content (inside
            an established chapter the outline decides). A plain-numbered ("7.1.")
            or unlabelled heading names the section most of its chapter's words
            were placed in when that section is among the
            ``own_title_rank_labelled - 1`` / ``own_title_rank_plain`` closest
            Annex headings to its title (once per section) and holds at least
            ``own_title_min_share`` of the words (a majority: a document's title
            line over a one-page note whose paragraphs content placed in five
            sections is no chapter heading of the one a quarter of them went to).
        own_hub_min_chapters, own_hub_margin: in a document with at least
            ``own_hub_min_chapters`` unlabelled own chapter titles, a section
            that every chapter's title or pooled text ranks high (a hub of the
            encoder in the document's language: preparedness, 2.4, for Irish,
            Portuguese or Maltese titles; the context, 1, for Irish or Maltese
            text) is no evidence for any one chapter: each section's mean over
            those chapters is taken off their title-plus-text scores (as
            cross-lingual retrieval corrects hubs), and a chapter whose placed
            section trails another by ``own_hub_margin`` standardised units on
            these corrected scores goes to that one (:mod:`.outline`).
        own_hub_mutual_margin, own_hub_mutual_content_rank: a chapter placed in a
            leaf section also goes to the leaf section its corrected scores name by a
            narrower lead (``own_hub_mutual_margin`` units) when its pooled text
            ranks that section within ``own_hub_mutual_content_rank`` and no other
            own chapter's corrected score for it is higher (mutual rank;
            :func:`.outline._hub_mutual_choice`).
        own_joint_margin: the bare own chapters settled one by one are then
            assigned together: sections trade between them when the summed
            hub-corrected evidence gains at least this many standardised units
            (:func:`.outline._reassign_jointly`; negative: never).
        own_lone_margin, own_lone_min_ordered: after the trades, one chapter moves
            alone to a free leaf section when the others stand in the Annex's order
            (at least ``own_lone_min_ordered`` of them), the leaf lies strictly between
            its two neighbours' sections and its hub-corrected evidence leads the
            chapter's section by at least ``own_lone_margin`` standardised units
            (:func:`.outline._lone_moves_in_order`; negative margin: never).
        own_split_lead: a chapter of the document's own scheme mapped to a leaf
            section keeps its paragraphs, except those whose content ranks one
            free sibling leaf first by at least this many standardised units over
            the chapter's own section (a title naming two topics, "Υποδοχή και
            ένταξη": reception and integration; :mod:`.outline`).
        own_joint_chains: the joint assignment of bare own chapters also tries chains
            (one chapter to a free section that is its own runner-up leaf, another
            to the one it leaves) besides single moves and swaps
            (:func:`.outline._reassign_jointly`).
        own_join_margin: a bare own chapter joins the section of the bare chapter
            next to it (a section split over two chapters) when that section leads
            both chapters' hub-corrected evidence and the chapter's lead there over
            its own section is at least this many standardised units
            (:func:`.outline._joins_neighbour`; negative: never).
        own_bare_split_min_blocks: a bare own chapter (title without a label) that
            merges two sibling sections is split the same way when it has at least
            this many blocks of text and the paragraphs moved are one run at its
            start or end (:func:`.outline._second_run_blocks`; 0: never). When the run
            moved is the chapter's first, its heading goes with it (the heading
            belongs to the topic it introduces).
        own_text_clear_lead: after the joint assignment, the trades, lone moves and
            joins, a bare own chapter whose pooled text, hub-corrected over the
            document's bare chapters, ranks one leaf section first by at least this
            many standardised units over the second leaf, and ranks it first
            uncorrected too, takes that leaf when no heading, placed text or other
            bare chapter holds it and the chapter has a bare chapter on either side
            (:func:`.outline._text_clear_moves`; negative: never).
        own_two_run_min_blocks: a bare own chapter still whole in one leaf section after
            the sibling split, with at least this many blocks of text, is read for one
            change point against the free leaves under its section's parent
            (:func:`.outline._best_two_run`; 0: never); its first or last run (two
            paragraphs or more, two or more left) goes to that leaf when the run's
            mean lead over the chapter's section exceeds the rest's by
            ``own_two_run_contrast`` standardised units, or by
            ``own_two_run_titled_contrast`` when the chapter's title ranks the leaf
            among its first ``own_two_run_title_rank`` sections.
        own_two_run_contrast, own_two_run_titled_contrast, own_two_run_title_rank:
            see ``own_two_run_min_blocks``.
        own_joint_keep_leader: in the joint assignment, a chapter whose one-by-one section is the first of its
            hub-corrected evidence gives it up only to a chapter whose evidence or pooled text names it first too
            (:func:`.outline._hands_leaders_on`; False: any trade that gains).
        listing_all_title_lines: a document lists the Annex titles only when the own
            headings that rank their sections first are ``title_listing_share`` of all
            its title lines of their style over text placed by content, taken for a
            heading or not (:func:`.template_text._listed_annex_titles`,
            :func:`.template_text._headings_in_annex_order`; False: of the headings taken).
        own_narrow_hub: a bare own chapter whose text was placed in a parent section
            (2.3) and that title and text narrow to one of its leaves takes the leaf
            first by hub-corrected evidence among those no heading or other chapter's
            text holds (:func:`.outline._narrowed_by_hub`; False: the uncorrected leader).
        own_context_descriptive, own_context_rank, own_context_text_rank: after those moves, the bare own
            chapter whose text reads most descriptive (situation query minus measures
            query, :func:`.descriptive.descriptive_contrast`, at least
            ``own_context_descriptive``) takes the context (1) when no heading, text or
            chapter holds it and its hub-corrected evidence ranks the context within
            ``own_context_rank`` and its pooled text within ``own_context_text_rank``
            (:func:`.outline._context_moves`; 0: never).
        own_context_swap: when a bare chapter whose text does not read descriptive holds the
            context, the most descriptive chapter meeting those conditions trades with it, and
            the displaced chapter may join its neighbour's section (:func:`.outline._context_swap`;
            False: never).
        title_reproduction: an own heading (own numbering, title alone) whose
            title's translation likeness to its Annex heading (cosine as a share
            of that heading's agreement with its own translation in another
            pack, :func:`.template_text._heading_likeness`) reaches this share
            reproduces the Annex title: template text (``section_heading``),
            not the member state's answer. Measured with e5 on the issue-14
            documents: reproduced titles 0.96–1.01, paraphrased 0.86–0.93; the
            own headings of the free-form development documents xd and xp
            (Polish, Lithuanian) reach 0.953–0.983, so the level is 0.97 and a
            reproduction must also render the whole title
            (``title_reproduction_words``).
        title_reproduction_words: a reproduced Annex title has at least this
            share of the words of the shortest rendering of that title in the
            template packs (a two-word "Gwarancje proceduralne" does not
            reproduce the four-word "Procedural guarantees and …" title; the
            reproductions of the issue-14 documents reach 0.57 and more).
        title_reproduction_siblings: an own heading among siblings (one
            numbering style) of which at least two and at least half reproduce
            their Annex titles reproduces its own from this likeness up
            (:func:`.core._reproducing_siblings`; e5 on the issue-14 tuning
            documents: a reproduced sibling 0.958, paraphrased titles ≤ 0.937
            except one at 0.971).
        title_listing_share, title_listing_level: a document whose own sibling
            headings (one numbering style, or no label) rank the Annex title of
            their section first, at least two and at least this share of them,
            lists the Annex titles: each sibling ranking its section first, and
            each rendering its whole title at a likeness of at least
            ``title_listing_level``, reproduces it
            (:func:`.template_text._listed_annex_titles`; e5 on the tuning
            documents: Slovak, Irish and Maltese titles 0.907–0.99, the free-form
            development documents' siblings rank first at most 5 of 13).
        title_render, title_render_margin: a title without a label whose
            translation likeness to one Annex heading reaches ``title_render``
            (whole title) and stands ``title_render_margin`` above every section
            outside that heading's family names that section, whatever the text
            below it is placed in by content
            (:func:`.template_text._rendered_sections`; e5 on the tuning
            documents: Spanish, Portuguese and Maltese titles 0.958–0.999 with
            margins 0.028–0.055; an own title of xd/xp that ranks first and is
            whole reaches 0.953 with its own section).
        title_order_min_titles: at least this many unlabelled titles in the
            parts placed by content, whose closest Annex headings strictly follow
            the Annex's order (no two of one family, none already headed), each
            with at least ``title_reproduction_words`` of its Annex title's
            words, list the Annex titles: each names its section
            (:func:`.template_text._titles_in_annex_order`; a structural rule,
            no cosine level: three Irish titles, five Maltese and Lithuanian
            ones on the tuning documents; the own titles of the mixed and
            free-form documents go back and forth in the Annex's order).
        question_reproduction, question_anchor_weight: a block ending in "?"
            whose translation likeness to an Annex question or guidance piece
            reaches ``question_reproduction`` reproduces it; an own heading with
            such a block directly below it has ``question_anchor_weight``
            (standardised units) added to that piece's section when the outline
            is mapped (:func:`.template_text._reproduced_questions`). Measured
            with e5 on the issue-14 tuning documents: reproduced questions and
            guidance 0.975 and more.
        xling_question, xling_item, xling_instruction: translation likeness
            (:func:`.common.translation_likeness`, a share of each Annex piece's own
            agreement between the packs) from which a block that asks, a dash item
            where the Annex's questions stand, and the paragraph between a section
            heading and such template text are template text in any language
            (:func:`.template_xling.translated_template`). Measured with e5 on the
            development corpus: no answer block asks; answer dash items 0.97 median,
            2 of 56 at 1.0 or more; reproduced template 1.05 median, none below 0.95.
        min_free_part_words: text before the first Annex heading of a partial
            document (fewer than ``min_numbered_sections`` headings) with at
            least this many words after its front matter is a free part,
            placed by content; shorter, it is front matter.
    """

    min_numbered_sections: int = 6
    heading_rank: int = 3
    max_heading_words: int = 32
    template_lexical: float = 0.82
    template_separation: float = 3.4
    template_gap: float = 0.05
    restated_question_margin: float = 0.02
    merged_switch_cost: float = 0.3
    italic_share: float = 0.8
    switch_cost: float = 2.5
    exemplar_weight: float = 0.6
    language_corrected_vote: bool = True
    corrected_vote_min_sections: int = 3
    corrected_vote_share: float = 1.0
    whole_document_vote_share: float = 0.0
    own_chapter_vote_share: float = 1.0
    min_blocks_for_column_centring: int = 30
    title_weight: float = 0.3
    labelled_title_weight: float = 0.8
    heading_switch_cost: float = 0.6
    max_title_words: int = 20
    listing_min_entries: int = 4
    run_in_order_min_confirmed: int = 3
    min_free_part_words: int = 40
    title_reproduction: float = 0.97
    title_reproduction_words: float = 0.55
    title_reproduction_siblings: float = 0.95
    title_listing_share: float = 0.66
    title_listing_level: float = 0.90
    title_render: float = 0.95
    title_order_min_titles: int = 3
    title_render_margin: float = 0.02
    question_reproduction: float = 0.97
    question_anchor_weight: float = 2.5
    heading_check_words: int = 150
    min_heading_agreement: float = 0.3
    own_chapter_section_share: float = 0.5
    own_chapter_size_tolerance: float = 0.5
    own_order_penalty: float = 2.5
    own_subdivision_penalty: float = 0.5
    own_title_rank_labelled: int = 3
    own_title_rank_plain: int = 1
    own_title_min_share: float = 0.5
    own_content_rank: int = 3
    own_hub_min_chapters: int = 3
    own_hub_margin: float = 2.0
    own_hub_mutual_margin: float = 0.5
    own_hub_mutual_content_rank: int = 2
    own_joint_margin: float = 0.5
    own_lone_margin: float = 0.25
    own_lone_min_ordered: int = 3
    own_split_lead: float = 1.0
    own_bare_split_min_blocks: int = 3
    own_join_margin: float = 0.25
    own_text_clear_lead: float = 0.6
    own_two_run_min_blocks: int = 4
    own_two_run_contrast: float = 1.5
    own_two_run_titled_contrast: float = 0.5
    own_two_run_title_rank: int = 3
    own_context_descriptive: float = 0.0
    own_context_rank: int = 3
    own_context_text_rank: int = 1
    own_context_swap: bool = True
    own_narrow_hub: bool = True
    listing_all_title_lines: bool = True
    own_joint_chains: bool = True
    own_joint_keep_leader: bool = True
    small_sample_blocks: int = 12
    small_sample_gap: float = 0.04
    small_sample_ratio: float = 1.0
    xling_question: float = 0.95
    xling_item: float = 1.0
    xling_instruction: float = 0.95
