"""`python -m eventscope.cli`: the same as the `eventscope` command."""

from eventscope.cli import main

main()
