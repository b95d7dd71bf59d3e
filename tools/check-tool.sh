#!/usr/bin/env bash
# check-tool.sh COMMAND PACKAGE: a clear message instead of a cryptic failure when a tool is missing.
command -v "$1" >/dev/null 2>&1 && exit 0
echo "ddbviz: '$1' is not installed. Run 'make setup' (or: apt-get install $2)." >&2
exit 1
