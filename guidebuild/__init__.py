"""Build logic of the study guide, as plain modules.

Nothing here imports MkDocs: the hooks in ``overrides/hooks/`` are thin
adapters, so diagrams, notebooks and the content validator can run (and be
tested) without the site generator, and would survive a change of it.
"""
