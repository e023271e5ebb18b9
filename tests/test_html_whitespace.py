"""Template indentation is dropped from built pages without changing what a reader sees."""

from __future__ import annotations

import pytest

from guidebuild.html_whitespace import collapse_whitespace

# Shaped like the theme's output: indented navigation, inline elements on their own
# lines, and the elements whose white space is kept (the theme's CSS: pre-wrap on code).
SAMPLE = """<!doctype html><html><head><style>
  code, kbd { white-space: pre-wrap; }  .pl { white-space: pre-line; }
</style><script>
  var  kept = "two  spaces";
</script></head><body>
    <nav class="md-nav">
      <ul>
        <li class="md-nav__item">
          <a href="#a" title="A  title
             over two lines">
            <span class="md-ellipsis">
              Who this is for
            </span>
          </a>
        </li>
      </ul>
    </nav>
    <p>Text with <strong>bold</strong>
       and <em>emphasis</em>,   single   spaces kept, <code>x  =  1
  y</code> and <kbd>Ctrl</kbd>  +  <kbd>C</kbd>.</p>
    <pre><span>def f():
    return   1</span>
</pre>
    <p class="pl">line one
       line two</p>
    <textarea>  keep
    this  </textarea>
</body></html>"""


def test_runs_with_a_newline_become_one_newline_outside_kept_elements():
    out = collapse_whitespace(SAMPLE)
    assert len(out) < len(SAMPLE) - 100
    assert "<li class=\"md-nav__item\">\n<a href" in out
    assert "\nWho this is for\n" in out
    assert "single   spaces kept" in out  # runs without a newline are left alone
    for kept in ('<code>x  =  1\n  y</code>', "<pre><span>def f():\n    return   1</span>\n</pre>",
                 "<textarea>  keep\n    this  </textarea>", 'var  kept = "two  spaces";\n</script>',
                 'title="A  title\n             over two lines"'):  # attributes are never touched
        assert kept in out
    assert collapse_whitespace(out) == out


@pytest.mark.browser
def test_the_page_renders_the_same_in_chromium(browser):
    """Same text, same box for every element (normal flow, pre-line, pre-wrap and pre)."""
    measure = """() => ({text: document.body.innerText, value: document.querySelector('textarea').value,
        boxes: [...document.querySelectorAll('body *')].map(e => { const r = e.getBoundingClientRect();
            return [e.tagName, r.x, r.y, r.width, r.height].join(' '); })})"""
    page = browser.new_page(viewport={"width": 500, "height": 800})
    try:
        page.set_content(SAMPLE)
        before = page.evaluate(measure)
        page.set_content(collapse_whitespace(SAMPLE))
        after = page.evaluate(measure)
    finally:
        page.close()
    assert len(before["boxes"]) >= 12
    assert after == before
