"""MkDocs hook: connects the site build to the plain modules in ``guidebuild``.

Thin on purpose: each event calls one function from ``guidebuild`` and turns a
GuideBuildError into a build failure that names the file and the fix.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from guidebuild import (
    calculators,
    html_whitespace,
    markdown_blocks,
    nav_groups,
    notebook_pages,
    pages,
    practice,
    search_index,
    social_fonts,
    validator,
)
from guidebuild.cache import write_if_changed
from guidebuild.diagrams import DiagramBuilder
from guidebuild.errors import GuideBuildError
from guidebuild.link_messages import add_fix_hints
from guidebuild.notebooks import NotebookBuilder
from guidebuild.reference_page import reference_markdown

log = logging.getLogger("mkdocs.hooks.guide")
STATE: dict = {"diagrams": {}, "notebooks": {}, "meta": {}}


def _project(config) -> Path:
    """The folder holding mkdocs.yml (fixture sites in tests have their own)."""
    return Path(config.config_file_path).resolve().parent


def _fail(exc: GuideBuildError) -> PluginError:
    return PluginError(str(exc))


# --- config -----------------------------------------------------------------------

@event_priority(-50)  # after the social plugin has resolved its cache folder
def on_config(config):
    # MkDocs restores sys.path after loading a hook; modules imported later
    # (estimates.reference for the reference page) need the project root on it.
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    add_fix_hints()
    if not config.repo_url:  # no repository: no edit links, no repository widget
        config.repo_url = None
        config.edit_uri = None
    elif not config.edit_uri:
        config.edit_uri = "edit/main/docs/"
    offline = config.plugins.get("material/offline")
    STATE["offline"] = offline is not None and offline.config.enabled
    if STATE["offline"]:
        _configure_offline(config)
    social = config.plugins.get("material/social")
    if social is not None and social.config.enabled:
        try:  # the card font comes from the machine, never from Google Fonts
            social_fonts.seed(Path(social.config.cache_dir))
        except GuideBuildError as exc:
            raise _fail(exc) from None
    return config


OFFLINE_SHIM = "assets/vendor/iframe-worker/shim.js"  # overrides/assets/vendor/iframe-worker (see its README)


def _configure_offline(config):
    """The offline copy (`make offline`) is read from the file system: the search worker's shim
    comes from our vendored copy instead of a CDN."""
    config.extra["polyfills"] = [OFFLINE_SHIM if "iframe-worker" in str(url) else url
                                 for url in config.extra.get("polyfills", [])]


# --- files: drafts, validation, diagrams, notebooks ---------------------------------

@event_priority(100)  # before mkdocs-jupyter's on_files, which wraps the notebooks
def on_files(files, config):
    project = _project(config)
    docs = Path(config.docs_dir)
    STATE["meta"] = {}
    for file in list(files):
        if file.src_uri.endswith(".md") and file.abs_src_path:
            try:
                meta, _, _ = markdown_blocks.split_front_matter(Path(file.abs_src_path).read_text(encoding="utf-8"))
            except Exception as exc:  # any YAML error becomes a message naming the file
                raise PluginError(f"docs/{file.src_uri}: front matter is not valid YAML: {str(exc).splitlines()[0]}\n"
                                  "  fix: correct the YAML between the two `---` lines (quote a value that "
                                  "contains `: `, e.g. title: \"A: B\")") from None
            STATE["meta"][file.src_uri] = meta
            if meta.get("draft") is True:
                file.inclusion = InclusionLevel.DRAFT

    problems = validator.validate_tree(docs, notebooks_dir=project / "notebooks")
    if problems:
        raise PluginError("the content validator found problems:\n" + "\n".join(str(p) for p in problems))

    if (project / "estimates" / "reference.py").exists():
        files.append(File.generated(config, "reference/index.md", content=reference_markdown()))

    cache = project / ".cache" / "guide"
    notebooks = NotebookBuilder(project / "notebooks", cache / "notebooks", root=project, log=log.info)
    try:
        if os.environ.get("GUIDE_BENCH_OFF") == "1":  # benchmark floor: no rendering, no execution
            STATE["diagrams"], STATE["notebooks"] = {}, notebooks.unexecuted_all()
        else:
            STATE["diagrams"] = DiagramBuilder(project / "diagrams", cache / "diagrams", log=log.info).build_all()
            STATE["notebooks"] = notebooks.build_all()
    except GuideBuildError as exc:
        raise _fail(exc) from None

    for name, d in STATE["diagrams"].items():
        for scheme, data in (("light", d.light), ("dark", d.dark)):
            files.append(File.generated(config, f"diagrams/{name}-{scheme}.svg", content=data))
    try:
        executed = None if os.environ.get("GUIDE_BENCH_OFF") == "1" else STATE["notebooks"]
        data = practice.collect(docs, STATE["meta"], executed, directory_urls=config.use_directory_urls)
    except GuideBuildError as exc:
        raise _fail(exc) from None
    files.append(File.generated(config, "practice/data.json", content=json.dumps(data, separators=(",", ":"))))
    # Calculators on reading pages need only the presets, not every question and card.
    files.append(File.generated(config, "practice/presets.json", content=json.dumps(data["presets"], separators=(",", ":"))))
    if STATE.get("offline"):  # file:// forbids fetch(): the offline copy loads the same data as scripts
        for name, value in (("practice/data.json", data), ("practice/presets.json", data["presets"])):
            files.append(File.generated(config, name[: -len(".json")] + ".js",
                                        content=practice.as_script(name, value)))

    # mkdocs-jupyter needs a real source folder behind each notebook page, so the
    # executed notebooks are copied into a staging folder that acts as one.
    staging = cache / "pages"
    published = {m.get("notebook") for m in STATE["meta"].values() if m.get("draft") is not True}
    drafted = {m.get("notebook") for m in STATE["meta"].values() if m.get("draft") is True}
    for slug, nb in STATE["notebooks"].items():
        target = staging / "notebooks" / f"{slug}.ipynb"
        write_if_changed(target, nb.ipynb.read_bytes())
        file = File(f"notebooks/{slug}.ipynb", str(staging), config.site_dir, config.use_directory_urls)
        if slug in drafted and slug not in published:  # a draft walkthrough's notebook is a draft too
            file.inclusion = InclusionLevel.DRAFT
        files.append(file)
    return files


# --- pages ----------------------------------------------------------------------------

@event_priority(-50)  # after awesome-nav has built the navigation from the folders
def on_nav(nav, config, files):
    return nav_groups.group_walkthroughs(nav, STATE["meta"])


def on_page_markdown(markdown, page, config, files):
    path = f"docs/{page.file.src_uri}"
    if notebook_pages.is_notebook_page(page.file.src_uri):
        # Title and description before the social plugin draws the card (mkdocs-jupyter only
        # sets the title later, while rendering: a card would race it).
        slug = page.file.src_uri.rsplit("/", 1)[-1].removesuffix(".ipynb")
        title = notebook_pages.notebook_title(Path(page.file.abs_src_path))
        if title:
            page.meta["title"] = title
        page.meta.setdefault("description", notebook_pages.notebook_description(slug, STATE["meta"]))
    meta = page.meta or {}
    notebook = meta.get("notebook")
    nb = STATE["notebooks"].get(notebook) if notebook else None
    try:
        if os.environ.get("GUIDE_BENCH_OFF") == "1":
            markdown = pages.FIGURE_TOKEN.sub("(figure)", markdown)
        else:
            markdown = pages.substitute_figures(markdown, path, notebook, nb.figures if nb else None)
            markdown = pages.expand_diagram_images(markdown, path, STATE["diagrams"])
        markdown = calculators.insert_calculators(markdown, path)
    except GuideBuildError as exc:
        raise _fail(exc) from None
    if pages.WALKTHROUGH_TABLE in markdown:
        walkthroughs = {k: v for k, v in STATE["meta"].items() if validator.is_walkthrough(k)}
        from_dir = page.file.src_uri.rsplit("/", 1)[0] if "/" in page.file.src_uri else ""
        markdown = markdown.replace(pages.WALKTHROUGH_TABLE, pages.walkthrough_table(walkthroughs, from_dir or "."))
    if meta.get("sources"):
        markdown += pages.sources_markdown(meta["sources"])
    return markdown


def on_page_content(html, page, config, files):
    if validator.is_walkthrough(page.file.src_uri):
        html = pages.practised_slot(html, Path(page.file.src_uri).stem)
    if notebook_pages.is_notebook_page(page.file.src_uri):
        html = notebook_pages.slim_notebook_html(html)
        # Notebook code would be most of the search index (loaded on every page);
        # readers reach a notebook from its walkthrough.
        page.meta["search"] = {"exclude": True}
    missing = pages.images_without_alt(html)
    if missing:
        raise PluginError(f"docs/{page.file.src_uri}: image(s) without alt text: {', '.join(missing)}\n"
                          "  fix: give every image alt text that says what it shows: ![what it shows](path)")
    return html


def on_page_context(context, page, config, nav):
    # A notebook page is built from the executed .ipynb; its edit link should
    # open the jupytext source that contributors change.
    if page.edit_url and notebook_pages.is_notebook_page(page.file.src_uri):
        page.edit_url = notebook_pages.source_edit_url(page.edit_url, page.file.src_uri)
    return context


def _finish_html(output: str) -> str:
    return html_whitespace.collapse_whitespace(pages.accessibility_fixes(output))


def on_post_page(output, page, config):
    return _finish_html(output)


def on_post_template(output, template_name, config):
    # Static templates (the 404 page) get the same repairs as pages.
    return _finish_html(output) if template_name.endswith(".html") else output


# --- after the build -----------------------------------------------------------------

@event_priority(-90)  # after the search plugin has written its index, before the offline plugin inlines it
def on_post_build(config):
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.exists():
        return
    trimmed, report = search_index.trim(json.loads(path.read_text(encoding="utf-8")))
    path.write_bytes(search_index.encode(trimmed))
    message = (f"search index: {report.entries} entries, lead {report.lead_words} words, "
               f"{report.raw_bytes_before // 1024} KB -> {report.raw_bytes_after // 1024} KB raw, "
               f"{report.gzip_bytes_after // 1024} KB gzip")
    if report.fits:
        log.info(message)
    else:
        log.warning(message + f" is over the {search_index.BUDGET_GZIP_BYTES // 1024} KB budget even with the "
                    "shortest lead: exclude more pages from search (front matter `search: {exclude: true}`)")
