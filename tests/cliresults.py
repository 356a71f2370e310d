"""What the command-line tests assert of a failed command: one clear line on stderr, nothing on stdout."""

from click.testing import Result


def assert_one_line_error(result: Result, *words: str) -> None:
    """A non-zero exit with exactly one stderr line containing each of `words`, and no output."""
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]
    assert result.stdout == ""
