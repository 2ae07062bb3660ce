"""Tests for analyser.embed and analyser.model_build.

Unit tests use the deterministic :class:`HashingEncoder`; tests marked
``model`` run the real multilingual-e5-small from ``default_model_dir()``,
building it offline first if it is missing (about 3 s, 241 MB).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from analyser import model_build as models
from analyser.embed import E5Encoder, EmbeddingCache, Encoder, HashingEncoder, Kind, load_encoder
from analyser.errors import EncoderError

# "The reception capacity for asylum seekers must be expanded." and three
# unrelated sentences, in each language tested.
SOURCE_EN = "The reception capacity for asylum seekers must be expanded."
TRANSLATIONS = {
    "nl": "De opvangcapaciteit voor asielzoekers moet worden uitgebreid.",
    "de": "Die Aufnahmekapazität für Asylsuchende muss ausgebaut werden.",
    "fr": "La capacité d'accueil des demandeurs d'asile doit être étendue.",
    "pl": "Należy zwiększyć zdolność przyjmowania osób ubiegających się o azyl.",
    "el": "Η ικανότητα υποδοχής των αιτούντων άσυλο πρέπει να αυξηθεί.",
    "bg": "Капацитетът за прием на търсещи убежище трябва да бъде разширен.",
}
UNRELATED = {
    "nl": ["Morgen wordt het zonnig en warm.", "Het museum gaat om negen uur open.", "Mijn broer speelt elke zaterdag voetbal."],
    "de": ["Morgen wird es sonnig und warm.", "Das Museum öffnet um neun Uhr.", "Mein Bruder spielt jeden Samstag Fußball."],
    "fr": ["Demain, il fera beau et chaud.", "Le musée ouvre à neuf heures.", "Mon frère joue au football tous les samedis."],
    "pl": ["Jutro będzie słonecznie i ciepło.", "Muzeum otwiera się o dziewiątej.", "Mój brat gra w piłkę nożną w każdą sobotę."],
    "el": ["Αύριο θα έχει ήλιο και ζέστη.", "Το μουσείο ανοίγει στις εννέα.", "Ο αδελφός μου παίζει ποδόσφαιρο κάθε Σάββατο."],
    "bg": ["Утре ще бъде слънчево и топло.", "Музеят отваря в девет часа.", "Брат ми играе футбол всяка събота."],
}


class CountingEncoder:
    """Wraps an encoder and counts the texts it is asked to encode."""

    def __init__(self, inner: Encoder) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.max_tokens = inner.max_tokens
        self.calls = 0
        self.texts = 0

    def encode(self, texts: Sequence[str], *, kind: Kind, batch_size: int = 32, progress=None) -> np.ndarray:
        self.calls += 1
        self.texts += len(texts)
        return self.inner.encode(texts, kind=kind, batch_size=batch_size, progress=progress)

    def count_tokens(self, texts: Sequence[str], *, kind: Kind = "passage") -> list[int]:
        return self.inner.count_tokens(texts, kind=kind)


def _assert_unit_rows(v: np.ndarray, n: int, dim: int) -> None:
    assert v.dtype == np.float32
    assert v.shape == (n, dim)
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)


# --------------------------------------------------------------------------- HashingEncoder


@pytest.fixture(scope="session")
def fake() -> HashingEncoder:
    return HashingEncoder()


def test_hashing_is_an_encoder(fake: HashingEncoder) -> None:
    assert isinstance(fake, Encoder)
    assert (fake.name, fake.dim, fake.max_tokens) == ("hashing-fake", 384, 512)


def test_hashing_shape_dtype_norms(fake: HashingEncoder) -> None:
    texts = ["Reception capacity must be expanded.", "Morgen wordt het zonnig.", "", "!!!", "Ελλάδα"]
    _assert_unit_rows(fake.encode(texts, kind="passage"), len(texts), 384)
    _assert_unit_rows(HashingEncoder(dim=64).encode(texts, kind="query"), len(texts), 64)


def test_hashing_empty_input(fake: HashingEncoder) -> None:
    out = fake.encode([], kind="passage")
    assert out.shape == (0, 384) and out.dtype == np.float32
    assert fake.count_tokens([]) == []


def test_hashing_deterministic(fake: HashingEncoder) -> None:
    texts = ["asylum procedure at the border", "return and readmission"]
    a = fake.encode(texts, kind="passage")
    b = HashingEncoder().encode(list(reversed(texts)), kind="passage")[::-1]
    np.testing.assert_array_equal(a, b)


def test_hashing_similar_beats_unrelated(fake: HashingEncoder) -> None:
    v = fake.encode(
        [
            "reception capacity for asylum seekers must be expanded",
            "the reception capacity must grow",
            "tomorrow it will be sunny and warm",
        ],
        kind="passage",
    )
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2


def test_hashing_kind_matters_a_little(fake: HashingEncoder) -> None:
    q, p = fake.encode(["border procedure"], kind="query")[0], fake.encode(["border procedure"], kind="passage")[0]
    assert 0.9 < float(q @ p) < 1.0


def test_hashing_count_tokens(fake: HashingEncoder) -> None:
    assert fake.count_tokens(["one two three", "", "  a  "]) == [5, 2, 3]


def test_hashing_progress(fake: HashingEncoder) -> None:
    seen: list[int] = []
    fake.encode([f"text {i}" for i in range(10)], kind="passage", batch_size=4, progress=seen.append)
    assert seen == [4, 8, 10]


def test_bad_kind_rejected(fake: HashingEncoder) -> None:
    with pytest.raises(ValueError):
        fake.encode(["x"], kind="document")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- load_encoder / models


def test_load_encoder_hashing() -> None:
    assert isinstance(load_encoder("hashing"), HashingEncoder)


def test_load_encoder_dispatch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import analyser.embed.lazy as lazy  # load_encoder looks E5Encoder up in its own module

    monkeypatch.setattr(lazy, "E5Encoder", lambda path: ("e5", Path(path)))
    monkeypatch.setenv("ANALYSER_MODEL_DIR", str(tmp_path / "default"))
    assert load_encoder() == ("e5", tmp_path / "default")
    assert load_encoder("multilingual-e5-small") == ("e5", tmp_path / "default")
    assert load_encoder(str(tmp_path / "other")) == ("e5", tmp_path / "other")
    assert isinstance(load_encoder("hashing-fake"), HashingEncoder)


def test_load_encoder_missing_path(tmp_path: Path) -> None:
    with pytest.raises(EncoderError) as err:
        load_encoder(str(tmp_path / "nope"))
    assert err.value.code == "E301"
    assert "analyser models build" in str(err.value)


def test_default_model_dir_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ANALYSER_MODEL_DIR", str(tmp_path / "m"))
    assert models.default_model_dir() == tmp_path / "m"
    monkeypatch.delenv("ANALYSER_MODEL_DIR")
    assert models.default_model_dir().name == models.MODEL_NAME


def test_interrupted_build_leaves_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def boom(tmp: Path, *, fp16: bool) -> dict:
        (tmp / "model.safetensors").write_bytes(b"half")
        raise KeyError("emb.word")

    monkeypatch.setattr(models, "_write_model_folder", boom)
    with pytest.raises(EncoderError) as err:
        models.build_e5_small(tmp_path / models.MODEL_NAME)
    assert err.value.code == "E302"
    assert list(tmp_path.iterdir()) == []


def test_failed_rebuild_keeps_old_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / models.MODEL_NAME
    target.mkdir()
    for name in ("modules.json", "model.safetensors", "tokenizer.json", "config.json"):
        (target / name).write_text("old")
    monkeypatch.setattr(models, "_write_model_folder", lambda tmp, fp16: (_ for _ in ()).throw(ValueError("bad")))
    assert models.build_e5_small(target) == target  # complete: nothing to do
    with pytest.raises(EncoderError):
        models.build_e5_small(target, force=True)
    assert (target / "modules.json").read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == [models.MODEL_NAME]


def test_models_main_usage_error() -> None:
    assert models.main(["frobnicate"]) == 2


# --------------------------------------------------------------------------- EmbeddingCache


def test_cache_hits_skip_encoder(tmp_path: Path, fake: HashingEncoder) -> None:
    texts = ["alpha beta", "gamma", "alpha beta", "delta"]
    enc = CountingEncoder(fake)
    cache = EmbeddingCache(tmp_path)
    first = cache.encode_cached(enc, texts, "passage")
    assert enc.texts == 3  # the repeated text is encoded once
    np.testing.assert_array_equal(first, fake.encode(texts, kind="passage"))
    second = EmbeddingCache(tmp_path).encode_cached(enc, texts, "passage")  # fresh instance reads disk
    assert enc.calls == 1
    np.testing.assert_array_equal(first, second)
    # same text, other kind: a different key
    cache.encode_cached(enc, ["gamma"], "query")
    assert enc.calls == 2


def test_cache_partial_hits(tmp_path: Path, fake: HashingEncoder) -> None:
    enc = CountingEncoder(fake)
    cache = EmbeddingCache(tmp_path)
    cache.encode_cached(enc, ["a", "b"], "passage")
    seen: list[int] = []
    out = cache.encode_cached(enc, ["b", "c", "a", "d"], "passage", progress=seen.append)
    assert enc.texts == 4 and seen[0] == 2 and seen[-1] == 4
    np.testing.assert_array_equal(out, fake.encode(["b", "c", "a", "d"], kind="passage"))


def test_cache_corrupt_shard_is_ignored_and_rewritten(tmp_path: Path, fake: HashingEncoder) -> None:
    enc = CountingEncoder(fake)
    EmbeddingCache(tmp_path).encode_cached(enc, ["x", "y"], "passage")
    (shard,) = (tmp_path / "hashing-fake").glob("*.npz")
    shard.write_bytes(shard.read_bytes()[:40])  # truncated, as after a crash without atomic write
    (tmp_path / "hashing-fake" / ".left-over.part").write_bytes(b"junk")
    out = EmbeddingCache(tmp_path).encode_cached(enc, ["x", "y"], "passage")
    assert enc.calls == 2
    np.testing.assert_array_equal(out, fake.encode(["x", "y"], kind="passage"))
    shards = list((tmp_path / "hashing-fake").glob("*.npz"))
    assert len(shards) == 1 and shards[0] != shard
    enc2 = CountingEncoder(fake)
    EmbeddingCache(tmp_path).encode_cached(enc2, ["x", "y"], "passage")
    assert enc2.calls == 0


def test_cache_merges_shards(tmp_path: Path, fake: HashingEncoder) -> None:
    cache = EmbeddingCache(tmp_path, max_shards=3)
    for i in range(5):
        cache.encode_cached(fake, [f"text {i}"], "passage")
    assert len(list((tmp_path / "hashing-fake").glob("*.npz"))) <= 3
    enc = CountingEncoder(fake)
    out = EmbeddingCache(tmp_path).encode_cached(enc, [f"text {i}" for i in range(5)], "passage")
    assert enc.calls == 0
    np.testing.assert_array_equal(out, fake.encode([f"text {i}" for i in range(5)], kind="passage"))


def test_cache_key_separates_fields() -> None:
    assert EmbeddingCache.key("m", "query", "a") != EmbeddingCache.key("m", "passage", "a")
    assert EmbeddingCache.key("m", "query", "a") != EmbeddingCache.key("n", "query", "a")
    assert len(EmbeddingCache.key("m", "query", "a")) == 64


# --------------------------------------------------------------------------- real model


@pytest.fixture(scope="session")
def e5(request) -> E5Encoder:  # noqa: ANN001
    """The E5Encoder of the default model folder: the session's own (conftest ``e5_encoder``, one torch model loaded
    per session) when it is the same folder, else one loaded here."""
    path = models.default_model_dir()
    if not models.is_built(path):
        try:
            models.build_e5_small(path)
        except EncoderError as exc:
            pytest.skip(f"no model at {path} and it cannot be built offline: {exc}")
    from conftest import MODEL_DIR

    if path.resolve() == MODEL_DIR.resolve():
        return request.getfixturevalue("e5_encoder").inner
    return E5Encoder(path)


@pytest.fixture(scope="session")
def st_model(e5: E5Encoder):
    """The same folder through sentence-transformers, the reference E5Encoder must reproduce."""
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(e5.path), device="cpu", local_files_only=True, model_kwargs={"dtype": torch.float32})
    for kind, prefix in models.PROMPTS.items():
        model.prompts[kind] = prefix
    return model


@pytest.mark.model
def test_e5_interface(e5: E5Encoder) -> None:
    assert isinstance(e5, Encoder)
    assert (e5.name, e5.dim, e5.max_tokens) == (models.MODEL_NAME, models.DIM, models.MAX_TOKENS)


@pytest.mark.model
def test_e5_translation_closer_than_unrelated(e5: E5Encoder) -> None:
    nl, en, other = "De opvangcapaciteit moet worden uitgebreid.", "Reception capacity must be expanded.", "Morgen wordt het zonnig."
    for kind in ("query", "passage"):
        v = e5.encode([nl, en, other], kind=kind)
        _assert_unit_rows(v, 3, 384)
        assert v[0] @ v[1] > v[0] @ v[2]


@pytest.mark.model
@pytest.mark.parametrize("lang", sorted(TRANSLATIONS))
def test_e5_translation_is_nearest_neighbour(e5: E5Encoder, lang: str) -> None:
    q = e5.encode([SOURCE_EN], kind="query")[0]
    candidates = [TRANSLATIONS[lang], *UNRELATED[lang]]
    p = e5.encode(candidates, kind="passage")
    assert int(np.argmax(p @ q)) == 0, (lang, (p @ q).round(3))
    # and the other way round: the translation finds the English source among English distractors
    q2 = e5.encode([TRANSLATIONS[lang]], kind="query")[0]
    p2 = e5.encode([SOURCE_EN, "Tomorrow it will be sunny and warm.", "The museum opens at nine o'clock.",
                    "My brother plays football every Saturday."], kind="passage")
    assert int(np.argmax(p2 @ q2)) == 0, (lang, (p2 @ q2).round(3))


@pytest.mark.model
def test_e5_count_tokens(e5: E5Encoder, st_model) -> None:
    en, el = "Reception capacity must be expanded.", "Η ικανότητα υποδοχής πρέπει να αυξηθεί."
    n_en, n_el = e5.count_tokens([en, el])
    assert n_el > n_en
    ids = st_model.tokenizer("passage: " + en)["input_ids"]
    assert n_en == len(ids)  # <s> + "passage: " + text + </s>
    assert e5.count_tokens([en], kind="query")[0] == len(st_model.tokenizer("query: " + en)["input_ids"])
    assert e5.count_tokens(["word " * 600])[0] > e5.max_tokens  # not truncated


@pytest.mark.model
def test_e5_matches_sentence_transformers_and_order(e5: E5Encoder, st_model) -> None:
    texts = [TRANSLATIONS[k] for k in sorted(TRANSLATIONS)] + [u for k in sorted(UNRELATED) for u in UNRELATED[k]]
    texts = texts + ["kort", "A much longer passage " * 20]
    assert e5.st_model is None and e5.transformer is not None  # the direct path, not sentence-transformers
    seen: list[int] = []
    e5.chunk_size = 8
    try:
        ours = e5.encode(texts, kind="passage", batch_size=4, progress=seen.append)
    finally:
        e5.chunk_size = 64
    direct = st_model.encode(texts, prompt_name="passage", batch_size=4, normalize_embeddings=True)
    _assert_unit_rows(ours, len(texts), 384)
    np.testing.assert_allclose(ours, direct, atol=1e-5)
    # a text over 512 tokens is truncated the way sentence-transformers truncates it
    long = ["Het opvangbeleid wordt herzien en de capaciteit uitgebreid. " * 80]
    assert e5.count_tokens(long)[0] > 512
    np.testing.assert_allclose(e5.encode(long, kind="query"), st_model.encode(long, prompt_name="query", normalize_embeddings=True), atol=1e-5)
    assert seen == [8, 16, 26]  # about every 8 texts and at the end (batches of at most 4, cut by least padding)
    assert e5.encode([], kind="query").shape == (0, 384)


@pytest.mark.model
def test_e5_cache_returns_identical_arrays(e5: E5Encoder, tmp_path: Path) -> None:
    texts = [SOURCE_EN, *TRANSLATIONS.values()]
    enc = CountingEncoder(e5)
    first = EmbeddingCache(tmp_path).encode_cached(enc, texts, "passage")
    second = EmbeddingCache(tmp_path).encode_cached(enc, texts, "passage")
    assert enc.calls == 1
    np.testing.assert_array_equal(first, second)
    np.testing.assert_allclose(first, e5.encode(texts, kind="passage"), atol=1e-6)


def test_vector_bank_round_trip(tmp_path):
    """The k-NN banks of segment and match are stored as float16 .npz, written atomically."""
    from analyser.embed import load_vector_bank, save_vector_bank

    vecs = np.random.default_rng(0).standard_normal((5, 8)).astype(np.float32)
    path = save_vector_bank(tmp_path / "banks" / "bank.npz", vecs, doc_ids=np.array(["a", "a", "b", "b", "c"]))
    assert path == tmp_path / "banks" / "bank.npz" and [p.name for p in path.parent.iterdir()] == ["bank.npz"]
    data = load_vector_bank(path)
    assert data["vectors"].dtype == np.float32 and np.allclose(data["vectors"], vecs, atol=2e-3)
    assert data["doc_ids"].tolist() == ["a", "a", "b", "b", "c"]
    assert load_vector_bank(tmp_path / "none.npz") is None
