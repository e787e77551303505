#!/usr/bin/env bash
# make dist-check: prove that what `make dist` put in dist/ installs and runs on a
# machine with no network. As root, inside a network namespace with loopback only:
#   1. the wheelhouse: install-offline.sh into a fresh venv, once per supported Python
#      found here (3.11, 3.12, 3.13), then `watchdesk --demo --quit-when-ready`;
#   2. the bundle .tar.gz unpacked into an empty folder, run with an empty HOME;
#   3. the .deb installed by dpkg into a scratch root, its binary run from there.
# Each run starts with an empty HOME and must print "ready in N ms". Before that,
# outside the namespace: SHA256SUMS verifies, the SBOM is valid CycloneDX 1.5 and
# names every shipped file, the desktop entry and metainfo validate.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
dist=$repo/dist
step() { printf '[dist-check %4ss] %s\n' "$SECONDS" "$*"; }
fail() { echo "dist-check: $*" >&2; exit 1; }

if [ "${1:-}" != "--inside-air-gap" ]; then
    [ -f "$dist/SHA256SUMS" ] || fail "no dist/SHA256SUMS; run make dist first"
    [ "$(id -u)" -eq 0 ] || fail "needs root, to run the installs in a network namespace (unshare -n)"
    packaging/debian-packages.sh dist desktop

    step "verifying SHA256SUMS"
    (cd "$dist" && sha256sum --quiet --strict -c SHA256SUMS) || fail "a file in dist/ does not match SHA256SUMS"
    unlisted=$(cd "$dist" && comm -23 <(find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort) \
                                      <(sed 's/^[0-9a-f]*  //' SHA256SUMS | LC_ALL=C sort))
    [ -z "$unlisted" ] || fail "files in dist/ missing from SHA256SUMS: $unlisted"

    step "validating the SBOM against CycloneDX 1.5 and checking it names every shipped file"
    tools=$(ls -d "${WATCHDESK_DIST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/watchdesk-dist}"/tools-* | head -1)
    "$tools/bin/python" - "$dist" <<'PY'
import json, sys
from pathlib import Path
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator
dist = Path(sys.argv[1])
sbom = next(dist.glob("*.cdx.json"))
error = JsonStrictValidator(SchemaVersion.V1_5).validate_str(sbom.read_text())
if error:
    sys.exit(f"dist-check: {sbom.name} is not valid CycloneDX 1.5: {error}")
hashes = {h["content"] for c in json.loads(sbom.read_text())["components"] for h in c.get("hashes", [])}
sums = dict(reversed(line.split("  ", 1)) for line in (dist / "SHA256SUMS").read_text().splitlines())
missing = [name for name, digest in sums.items() if digest not in hashes and name != sbom.name]
if missing:
    sys.exit(f"dist-check: the SBOM does not name these shipped files: {', '.join(missing)}")
print(f"  {sbom.name}: valid, {len(hashes)} hashed components, all {len(sums) - 1} shipped files named")
PY

    step "checking the wheel carries the resources the console loads"
    "$tools/bin/python" - "$dist"/watchdesk-*-py3-none-any.whl <<'PY'
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
needed = ["console/resources/schemas/notice.schema.json", "console/resources/schemas/examples/launch_notification.json",
          "console/resources/map/ne_110m_land.geojson", "console/resources/map/ne_110m_coastline.geojson",
          "console/resources/sounds/alert.wav"]
missing = [name for name in needed if name not in names]
if missing:
    sys.exit(f"dist-check: {sys.argv[1]} lacks {', '.join(missing)}")
PY

    step "validating the .deb's desktop entry and AppStream metainfo"
    deb=$(ls "$dist"/watchdesk_*_amd64.deb)
    peek=$(mktemp -d); trap 'rm -rf "$peek"' EXIT
    dpkg-deb -x "$deb" "$peek"
    desktop-file-validate "$peek"/usr/share/applications/*.desktop
    appstreamcli validate --no-net --pedantic "$peek"/usr/share/metainfo/*.metainfo.xml >/dev/null \
        || appstreamcli validate --no-net --explain "$peek"/usr/share/metainfo/*.metainfo.xml
    for icon in scalable/apps/org.watchdesk.Watchdesk.svg 256x256/apps/org.watchdesk.Watchdesk.png; do
        [ -s "$peek/usr/share/icons/hicolor/$icon" ] || fail "the .deb has no icon $icon"
    done
    rm -rf "$peek"; trap - EXIT

    step "entering a network namespace with loopback only"
    WATCHDESK_DIST_CHECK_SECONDS=$SECONDS exec unshare -n "$0" --inside-air-gap
fi

# ---- inside the air gap -------------------------------------------------------------------
SECONDS=${WATCHDESK_DIST_CHECK_SECONDS:-0}
ip link set lo up
interfaces=$(ip -o link show | awk -F': ' '{print $2}' | tr '\n' ' ')
[ "$interfaces" = "lo " ] || fail "the namespace has interfaces besides loopback: $interfaces"
python3 -c 'import socket; socket.create_connection(("151.101.0.223", 443), timeout=3)' 2>/dev/null \
    && fail "reached PyPI's address from inside the namespace: not air-gapped"

work=$(mktemp -d "${TMPDIR:-/tmp}/watchdesk-dist-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
results=()

# Runs COMMAND... with an empty HOME and nothing of this environment but PATH; must reach ready.
reach_ready() {
    local label=$1; shift
    local home; home=$(mktemp -d "$work/home.XXXXXX")
    local start end output
    start=$(date +%s%N)
    if ! output=$(cd "$home" && env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
                  timeout 120 "$@" --demo --quit-when-ready 2>&1); then
        echo "$output" | tail -20 >&2
        fail "$label: watchdesk --demo --quit-when-ready failed"
    fi
    end=$(date +%s%N)
    local ready; ready=$(echo "$output" | grep -o 'ready in [0-9]* ms' | tail -1)
    [ -n "$ready" ] || { echo "$output" | tail -20 >&2; fail "$label: never printed 'ready in N ms'"; }
    results+=("$(printf '%-34s %s; process start to exit %d ms' "$label" "$ready" $(((end - start) / 1000000)))")
    echo "  $label: $ready"
}

# 1. The wheelhouse, with each supported Python on this machine.
find_python() {
    local version=$1 candidate
    for candidate in /usr/bin/python"$version" "$HOME"/.pyenv/versions/"$version".*/bin/python"$version" \
                     "$(command -v python"$version" || true)"; do
        [ -x "$candidate" ] && "$candidate" -c "import sys; sys.exit(sys.version_info[:2] != tuple(map(int, '$version'.split('.'))))" \
            2>/dev/null && { echo "$candidate"; return; }
    done
}
checked=0
first_python=
for version in 3.11 3.12 3.13; do
    python=$(find_python "$version")
    if [ -z "$python" ]; then
        echo "  (no Python $version on this machine: its lock is not checked here)"
        continue
    fi
    step "wheelhouse: install-offline.sh with $python"
    PYTHON=$python "$dist/wheelhouse/install-offline.sh" "$work/venv-$version" >/dev/null
    # (from an empty folder: the checkout's console/ must not shadow the installed one)
    location=$(cd "$work" && "$work/venv-$version/bin/python" -c 'import console.paths as p; print(p.resources_dir())')
    case "$location" in
        "$work/venv-$version"/*) ;;
        *) fail "the installed console reads its resources from $location, not from its own install" ;;
    esac
    reach_ready "wheelhouse, Python $version" "$work/venv-$version/bin/watchdesk"
    checked=$((checked + 1))
    first_python=${first_python:-$python}
done
[ "$checked" -gt 0 ] || fail "no supported Python (3.11-3.13) found to check the wheelhouse with"

# A wheelhouse with one altered wheel installs nothing.
step "wheelhouse: a copy with one wheel altered must be refused"
cp -r "$dist/wheelhouse" "$work/tampered"
victim=$(ls "$work"/tampered/segno-*.whl | head -1)
printf 'X' | dd of="$victim" bs=1 seek=100 conv=notrunc status=none
if PYTHON=$first_python "$work/tampered/install-offline.sh" "$work/venv-tampered" >"$work/tampered.log" 2>&1; then
    fail "install-offline.sh installed from a wheelhouse whose $(basename "$victim") does not match its hash"
fi
grep -q "HASHES" "$work/tampered.log" || { cat "$work/tampered.log" >&2; fail "the refusal did not name the hash mismatch"; }
[ ! -e "$work/venv-tampered" ] || fail "the refused install left $work/venv-tampered behind"
echo "  refused: $(basename "$victim") does not match the lock's hash; no venv left"

# 2. The bundle, unpacked into an empty folder.
step "bundle: unpacking into an empty folder"
mkdir "$work/bundle"
tar -C "$work/bundle" -xzf "$dist"/watchdesk-*-linux-x86_64.tar.gz
reach_ready "bundle (.tar.gz)" "$work/bundle/watchdesk/watchdesk"

# 3. The .deb, installed by dpkg into a scratch root.
step "deb: dpkg -i into a scratch root"
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
# The scratch root has none of the libraries the package depends on (this machine does,
# checked below), so dpkg is told to install it anyway; everything else is dpkg's own.
dpkg --root="$root" --force-depends --force-script-chrootless -i "$dist"/watchdesk_*_amd64.deb >/dev/null 2>"$work/dpkg.err" \
    || { cat "$work/dpkg.err" >&2; fail "dpkg -i of the .deb failed"; }
dpkg --root="$root" -s watchdesk | grep -q '^Status: install ok installed' || fail "dpkg does not list watchdesk installed"
[ "$(readlink "$root/usr/bin/watchdesk")" = /opt/watchdesk/watchdesk ] && [ -x "$root/opt/watchdesk/watchdesk" ] \
    || fail "/usr/bin/watchdesk does not lead to /opt/watchdesk/watchdesk"
# Every Depends is met on this machine, where the binary then runs.
depends=$(dpkg-deb -f "$dist"/watchdesk_*_amd64.deb Depends)
IFS=',' read -ra wanted <<< "$depends"
for dependency in "${wanted[@]}"; do
    name=$(echo "$dependency" | awk '{print $1}')
    minimum=$(echo "$dependency" | sed -n 's/.*(>= \(.*\)).*/\1/p')
    installed=$(dpkg-query -W -f='${Version}' "$name" 2>/dev/null) || fail "Depends names $name, not installed here"
    [ -z "$minimum" ] || dpkg --compare-versions "$installed" ge "$minimum" \
        || fail "Depends wants $name >= $minimum, this machine has $installed"
done
echo "  Depends: ${#wanted[@]} packages, all installed here"
# Run it as the desktop entry does: through the /usr/bin symlink (here, one into the scratch root).
ln -s "$root/opt/watchdesk/watchdesk" "$work/watchdesk-link"
reach_ready ".deb (dpkg into a scratch root)" "$work/watchdesk-link"

step "all installs reached ready with no network:"
printf '  %s\n' "${results[@]}"
