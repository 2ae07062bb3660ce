"""Build the k-NN banks of one model (``analyser banks build``, ``analyser banks negatives``).

Two banks of annotated answers are shipped per encoder model in ``data/exemplars/`` and read
by a run through :class:`analyser.bundle.ModelBundle`:

* ``<model>.npz``, the section exemplars of the segment stage (answer blocks of the gold with
  their Annex section; :func:`analyser.segment.build_exemplars`);
* ``<model>.evidence.npz``, the evidence bank of the match stage (answer blocks of the gold
  with the key elements they evidence; :func:`analyser.match.build_evidence_bank`), to which
  the passages of negative documents are added (:func:`analyser.match.add_negatives`) from an
  analysis of ``tests/data/negatives/train`` (never the held-out negatives).

Each stage keeps what its bank holds; this module decides where the files go and in which
order they are made. Rebuilding from the gold drops the evidence bank's negatives: add them
again with :func:`add_negative_documents` (or ``analyser banks build --negatives OUT``).
The shipped calibration is fitted against these banks: refit it after a rebuild
(``analyser calibrate``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .bundle import BundlePaths
from .calibrate import load_negative_documents
from .embed import Encoder
from .errors import Errors, ScoreError
from .evaluate import load_gold_dir
from .match import add_negatives, build_evidence_bank, load_evidence_bank
from .segment import build_exemplars, load_exemplars
from .template import Template, load_template

__all__ = ["BankFiles", "NegativesAdded", "add_negative_documents", "build_banks"]


@dataclass(frozen=True)
class BankFiles:
    """The two bank files written by :func:`build_banks`, with their sizes in rows.

    Attributes:
        exemplars: path of the section exemplar bank; ``n_exemplars`` its answer blocks.
        evidence_bank: path of the evidence bank; ``n_evidence`` its answer blocks.
    """

    exemplars: Path
    evidence_bank: Path
    n_exemplars: int
    n_evidence: int


@dataclass(frozen=True)
class NegativesAdded:
    """What :func:`add_negative_documents` wrote: the evidence bank's path, negative documents and passages added."""

    evidence_bank: Path
    documents: int
    passages: int


def build_banks(gold_dir: str | Path, encoder: Encoder, *, out_dir: str | Path | None = None,
                template: Template | None = None) -> BankFiles:
    """Embed the answer blocks of the gold annotations into both banks of ``encoder``'s model; atomic writes.

    Args:
        gold_dir: folder of ``<doc_id>.gold.json`` files (``tests/data/gold/SCHEMA.md``).
        encoder: the encoder the banks are for (its ``name`` names the files).
        out_dir: folder to write ``<model>.npz`` and ``<model>.evidence.npz`` into
            (default: the package's ``data/exemplars``, which runs read).
        template: the Annex template (its key elements are the evidence bank's columns).

    Returns:
        The files written (:class:`BankFiles`).

    Raises:
        ScoreError: E402 when ``gold_dir`` holds no readable gold file.
        OSError: when a file cannot be written (nothing half-written is left).
    """
    golds = list(load_gold_dir(gold_dir).values())
    template = template or load_template()
    paths = BundlePaths.for_model(encoder.name, bank_dir=Path(out_dir) if out_dir is not None else None)
    exemplars = build_exemplars(golds, encoder, out=paths.exemplars)
    evidence = build_evidence_bank(golds, encoder, [k.id for k in template.key_elements()], out=paths.evidence_bank)
    bank = load_evidence_bank(encoder.name, evidence)
    ex = load_exemplars(encoder.name, exemplars)
    return BankFiles(exemplars, evidence, len(ex.vectors) if ex else 0, len(bank.vectors) if bank else 0)


def add_negative_documents(analysed: str | Path, encoder: Encoder, *, bank_dir: str | Path | None = None) -> NegativesAdded:
    """Add the passages of analysed negative documents to the evidence bank, replacing earlier negatives.

    The passages are cut and embedded as the match stage does, from each
    ``analysis.json`` of the latest run in ``analysed`` (embeddings from its ``.cache``).

    Args:
        analysed: output folder of ``analyser analyse`` over negative documents
            (``tests/data/negatives/train``; never the held-out ones).
        encoder: the encoder of the bank.
        bank_dir: folder holding the evidence bank (default: the package's ``data/exemplars``).

    Raises:
        ScoreError: E411 when there is no evidence bank to add to; E410/E403 when
            ``analysed`` holds no readable analysis.
    """
    path = BundlePaths.for_model(encoder.name, bank_dir=Path(bank_dir) if bank_dir is not None else None).evidence_bank
    bank = load_evidence_bank(encoder.name, path)
    if bank is None:
        raise ScoreError(Errors.E411, path=str(path), model=encoder.name)
    docs = load_negative_documents(analysed, encoder)
    written = add_negatives(bank, {d.doc_id: d.passage_vecs for d in docs}, out=path)
    return NegativesAdded(written, len(docs), sum(len(d.passage_vecs) for d in docs))
