#!/usr/bin/env bash
# Print the Python interpreter to build the venv with: 3.12 or newer when the
# machine has one, else python3.
#
# Why 3.12: sqlcipher3 0.6 drops a reference to None when a damaged store fails
# its integrity check; Python 3.12 made None immortal (PEP 683), so that is
# harmless there, while 3.11 aborts at exit ("none_dealloc").
set -u
candidates=(python3.12 python3.13)
for root in "${PYENV_ROOT:-$HOME/.pyenv}" /root/.pyenv; do
    for dir in "$root"/versions/3.12.* "$root"/versions/3.13.*; do
        [ -x "$dir/bin/python3" ] && candidates+=("$dir/bin/python3")
    done
done
for candidate in "${candidates[@]}"; do
    if "$candidate" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then
        command -v "$candidate" 2>/dev/null || echo "$candidate"
        exit 0
    fi
done
echo "find-python: no Python 3.12+ found; using python3 (a damaged store may abort at exit on 3.11)" >&2
echo python3
