#!/usr/bin/env bash
# Install Watchdesk from this wheelhouse alone, on a machine with no network.
#   ./install-offline.sh VENV_DIR            (with python3)
#   PYTHON=python3.12 ./install-offline.sh VENV_DIR
# Makes VENV_DIR (a new venv) and installs the lock for that Python
# (requirements-py3XX.lock beside this script) with pip --no-index --require-hashes:
# every wheel must be here and match its SHA-256 in the lock, or nothing is installed.
# Then VENV_DIR/bin/watchdesk is the console. To upgrade, run the new release's
# install-offline.sh into a new folder and switch over (docs/install.md).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
PYTHON=${PYTHON:-python3}
venv=${1:-}
if [ -z "$venv" ] || [ $# -ne 1 ]; then
    echo "usage: [PYTHON=python3.X] $0 VENV_DIR" >&2
    exit 2
fi

version=$("$PYTHON" -c 'import sys; print("%d%d" % sys.version_info[:2])' 2>/dev/null) || {
    echo "install-offline: '$PYTHON' does not run; install python3 or set PYTHON=" >&2; exit 1; }
lock="$here/requirements-py$version.lock"
if [ ! -f "$lock" ]; then
    supported=$(cd "$here" && ls requirements-py*.lock | sed 's/requirements-py3\([0-9]*\)\.lock/3.\1/' | tr '\n' ' ')
    echo "install-offline: no lock for Python ${version:0:1}.${version:1} in this wheelhouse;" \
         "it has one for: ${supported% }" >&2
    exit 1
fi
if [ -e "$venv" ] && [ -n "$(ls -A "$venv" 2>/dev/null)" ]; then
    echo "install-offline: $venv exists and is not empty; give a new folder (nothing was changed)" >&2
    exit 1
fi

# Whatever pip configuration this machine has (an index, extra find-links, constraints),
# only the wheelhouse counts.
unset $(compgen -e | grep '^PIP_') 2>/dev/null || true
export PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1

echo "Installing Watchdesk into $venv with $("$PYTHON" -c 'import sys; print(sys.executable, sys.version.split()[0])')" \
     "from $here (no network)"
if ! "$PYTHON" -m venv "$venv"; then
    rm -rf "$venv"
    echo "install-offline: could not make a venv with $PYTHON (on Debian: apt-get install python3-venv);" \
         "nothing was kept" >&2
    exit 1
fi
if ! "$venv/bin/python" -m pip install --quiet --no-index --find-links "$here" --require-hashes \
        --only-binary=:all: --no-cache-dir -r "$lock"; then
    rm -rf "$venv"
    echo "install-offline: pip refused the wheelhouse (see above); nothing was kept" >&2
    exit 1
fi
"$venv/bin/watchdesk" --version
echo "Installed. Start the console with: $venv/bin/watchdesk"
