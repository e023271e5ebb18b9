"""Social-card fonts come from the machine: the plugin's font cache is seeded, never downloaded."""

from __future__ import annotations

import pytest

from guidebuild import social_fonts
from guidebuild.errors import GuideBuildError


def test_the_family_is_copied_into_the_plugin_cache(tmp_path):
    written = social_fonts.seed(tmp_path)
    folder = tmp_path / "fonts" / social_fonts.FAMILY
    assert sorted(p.name for p in folder.iterdir()) == ["Bold.ttf", "Regular.ttf"]
    assert sorted(written) == sorted(folder.iterdir())
    for style in ("Regular", "Bold"):
        assert (folder / f"{style}.ttf").read_bytes()[:4] in (b"\x00\x01\x00\x00", b"OTTO", b"true")  # a font file
    assert social_fonts.seed(tmp_path) == []  # already there: nothing to do


def test_a_missing_font_names_the_package_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(social_fonts, "SEARCH_DIRS", (tmp_path / "nowhere",))
    monkeypatch.setattr(social_fonts.shutil, "which", lambda name: None)
    with pytest.raises(GuideBuildError, match="fonts-dejavu-core"):
        social_fonts.seed(tmp_path / "cache")
