"""How the command-line tests run a command in process, and what they assert of a failed one: one clear line on
stderr, nothing on stdout."""

from click.testing import CliRunner, Result

from eventscope.cli import main


def invoke(*args: str, stdin: str | None = None) -> Result:
    """`eventscope ARGS...` in this process, with `stdin` as its standard input."""
    return CliRunner().invoke(main, list(args), input=stdin)


def assert_one_line_error(result: Result, *words: str) -> None:
    """A non-zero exit with exactly one stderr line containing each of `words`, and no output."""
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]
    assert result.stdout == ""
