"""Page transforms: figures, diagram images, accessibility repairs, notebook HTML."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from guidebuild import notebook_pages, pages
from guidebuild.diagrams import RenderedDiagram
from guidebuild.errors import GuideBuildError

ROOT = Path(__file__).resolve().parent.parent

FIGURES = {
    "rate": {"key": "rate", "kind": "assumption", "value": 10, "text": "10 req/s", "label": "Rate", "source": "us"},
    "double": {"key": "double", "kind": "figure", "value": 20, "text": "20 req/s", "label": "Double"},
}


def test_figures_are_substituted_from_the_notebook():
    out = pages.substitute_figures("Peak is {{ nb.double }} ({{nb.rate}} in).", "p.md", "n", FIGURES)
    assert out == "Peak is 20 req/s (10 req/s in)."


def test_assumption_table_keeps_the_indentation_of_its_block():
    out = pages.substitute_figures('??? answer "x"\n    {{ nb.assumptions }}\n', "p.md", "n", FIGURES)
    lines = out.split("\n")
    assert lines[1] == "    | assumption | value | source |"
    assert lines[2].startswith("    | ---") and lines[3] == "    | Rate | 10 req/s | us |"


def test_unknown_figure_names_the_page_and_the_known_keys():
    with pytest.raises(GuideBuildError) as err:
        pages.substitute_figures("{{ nb.triple }}", "docs/p.md", "n", FIGURES)
    assert err.value.path == "docs/p.md" and "nb.triple" in err.value.problem
    assert "double, rate" in err.value.fix


def test_figures_without_a_notebook_are_an_error():
    with pytest.raises(GuideBuildError, match="names no notebook"):
        pages.substitute_figures("{{ nb.x }}", "p.md", None, None)


DIAGRAMS = {"d": RenderedDiagram("d", b"", b"", 300, 200)}


def test_diagram_image_becomes_two_lazy_scheme_variants():
    out = pages.expand_diagram_images("![A client calls one server over HTTPS](../diagrams/d.svg)", "p.md", DIAGRAMS)
    assert "../diagrams/d-light.svg#only-light" in out and "../diagrams/d-dark.svg#only-dark" in out
    assert out.count("loading=lazy") == 2 and 'width="300"' in out
    assert "](../diagrams/d-light.svg){ .guide-diagram-link .guide-diagram-link--light" in out  # opens full size


def test_diagram_without_alt_or_script_is_an_error():
    with pytest.raises(GuideBuildError, match="no real alt text"):
        pages.expand_diagram_images("![](../diagrams/d.svg)", "p.md", DIAGRAMS)
    with pytest.raises(GuideBuildError, match="no diagrams/e.py"):
        pages.expand_diagram_images("![A client calls a server](../diagrams/e.svg)", "p.md", DIAGRAMS)


def test_images_without_alt_are_found():
    assert pages.images_without_alt('<img src="a.png" alt="A chart"><img src="b.png"><img alt=" " src="c.png">') == ["b.png", "c.png"]


def test_accessibility_fixes_name_the_search_dialog_section_navs_and_tasks():
    theme = ('<div class="md-search" data-md-component="search" role="dialog">'
             '<nav class="md-nav" data-md-level="1" aria-labelledby="__nav_2_label" aria-expanded="false">\n'
             '<label class="md-nav__title" for="__nav_2">\n<span class="md-nav__icon md-icon"></span>\n  Interview format\n</label>'
             '<li class="task-list-item"><label class="task-list-control"><input type="checkbox" disabled/>'
             '<span class="task-list-indicator"></span></label> Write the numbers down</li>')
    out = pages.accessibility_fixes(theme)
    assert 'role="dialog" aria-label="Search"' in out
    assert 'data-md-level="1" aria-label="Interview format" aria-expanded' in out and "aria-labelledby" not in out
    assert '<input type="checkbox" disabled aria-label="Write the numbers down"/>' in out


def test_notebook_html_loses_inlined_styles_and_scripts_but_keeps_content():
    html = ('<style>.jp{}</style><script>var x;</script><div class="jupyter-wrapper">'
            '<div class="zeroclipboard-container"><clipboard-copy>c</clipboard-copy>\n</div><pre>code</pre></div>')
    out = notebook_pages.slim_notebook_html(html)
    assert out == '<div class="jupyter-wrapper"><pre>code</pre></div>'


def test_notebook_code_keeps_its_text_and_colours_with_fewer_spans():
    code = ('<div class="highlight-ipynb hl-python"><pre><span></span><span class="kn">import</span><span class="w"> </span>'
            '<span class="nn">math</span>\n<span class="n">x</span><span class="w"> </span><span class="o">=</span>'
            '<span class="w"> </span><span class="sa">f</span><span class="s2">&quot;</span><span class="si">{</span>'
            '<span class="n">y</span><span class="si">}</span><span class="s2">a&lt;b&quot;</span>'
            '<span class="p">)</span><span class="w">  </span><span class="c1"># note</span></pre></div><span class="n">outside</span>')
    out = notebook_pages.slim_notebook_html(code)
    assert re.sub(r"<[^>]+>", "", out) == re.sub(r"<[^>]+>", "", code)  # the same text
    assert '<span class="k">import</span> <span class="nn">math</span>' in out  # coloured tokens keep a colour
    assert 'x = <span class="s">f&quot;{</span>y<span class="s">}a&lt;b&quot;</span>)  <span class="c"># note</span>' in out
    assert out.endswith('<span class="n">outside</span>')  # only code blocks are touched


def test_every_code_colour_class_is_drawn_in_its_colour_in_both_schemes():
    css = (ROOT / "docs/assets/notebook.css").read_text()
    for cls, colour in notebook_pages.COLOUR_CLASSES.items():
        assert f".highlight-ipynb .{cls} {{ color: var(--md-code-hl-{colour}-color); }}" in css
    assert set(notebook_pages.TOKEN_COLOURS.values()) == set(notebook_pages.COLOUR_CLASSES)


def test_notebook_edit_link_points_at_the_source():
    url = "https://github.com/o/r/edit/main/docs/notebooks/x.ipynb"
    assert notebook_pages.source_edit_url(url, "notebooks/x.ipynb") == "https://github.com/o/r/edit/main/notebooks/x.py"


def test_walkthrough_table_lists_published_pages_only():
    metas = {"walkthroughs/a.md": {"title": "A", "tracks": ["swe"], "category": "c", "difficulty": "hard"},
             "walkthroughs/b.md": {"title": "B", "draft": True}}
    table = pages.walkthrough_table(metas)
    assert "[A](a.md)" in table and "B" not in table


def test_empty_header_cells_get_a_name():
    out = pages.accessibility_fixes("<table><thead><tr><th></th><th>A</th></tr></thead></table>")
    assert '<th><span class="guide-sr-only">row</span></th><th>A</th>' in out
