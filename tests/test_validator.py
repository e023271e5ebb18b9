"""The content validator, on the good fixture walkthrough and on edits of it."""

from __future__ import annotations

from pathlib import Path

from guidebuild import contract, validator

GOOD = (Path(__file__).parent / "fixtures/good/docs/walkthroughs/sample.md").read_text()
PATH = "docs/walkthroughs/sample.md"


def problems(text: str) -> list[validator.Problem]:
    return validator.validate_page(PATH, text)[0]


def test_the_good_fixture_passes():
    assert problems(GOOD) == []


def test_every_required_key_is_checked():
    for key in contract.REQUIRED_KEYS:
        lines = [line for line in GOOD.split("\n") if not line.startswith(f"{key}:")]
        found = problems("\n".join(lines))
        assert any(p.where == f"front matter: {key}" and "missing" in p.problem for p in found), key


def test_list_values_are_checked_item_by_item():
    found = problems(GOOD.replace("tracks: [swe]", "tracks: [swe, sales]"))
    assert [p.problem for p in found] == ["`sales` is not an allowed value of tracks"]
    assert "pm, swe" in found[0].fix


def test_invalid_yaml_is_reported_not_raised():
    found = problems(GOOD.replace("tags: [fixture]", "tags: [fixture"))
    assert found and "not valid YAML" in found[0].problem


def test_sections_out_of_order():
    text = GOOD.replace("## Security\n", "## TEMP\n").replace("## Operating it\n", "## Security\n").replace("## TEMP\n", "## Operating it\n")
    assert any(p.problem == "required sections are out of order" for p in problems(text))


def test_answer_outside_collapsible_blocks_is_caught():
    prose = " ".join(["This answer sits in the open where a reader sees it before trying."] * 8)
    text = GOOD.replace("## Failure modes\n", f"## Failure modes\n\n{prose}\n")
    found = [p for p in problems(text) if p.where == "Failure modes"]
    assert found and "outside collapsible blocks" in found[0].problem


def test_too_few_practice_blocks():
    start = GOOD.index('??? twist "Twist number 3"')
    end = GOOD.index("## What a strong answer shows")
    found = problems(GOOD[:start] + GOOD[end:])
    assert any("2 `??? twist` blocks, fewer than 3" in p.problem for p in found)


def test_unknown_level_title():
    found = problems(GOOD.replace('??? level "Staff"', '??? level "Principal"'))
    assert any('level "Principal" is not a known level' in p.problem for p in found)


def test_paragraph_repeated_across_walkthroughs():
    shared = "A distinctive paragraph of prose that two walkthroughs should never both contain, word for word, at all."
    pages = {"docs/walkthroughs/a.md": f"Intro.\n\n{shared}\n", "docs/walkthroughs/b.md": f"Other.\n\n{shared}\n"}
    found = validator.check_repeats(pages)
    assert len(found) == 1 and found[0].path == "docs/walkthroughs/b.md" and "docs/walkthroughs/a.md" in found[0].problem


def test_code_blocks_do_not_count_as_headings_or_blocks():
    fenced = "```markdown\n## Security\n??? twist \"x\"\n```\n"
    text = GOOD.replace("## Security\n", "## Safety\n" + fenced)
    assert any(p.where == "Security" and "missing" in p.problem for p in problems(text))


def test_drafts_are_skipped_unless_asked(tmp_path):
    folder = tmp_path / "walkthroughs"
    folder.mkdir()
    (folder / "draft.md").write_text("---\ntitle: x\ndraft: true\n---\n# x\n")
    assert validator.validate_tree(tmp_path) == []
    assert validator.validate_tree(tmp_path, include_drafts=True)


def test_every_page_needs_a_title_and_description(tmp_path):
    (tmp_path / "guide.md").write_text("---\ntitle: A guide page\n---\n# A guide page\n")
    (tmp_path / "ok.md").write_text("---\ntitle: Fine\ndescription: A page with both keys.\n---\n# Fine\n")
    found = validator.validate_tree(tmp_path)
    assert [(p.path, p.where) for p in found] == [("docs/guide.md", "front matter: description")]
    assert "one sentence for search results" in found[0].fix



def _without_section(text: str, title: str) -> str:
    start = text.index(f"## {title}\n")
    return text[:start] + text[text.index("\n## ", start + 1) + 1:]


def test_a_classic_design_needs_its_ai_angle_section():
    assert "\ncategory: classic\n" in GOOD
    found = problems(_without_section(GOOD, "The AI angle"))
    assert [p.problem for p in found] == ["required section `## The AI angle` is missing"]
    moved = _without_section(GOOD, "The AI angle").replace(
        "## Security\n", GOOD[GOOD.index("## The AI angle"):GOOD.index("## Interviewer twists")] + "## Security\n")
    assert any(p.problem == "required sections are out of order" for p in problems(moved))


def test_other_categories_do_not_need_the_ai_angle():
    other = _without_section(GOOD, "The AI angle").replace("\ncategory: classic\n", "\ncategory: integrations\n")
    assert problems(other) == []


def test_a_description_with_a_straight_double_quote_is_caught(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "page.md").write_text('---\ntitle: A page\ndescription: \'What "just use Redis" hides.\'\n---\n\n# A page\n')
    found = validator.check_page_front_matter(docs)
    assert [p.where for p in found] == ["front matter: description"]
    assert "typographic quotes" in found[0].fix
    (docs / "page.md").write_text("---\ntitle: A page\ndescription: What “just use Redis” hides.\n---\n\n# A page\n")
    assert validator.check_page_front_matter(docs) == []
