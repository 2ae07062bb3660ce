"""How descriptive a block of an own chapter reads: the situation described, or measures announced (issue 14, seg14r).

The Annex's context section (1) asks for the national situation: figures of arrivals and
applications, their trends, the country's place on the routes. Its answers describe; every
other section's answers announce measures (staff to hire, procedures to shorten, places to
build). The encoder's section evidence reads a context chapter poorly in some languages:
its figures and borders draw the border procedure (2.2.2) or the external dimension (2.1.1),
and the context section is a hub that every chapter's text of the language reads, so the
hub correction takes it off (paraphr11 hr "Polazište", paraphr10 pt "O ponto de partida",
paraphr7 hu "Honnan indulunk"). This module gives the other reading, independent of the
sections' wording: the cosine of a block to a description of a situation minus its cosine to
a description of measures, both English queries (``kind="query"``). The difference within one
block cancels most of the language's shift of e5 cosines, as the genre contrasts of
:func:`analyser.match.genre_features` do, so its sign is the block's own reading: positive, the
block describes more than it announces.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..embed import Encoder
from ..schema import Block

#: The two readings contrasted (English queries; the encoder reads them across languages).
DESCRIPTIVE_QUERIES: tuple[str, str] = (
    "A description of the current situation: statistics, numbers of asylum applications and arrivals in past years, "
    "trends, and the country's geographical location on migration routes.",
    "Measures the government will take: new staff, procedures, facilities, rules and actions planned for the coming years.",
)


def descriptive_contrast(blocks: Sequence[Block], indices: Sequence[int], encoder: Encoder) -> dict[int, float]:
    """Per block of ``indices``: cosine to the situation query minus cosine to the measures query.

    Args:
        blocks: the document's blocks.
        indices: the blocks to read (the own chapters' text).
        encoder: the sentence encoder (passages and queries; with the caching encoder the blocks are not
            embedded again).

    Returns:
        block index → contrast (cosine difference, about -0.07 to +0.05 with multilingual-e5-small: on the
        issue-14 paraphrased-title documents every context chapter's mean is above 0, the median other
        chapter's -0.017); empty when ``indices`` is.
    """
    if not indices:
        return {}
    vecs = encoder.encode([blocks[i].text for i in indices], kind="passage")
    q = encoder.encode(list(DESCRIPTIVE_QUERIES), kind="query")
    diff = np.asarray(vecs, dtype=np.float64) @ np.asarray(q, dtype=np.float64).T
    return {i: float(d[0] - d[1]) for i, d in zip(indices, diff)}
