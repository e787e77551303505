#!/usr/bin/env bash
# make dist: everything an air-gapped workstation installs Watchdesk from, in dist/.
#   dist/watchdesk-V-py3-none-any.whl, dist/watchdesk-V.tar.gz   the wheel and sdist
#   dist/wheelhouse/                  every wheel for Linux x86-64 and Python 3.11-3.13,
#                                     requirements-py3XX.lock (hash-pinned), install-offline.sh
#   dist/watchdesk-V-linux-x86_64.tar.gz   the PyInstaller one-folder bundle
#   dist/watchdesk_V_amd64.deb        that bundle under /opt/watchdesk, desktop entry, icon, metainfo
#   dist/watchdesk-V.cdx.json, dist/SHA256SUMS   CycloneDX SBOM and checksums of all the above
# Needs the network (PyPI) and, on Debian, a few packages (installed as root, else named).
# Downloads are cached in $WATCHDESK_DIST_CACHE (~/.cache/watchdesk-dist), so a second
# run fetches nothing new; a first run with an empty cache works too.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

PYTHON=${PYTHON:-python3}                 # builds the bundle: its Python is the bundle's Python
WHEELHOUSE_PYTHONS=(3.11 3.12 3.13)       # requires-python >=3.11: every release Debian/Ubuntu LTS ship
# Debian 12's glibc is 2.36: wheels up to manylinux_2_36 run on it, the target machine.
MANYLINUX_MAX=36
# The build tools, pinned so that a rebuild from the same commit builds the same way.
TOOLS=("uv==0.13.9" "pyinstaller==6.22.3" "pyinstaller-hooks-contrib==2026.9"
       "cyclonedx-python-lib[json-validation]==11.12.0")
APP_ID=org.watchdesk.Watchdesk            # desktop entry, icon and AppStream id

cache=${WATCHDESK_DIST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/watchdesk-dist}
export UV_CACHE_DIR="$cache/uv" PIP_CACHE_DIR="$cache/pip" PIP_DISABLE_PIP_VERSION_CHECK=1
# pip fetches from PyPI, where uv resolved the locks, whatever extra indexes or
# find-links this machine's pip configuration names.
export PIP_CONFIG_FILE=/dev/null
unset PIP_FIND_LINKS PIP_EXTRA_INDEX_URL PIP_INDEX_URL PIP_CONSTRAINT PIP_REQUIRE_VIRTUALENV
step() { printf '[dist %4ss] %s\n' "$SECONDS" "$*"; }

packaging/debian-packages.sh dist desktop

# --- build tools, in a venv of their own kept in the cache ----------------------------
tools="$cache/tools-$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ "$(cat "$tools/.spec" 2>/dev/null)" != "${TOOLS[*]}" ]; then
    step "making the build tools venv $tools (${TOOLS[*]})"
    rm -rf "$tools"
    "$PYTHON" -m venv "$tools"
    "$tools/bin/python" -m pip install --quiet "${TOOLS[@]}"
    echo "${TOOLS[*]}" > "$tools/.spec"
fi
uv="$tools/bin/uv"

rm -rf dist
mkdir -p dist/wheelhouse
version=$("$PYTHON" -c 'import re, pathlib; print(re.search(r"__version__ = \"(.+?)\"", pathlib.Path("console/__init__.py").read_text()).group(1))')

# --- wheel and sdist (the wheel is built from the sdist, so the sdist is proven complete)
step "building the sdist and wheel of watchdesk $version"
"$uv" build --quiet --out-dir dist .   # no --sdist/--wheel: the wheel is then built from the sdist
rm -f dist/.gitignore
wheel="dist/watchdesk-$version-py3-none-any.whl"
[ -f "$wheel" ] || { echo "dist: uv build made no $wheel" >&2; exit 1; }
wheel_sha=$(sha256sum "$wheel" | cut -d' ' -f1)
cp "$wheel" dist/wheelhouse/

# --- per-Python locks and the wheelhouse --------------------------------------------
platforms=()
for n in $(seq 17 "$MANYLINUX_MAX"); do platforms+=(--platform "manylinux_2_${n}_x86_64"); done
platforms+=(--platform manylinux2014_x86_64 --platform manylinux2010_x86_64 --platform manylinux1_x86_64)
for py in "${WHEELHOUSE_PYTHONS[@]}"; do
    lock="dist/wheelhouse/requirements-py${py/./}.lock"
    step "locking for Python $py and downloading its wheels"
    "$uv" pip compile pyproject.toml --quiet --generate-hashes --no-header --annotation-style line \
        --python-version "$py" --python-platform "x86_64-manylinux_2_$MANYLINUX_MAX" --only-binary :all: \
        -o "$lock.deps"
    {
        echo "# Watchdesk $version for CPython $py on Linux x86-64 (glibc 2.$MANYLINUX_MAX or newer, e.g. Debian 12)."
        echo "# Made by packaging/dist.sh (uv pip compile --generate-hashes from pyproject.toml)."
        echo "# Install with install-offline.sh, or: pip install --no-index --find-links . --require-hashes -r this-file"
        cat "$lock.deps"
        echo "watchdesk==$version \\"
        echo "    --hash=sha256:$wheel_sha"
        echo "    # the console itself, built by make dist"
    } > "$lock"
    # The platform wheels for that Python, each checked against the lock's hashes, into the
    # cache's download folder: pip skips a file already there whose hash matches.
    "$tools/bin/python" -m pip download --quiet --no-deps --require-hashes --only-binary=:all: \
        --python-version "$py" --implementation cp "${platforms[@]}" -d "$cache/wheels" -r "$lock.deps"
    rm "$lock.deps"
done
# The wheelhouse: the downloaded files some lock pins by hash (earlier releases' stay behind).
for whl in "$cache"/wheels/*.whl; do
    sum=$(sha256sum "$whl" | cut -d' ' -f1)
    if grep -q "sha256:$sum" dist/wheelhouse/*.lock; then cp "$whl" dist/wheelhouse/; fi
done
cp packaging/install-offline.sh dist/wheelhouse/

# --- the PyInstaller bundle, built from the wheelhouse it ships beside ------------------
step "installing the locked wheels into a build venv for the bundle"
work=$(mktemp -d "${TMPDIR:-/tmp}/watchdesk-dist.XXXXXX")
trap 'rm -rf "$work"' EXIT
PYTHON="$PYTHON" dist/wheelhouse/install-offline.sh "$work/venv" >/dev/null
"$work/venv/bin/python" -m pip install --quiet "${TOOLS[1]}" "${TOOLS[2]}"
step "building the one-folder bundle with PyInstaller"
QT_QPA_PLATFORM=offscreen "$work/venv/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$work/bundle" --workpath "$work/pyinstaller" packaging/watchdesk.spec
bundle="$work/bundle/watchdesk"
[ -x "$bundle/watchdesk" ] || { echo "dist: PyInstaller made no $bundle/watchdesk" >&2; exit 1; }
step "packing the bundle"
tar -C "$work/bundle" --owner=0 --group=0 --sort=name -cf - watchdesk \
    | gzip -5 > "dist/watchdesk-$version-linux-x86_64.tar.gz"

# --- the .deb -----------------------------------------------------------------------------
step "staging and building the .deb"
"$tools/bin/python" packaging/deb/build_deb.py --bundle "$bundle" --version "$version" --app-id "$APP_ID" \
    --icon-python "$work/venv/bin/python" --stage "$work/deb" --manifest "$work/bundle-manifest.json" \
    --out "dist/watchdesk_${version}_amd64.deb"

# --- SBOM and checksums -----------------------------------------------------------------
step "writing the CycloneDX SBOM and SHA256SUMS"
"$tools/bin/python" packaging/sbom.py --dist dist --version "$version" --bundle-manifest "$work/bundle-manifest.json" \
    --bundle-python "$("$work/venv/bin/python" -c 'import platform; print(platform.python_version())')" \
    --pyinstaller "$("$work/venv/bin/pyinstaller" --version)" --out "dist/watchdesk-$version.cdx.json"
(cd dist && find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort | xargs sha256sum > SHA256SUMS)
step "done: $(du -sh dist | cut -f1) in dist/"
(cd dist && du -sh -- *)
