#!/usr/bin/env bash
# Print one interpreter per supported Python minor version found on this machine
# (the versions requires-python admits): the distribution's own first, then pyenv's.
# Used by `make test-pythons`, which runs the whole suite on each.
set -u
for minor in 3.11 3.12 3.13; do
    for candidate in "/usr/bin/python$minor" "/usr/local/bin/python$minor" \
                     "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$minor".*/bin/python"$minor" \
                     /root/.pyenv/versions/"$minor".*/bin/python"$minor"; do
        if [ -x "$candidate" ] && "$candidate" -c 'import venv, ensurepip' >/dev/null 2>&1; then
            echo "$candidate"
            break
        fi
    done
done
