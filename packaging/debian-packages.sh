#!/usr/bin/env bash
# Make sure the Debian packages a step needs are installed, before that step runs.
#   packaging/debian-packages.sh SET [SET...]
# Sets: venv (the venv module for $PYTHON), desktop (what the Qt window needs on a
# display), test (the services and tools the test suite runs against), dist (what
# `make dist` and `make dist-check` build and check the install artifacts with).
# As root with apt-get: install what is missing. Otherwise: print the exact
# apt-get line and exit 1, so nothing is skipped silently.
set -euo pipefail
PYTHON=${PYTHON:-python3}

# Only on Debian and its derivatives; elsewhere say what is needed in words.
have_dpkg() { command -v dpkg-query >/dev/null; }

set_venv() {
    # Debian splits ensurepip (and so `python3 -m venv`) into python3.X-venv.
    # Only the distribution's own interpreter needs it; pyenv and others ship it.
    local exe version
    exe=$("$PYTHON" -c 'import sys; print(sys.executable)' 2>/dev/null) || {
        echo "debian-packages: '$PYTHON' does not run; install python3 or set PYTHON=" >&2; exit 1; }
    version=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        echo "debian-packages: $exe is Python $version; Watchdesk needs Python 3.11 or newer" \
             "(set PYTHON=python3.11 or newer)" >&2
        exit 1
    fi
    case "$(readlink -f "$exe")" in
        /usr/bin/python3*) echo "python$version-venv" ;;
    esac
}

set_desktop() {
    # Qt's xcb platform plugin and what it loads (ldd of PySide6's libqxcb.so),
    # and the libraries every Qt window needs. fonts-noto-cjk: Noto Sans CJK (SIL OFL 1.1), for
    # Chinese in the window and in printed records (embedded in the PDF, docs/printing.md).
    echo libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 \
         libdbus-1-3 libglib2.0-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 \
         libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 \
         libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xinput0 \
         libxcb-xkb1 libsm6 libice6 fonts-dejavu-core fonts-noto-cjk \
         libpulse0 libxrandr2 # Qt Multimedia, for the alarm (ldd of libQt6Multimedia and its FFmpeg plugin)
}

set_dist() {
    local packages=(
        binutils            # objdump, for PyInstaller and the .deb's Depends
        desktop-file-utils  # desktop-file-validate
        appstream           # appstreamcli validate, for the metainfo
        util-linux iproute2 # unshare and ip: dist-check installs inside an air-gapped namespace
    )
    # PyInstaller bundles the interpreter's shared library, and dist-check makes venvs
    # with Debian's python3 too; Debian ships both apart from the interpreter.
    local python exe version
    for python in "$PYTHON" /usr/bin/python3; do
        exe=$("$python" -c 'import sys; print(sys.executable)' 2>/dev/null) || continue
        version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
        case "$(readlink -f "$exe")" in
            /usr/bin/python3*) packages+=("libpython$version" "python$version-venv") ;;
        esac
    done
    echo "${packages[@]}"
}

set_test() {
    local packages=(
        dbus                      # dbus-daemon for a private session bus
        gnome-keyring             # the Secret Service behind keyring
        libsecret-tools           # secret-tool, a second client of the same keyring
        cups                      # the scheduler
        cups-client               # lpadmin, lpstat
        cups-filters-core-drivers # pdftopdf, the one filter of the PDF-in, PDF-out test queue
        poppler-utils             # pdftotext, pdftoppm for reading printouts back
        libegl1 libgl1 libopengl0 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 # Qt offscreen
        fonts-dejavu-core         # a font for rendered pages
        fonts-noto-cjk            # Noto Sans CJK: Chinese in printed records (embedded; pdffonts checks)
        pulseaudio pulseaudio-utils # a sound server with a null sink, and pactl (the alarm's tests)
        libpulse0 libxrandr2      # Qt Multimedia (as in the desktop set)
        util-linux                # unshare, for the air-gap run
        iproute2                  # ip, to bring up loopback inside the air-gap namespace
        xvfb openbox              # a real X display with a window manager (tests/ui/test_real_window_manager.py)
        x11-utils xdotool         # xprop and xmessage, and keys and clicks, on that display
    )
    # The console on that display goes through Qt's xcb platform: the desktop set's libraries.
    # shellcheck disable=SC2207
    packages+=($(set_desktop))
    # node may come from outside Debian (e.g. a preinstalled Node.js); accept it then.
    if ! { command -v node >/dev/null && command -v npm >/dev/null; }; then
        packages+=(nodejs npm)    # the independent JOSE implementation (jose on npm)
    fi
    printf '%s\n' "${packages[@]}" | awk '!seen[$0]++' | tr '\n' ' ' # each once: the two sets share some
}

# --list SET...: print the packages of the sets, one line, and change nothing (the .deb's Depends).
if [ "${1:-}" = "--list" ]; then
    shift
    for set in "$@"; do "set_$set"; done | tr '\n' ' ' | sed 's/ $/\n/'
    exit 0
fi

wanted=()
for set in "$@"; do
    # shellcheck disable=SC2207
    wanted+=($("set_$set"))
done
[ ${#wanted[@]} -eq 0 ] && exit 0
if ! have_dpkg; then
    echo "debian-packages: not a Debian system; make sure these (Debian names) are installed: ${wanted[*]}" >&2
    exit 0
fi
missing=()
for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
line="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian packages ($*): ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    $line >/dev/null
else
    echo "Watchdesk needs these Debian packages ($*): ${missing[*]}" >&2
    echo "Install them as root with:" >&2
    echo "    apt-get update && $line" >&2
    exit 1
fi
