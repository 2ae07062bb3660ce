"""The run configuration (:class:`analyser.config.RunConfig`): frozen, validated, one coded error per bad value."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from pydantic import ValidationError

from analyser.config import RunConfig
from analyser.errors import ConfigError
from analyser.guard import Limits
from analyser.match import MatchConfig

DEV = Path(__file__).parent / "data" / "dev"


@pytest.mark.parametrize(("settings", "code", "message"), [
    ({"threads": 0}, "E520", "[E520] invalid setting threads=0: Input should be greater than or equal to 1"),
    ({"threads": "two"}, "E520", "[E520] invalid setting threads='two': Input should be a valid integer"),
    ({"limits": Limits(max_pages=0)}, "E520", "[E520] invalid setting limits.max_pages=0: must be a number >= 1"),
    ({"limits": Limits(max_chars=-5)}, "E520", "[E520] invalid setting limits.max_chars=-5: must be a number >= 1"),
    ({"images": "maybe"}, "E520", "[E520] invalid setting images='maybe': Input should be a valid boolean"),
    ({"modle": "hashing"}, "E520", "[E520] invalid setting modle='hashing': no such setting (known: model, language,"),
    ({"precision": "fp16"}, "E310", "[E310] precision 'fp16' is not supported (expected one of: fp32, int8;"),
    ({"language": "xx"}, "E521", "[E521] language 'xx' is not an EU language code (expected one of: bg, cs,"),
    ({"language": "ar"}, "E521", "[E521] language 'ar' is not an EU language code"),
])
def test_a_bad_value_is_one_coded_error(settings, code, message):
    with pytest.raises(ConfigError) as err:
        RunConfig(**settings)
    assert err.value.code == code
    assert str(err.value).startswith(message)
    assert isinstance(err.value, ValueError)  # ConfigError is a ValueError too


def test_defaults_and_conversions():
    cfg = RunConfig()
    assert (cfg.model, cfg.language, cfg.precision, cfg.threads, cfg.images) == (None, None, None, None, True)
    assert cfg.limits == Limits() and cfg.match == MatchConfig()
    cfg = RunConfig(templates="packs", language="mt", precision="int8", threads=2)
    assert cfg.templates == Path("packs") and cfg.language == "mt" and cfg.precision == "int8"


@pytest.mark.parametrize("given", ["EN", "En", "en", " eN "])
def test_a_language_code_in_any_case_is_taken_lower_case(given):
    """`--lang EN` was refused (E521) while `en` worked: any case is the same code."""
    assert RunConfig(language=given).language == "en"
    assert RunConfig().replace(language=given.upper()).language == "en"


@pytest.mark.parametrize("bad", ["XX", "Eng", "E N"])
def test_an_unknown_code_in_any_case_is_still_e521(bad):
    with pytest.raises(ConfigError) as err:
        RunConfig(language=bad)
    assert str(err.value).startswith(f"[E521] language {bad!r} is not an EU language code")


def test_frozen_and_replace_validates():
    cfg = RunConfig(language="de")
    with pytest.raises(ValidationError):
        cfg.language = "fr"  # type: ignore[misc]
    other = cfg.replace(cache_dir=Path("out/.cache"))
    assert (other.language, other.cache_dir, cfg.cache_dir) == ("de", Path("out/.cache"), None)
    with pytest.raises(ConfigError) as err:
        cfg.replace(language="klingon")
    assert err.value.code == "E521"
    assert pickle.loads(pickle.dumps(other)) == other  # worker processes receive it pickled


def test_the_old_name_is_the_same_class():
    from analyser.pipeline import AnalyserConfig, RunConfig as Exported

    assert AnalyserConfig is RunConfig and Exported is RunConfig


def test_cli_bad_language_is_one_coded_line(tmp_path):
    from typer.testing import CliRunner

    from analyser.cli import app

    res = CliRunner().invoke(app, ["analyse", str(DEV / "xc-2025.txt"), "--out", str(tmp_path / "o"), "--lang", "xx"])
    assert res.exit_code == 2
    assert "[E521] language 'xx' is not an EU language code" in res.output
    assert not (tmp_path / "o").exists()  # refused before anything is written


def test_api_bad_language_raises_config_error(tmp_path):
    import analyser

    with pytest.raises(ConfigError) as err:
        analyser.analyse_corpus(DEV / "xc-2025.txt", out=tmp_path / "o", language="xx", model="hashing")
    assert err.value.code == "E521"
    assert not (tmp_path / "o").exists()


def test_the_aspect_calibration_is_a_setting_beside_the_calibration():
    """`RunConfig.aspect_calibration` (``analyse --aspect-calibration``): a path like ``calibration``."""
    cfg = RunConfig(calibration="c.json", aspect_calibration="c.aspects.json")
    assert (cfg.calibration, cfg.aspect_calibration) == (Path("c.json"), Path("c.aspects.json"))
    assert RunConfig().aspect_calibration is None
    with pytest.raises(ConfigError) as err:
        RunConfig(aspect_calibration=3.5)
    assert str(err.value).startswith("[E520] invalid setting aspect_calibration=3.5:")
