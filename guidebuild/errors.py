"""The one exception type the build raises for a contributor's mistake."""


class GuideBuildError(Exception):
    """A problem in a contributor's file: names the file and says how to fix it."""

    def __init__(self, path: str, problem: str, fix: str):
        self.path = str(path)
        self.problem = problem
        self.fix = fix
        super().__init__(f"{self.path}: {problem}\n  fix: {fix}")
