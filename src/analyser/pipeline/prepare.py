"""What ``analyser models build`` adds to a model folder besides the weights: the ONNX Runtime
graph (:func:`analyser.model_onnx.build_onnx`) and the vectors every document needs
(:func:`static_texts`: the template's wording, the key elements' and the aspects' queries),
shipped read-only in ``<model>/precomputed`` so that a cold run does not embed them.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from ..aspect_score import aspect_queries
from ..aspects import load_aspects
from ..embed import Kind, build_precomputed, open_encoder, precomputed_store
from ..match import MatchConfig, key_element_queries
from ..model_onnx import build_onnx
from ..template import load_template

logger = logging.getLogger(__name__)


def static_texts() -> dict[Kind, list[str]]:
    """The query texts every analysis embeds whatever the document, for the shipped template and aspects.

    The template's wording in every shipped language (segmentation's
    references), the key element queries for every language with its own
    wording plus the default query languages (matching), and every aspect's
    descriptor and official wording (aspects). All are ``kind="query"``.

    Returns:
        ``{"query": [texts, de-duplicated, in a fixed order]}``.
    """
    template = load_template(None)
    texts: list[str] = []
    for lang in template.languages():
        texts.extend(text for _kind, _sec, _ke, text in template.template_texts(lang))
    langs = set(template.languages())
    for ke in template.key_elements():
        langs.update(ke.texts)
    for lang in sorted(langs):
        texts.extend(key_element_queries(template, lang, MatchConfig())[1])
    texts.extend(aspect_queries(load_aspects())[0])
    return {"query": list(dict.fromkeys(texts))}


def prepare_model(model_dir: str | os.PathLike[str], *, force: bool = False) -> dict[str, str]:
    """Add the ONNX graph (when onnxruntime is installed) and the precomputed vectors to a built model folder.

    The vectors are computed with the backend a run will use (ONNX Runtime
    when the graph exists, else torch), fp32; when the folder already holds
    every text of :func:`static_texts` nothing is embedded (unless ``force``).

    Args:
        model_dir: a complete model folder.
        force: export the graph again.

    Returns:
        ``{"onnx": path or "", "precomputed": path}``.

    Raises:
        EncoderError: ``E302`` when the export fails; ``E301`` when the folder holds no model.
    """
    model_dir = Path(model_dir)
    graph = build_onnx(model_dir, force=force)
    encoder = open_encoder(model_dir, precision="fp32")
    texts = static_texts()
    store = precomputed_store(encoder)
    name = getattr(encoder, "cache_name", encoder.name)
    if not force and store is not None and all(
        len(store.lookup(name, encoder.dim, kind, items)) == len(set(items)) for kind, items in texts.items()
    ):
        return {"onnx": str(graph or ""), "precomputed": str(store.model_dir(name))}
    folder = build_precomputed(encoder, dict(texts), model_dir)
    logger.info("precomputed %d vectors in %s", sum(map(len, texts.values())), folder)
    return {"onnx": str(graph or ""), "precomputed": str(folder)}
