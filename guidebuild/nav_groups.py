"""Group the walkthroughs in the navigation by their category.

The folder holds one flat list of walkthroughs (their URLs stay put however they
are grouped); the navigation shows them under their category, in the contract's
order, each group sorted by title. Previous/next links follow the new order.
"""

from __future__ import annotations

from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from guidebuild import contract

FOLDER = "walkthroughs/"


def _walk(items):
    for item in items:
        if isinstance(item, Page):
            yield item
        elif isinstance(item, Section):
            yield from _walk(item.children)


def _find_section(items) -> Section | None:
    for item in items:
        if isinstance(item, Section):
            if any(isinstance(c, Page) and c.file.src_uri.startswith(FOLDER) for c in item.children):
                return item
            found = _find_section(item.children)
            if found:
                return found
    return None


def group_walkthroughs(nav: Navigation, metas: dict[str, dict]) -> Navigation:
    section = _find_section(nav.items)
    if section is None:
        return nav
    kept, by_category = [], {}
    for child in section.children:
        category = metas.get(child.file.src_uri, {}).get("category") if isinstance(child, Page) else None
        if category in contract.CATEGORY_TITLES:
            by_category.setdefault(category, []).append(child)
        else:
            kept.append(child)  # the index page and anything that is not a walkthrough
    groups = []
    for category, title in contract.CATEGORY_TITLES.items():
        pages = sorted(by_category.get(category, []), key=lambda p: str(metas[p.file.src_uri].get("title", "")))
        if not pages:
            continue
        group = Section(title=title, children=pages)
        group.parent = section
        for page in pages:
            page.parent = group
        groups.append(group)
    section.children = kept + groups
    nav.pages = list(_walk(nav.items))
    for before, page, after in zip([None, *nav.pages[:-1]], nav.pages, [*nav.pages[1:], None]):
        page.previous_page, page.next_page = before, after
    return nav
