"""The walkthrough contract: allowed front matter and required sections.

This module is the single source of truth; CONTRIBUTING.md documents it and
tests/test_contract_docs.py checks that the two agree.
"""

from __future__ import annotations

# Front matter keys every walkthrough carries, and the allowed values of each.
TRACKS = ("swe", "pm")
CATEGORIES = {
    "ai-infrastructure": "Serving, scheduling and operating models and accelerators",
    "product": "Products end users touch: Playground, ChatGPT, chat",
    "integrations": "Webhooks, callbacks and other third-party integrations",
    "payments": "Money movement, ledgers, settlement",
    "developer-workflows": "CI/CD, workflow engines, developer tooling",
    "real-time": "Real-time interaction and concurrency: messaging, games",
    "big-product": "Classic large consumer products: Netflix and the like",
    "classic": "Classic system-design problems reused with an AI twist",
    "pm-product": "Outcome-first product design questions for product managers",
}
# Short names of the categories, as the navigation groups the walkthroughs under them.
CATEGORY_TITLES = {
    "ai-infrastructure": "AI infrastructure",
    "product": "AI products",
    "integrations": "Integrations",
    "payments": "Payments and billing",
    "developer-workflows": "Developer workflows",
    "real-time": "Real-time systems",
    "big-product": "Large consumer products",
    "classic": "Classic designs, AI angle",
    "pm-product": "PM product design",
}
ROUNDS = {
    "phone-screen": "reported in the phone screen",
    "onsite": "reported in an onsite design round",
    "phone-screen-or-onsite": "reported in either",
    "pm-design": "the PM loop's system design round",
    "unspecified": "reported without saying which round",
    "practice": "not reported as asked; drilled by preparation material",
}
DIFFICULTIES = ("medium", "hard", "very-hard")
KINDS = ("swe", "pm")

# Keys of ../shared/sources as cited on pages (the README of the sources gives the titles).
SOURCES = {
    "johnny-mai-pm": '"OpenAI PM System Design Interview Approach and Examples", Johnny Mai (PM interview-prep article, 2026)',
    "crack-ml": '"How does the OpenAI system design interview work and what do you need to score well?", Crack ML Interview, updated 9 June 2026',
    "coditioning": '"OpenAI System Design Interview Questions: Complete Preparation Guide", Coditioning blog (2026)',
    "educative": '"OpenAI System Design Interview Questions", Educative course outline (2026)',
}

REQUIRED_KEYS = ("title", "description", "kind", "tracks", "category", "round", "difficulty", "tags", "sources", "notebook")

# Required H2 sections, in order, by walkthrough kind. The text is the exact heading.
SECTIONS = {
    "swe": (
        "The prompt",
        "Clarifying questions",
        "Functional requirements",
        "Non-functional requirements",
        "Estimates",
        "Data model and API",
        "The MVP",
        "One request through the MVP",
        "Deep dives",
        "Scaling to 10x, 100x and 1000x",
        "Failure modes",
        "Operating it",
        "Security",
        "Interviewer twists",
        "What a strong answer shows",
        "The product lens",
        "Self-check",
    ),
    "pm": (
        "The prompt",
        "User and risk profile",
        "Non-negotiables",
        "Clarifying questions",
        "Options and their product consequences",
        "The recommended design",
        "Cost and latency trade-offs",
        "Failure modes as the user meets them",
        "Metrics",
        "Interviewer twists",
        "Weak and strong answers",
        "Self-check",
    ),
}

# Extra sections some categories require, each inserted before the named section.
EXTRA_SECTIONS = {
    "classic": (("The AI angle", "Interviewer twists"),),
}


def required_sections(kind: str, category: str | None) -> tuple[str, ...]:
    """The section list for a walkthrough: its kind's list plus its category's extras."""
    sections = list(SECTIONS[kind])
    for title, before in EXTRA_SECTIONS.get(category or "", ()):
        sections.insert(sections.index(before), title)
    return tuple(sections)


# Sections that show the question, not the answer: they stay open on the page.
OPEN_SECTIONS = {"The prompt"}

MIN_SECTION_WORDS = 40

# Practice blocks: collapsible admonitions of these types, collected by the
# practice features. Minimum count per walkthrough, and the section they sit in.
PRACTICE_BLOCKS = {
    "twist": ("Interviewer twists", 3),
    "level": ("What a strong answer shows", 3),
    "check": ("Self-check", 3),
}
PM_LEVEL_SECTION = "Weak and strong answers"
