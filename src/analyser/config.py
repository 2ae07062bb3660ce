"""The settings of one run: :class:`RunConfig`, frozen and validated (pydantic).

The CLI (``analyser analyse``) and the API (:func:`analyser.analyse_corpus`) build one
:class:`RunConfig`; the pipeline (:class:`analyser.pipeline.Analyser`) and the model data
(:class:`analyser.bundle.ModelBundle`) read it and never change it (a changed copy comes from
:meth:`RunConfig.replace`). Each stage sees only its own part (``segment``, ``match``,
``score``, ``limits``). A bad value raises :class:`~analyser.errors.ConfigError` with a
catalogue code naming the setting: ``E310`` an unknown precision, ``E521`` a language that is
not an EU language code, ``E520`` any other invalid value.

Example:
    >>> RunConfig(language="de").language
    'de'
    >>> RunConfig(threads=0)
    Traceback (most recent call last):
    ...
    analyser.errors.ConfigError: [E520] invalid setting threads=0: Input should be greater than or equal to 1
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .embed.protocol import BACKENDS, PRECISIONS
from .errors import ConfigError, Errors
from .guard import Limits
from .lexicon import EU_LANGUAGES
from .match import MatchConfig
from .score import ScoreConfig
from .segment.config import SegmentConfig

__all__ = ["RunConfig"]


class RunConfig(BaseModel):
    """Settings of a run; each stage sees only its own part. Frozen: build a changed copy with :meth:`replace`.

    Attributes:
        model: encoder name or model folder (None: the default multilingual-e5-small;
            ``"hashing"``: the deterministic test encoder).
        language: force the document language (ISO 639-1, one of the 24 EU languages)
            instead of detecting it.
        password: password for encrypted PDFs.
        templates: extra folder of template packs.
        calibration: calibration file (None: the one shipped for the model).
        aspect_calibration: aspect calibration file (None: the one shipped for the model; a missing
            or malformed file is E422 when the run starts, as E401 for ``calibration``).
        cache_dir: on-disk embedding cache (None: ``<out>/.cache`` in a corpus run).
        images: page crops of PDF sources in the HTML reports (``--no-images``: False).
        limits: what one document may cost (:class:`analyser.guard.Limits`);
            ``limits.max_memory_mb`` caps each worker process. Every limit is positive.
        precision: ``"fp32"`` or ``"int8"`` inference (None: ``ANALYSER_PRECISION`` or fp32).
        threads: inference threads per process, >= 1 (None: the cores divided among the workers).
        backend: inference backend of the E5 model, ``"auto"``, ``"onnx"`` or ``"torch"``
            (None: ``ANALYSER_BACKEND`` or auto; see :func:`analyser.embed.resolve_backend`).
        segment, match, score: the stage settings (:class:`~analyser.segment.SegmentConfig`,
            :class:`~analyser.match.MatchConfig`, :class:`~analyser.score.ScoreConfig`).

    Raises:
        ConfigError: ``E310`` for a precision other than fp32/int8, ``E312`` for an unknown backend, ``E521`` for a language
            that is not an EU language code, ``E520`` for any other invalid value (wrong
            type, unknown setting, a limit below 1), naming the setting and the value.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    model: str | None = None
    language: str | None = None
    password: str | None = None
    templates: Path | None = None
    calibration: Path | None = None
    aspect_calibration: Path | None = None
    cache_dir: Path | None = None
    images: bool = True
    limits: Limits = Field(default_factory=Limits)
    precision: str | None = None
    threads: int | None = Field(default=None, ge=1)
    backend: str | None = None
    segment: SegmentConfig = Field(default_factory=SegmentConfig)
    match: MatchConfig = Field(default_factory=MatchConfig)
    score: ScoreConfig = Field(default_factory=ScoreConfig)

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise _config_error(exc, data) from None

    def replace(self, **changes: Any) -> RunConfig:
        """A validated copy with ``changes`` applied (``model_copy`` would not validate them).

        Raises:
            ConfigError: as the constructor.
        """
        return type(self)(**{**{name: getattr(self, name) for name in type(self).model_fields}, **changes})

    @field_validator("precision")
    @classmethod
    def _precision(cls, value: str | None) -> str | None:
        if value is not None and value not in PRECISIONS:
            raise ValueError("precision")
        return value

    @field_validator("backend")
    @classmethod
    def _backend(cls, value: str | None) -> str | None:
        if value is not None and value.strip().lower() not in BACKENDS:
            raise ValueError("backend")
        return None if value is None else value.strip().lower()

    @field_validator("language")
    @classmethod
    def _language(cls, value: str | None) -> str | None:
        if value is None:
            return None
        code = value.strip().lower()  # "EN", "En" and "en" are the same code
        if code not in EU_LANGUAGES:
            raise ValueError("language")
        return code

    @field_validator("limits")
    @classmethod
    def _limits(cls, value: Limits) -> Limits:
        for f in dataclasses.fields(value):
            v = getattr(value, f.name)
            if v is not None and (not isinstance(v, (int, float)) or isinstance(v, bool) or v < 1):
                raise _SettingError(f"limits.{f.name}", v, "must be a number >= 1")
        return value


class _SettingError(ValueError):
    """A validator's complaint about one part of a setting (e.g. ``limits.max_pages``)."""

    def __init__(self, field: str, value: object, reason: str) -> None:
        super().__init__(reason)
        self.field, self.value, self.reason = field, value, reason


def _config_error(exc: ValidationError, data: dict[str, Any]) -> ConfigError:
    """The first problem of a failed validation as one coded line naming the setting."""
    err = exc.errors()[0]
    cause = (err.get("ctx") or {}).get("error")
    if isinstance(cause, _SettingError):
        return ConfigError(Errors.E520, field=cause.field, value=cause.value, reason=cause.reason)
    field = ".".join(str(p) for p in err["loc"]) or "?"
    value = data.get(str(err["loc"][0]), err.get("input")) if err["loc"] else err.get("input")
    if field == "precision":
        return ConfigError(Errors.E310, value=value, allowed=", ".join(PRECISIONS))
    if field == "backend":
        return ConfigError(Errors.E312, value=value, allowed=", ".join(BACKENDS))
    if field == "language":
        return ConfigError(Errors.E521, value=value, allowed=", ".join(EU_LANGUAGES))
    reason = str(err["msg"]).removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        reason = f"no such setting (known: {', '.join(RunConfig.model_fields)})"
    return ConfigError(Errors.E520, field=field, value=value, reason=reason)
