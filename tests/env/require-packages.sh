#!/usr/bin/env bash
# Make sure the Debian packages the test suite needs are present.
# As root on Debian: install the missing ones. Otherwise: print the exact
# apt-get line and fail, so the real-keyring and real-printer tests never
# get skipped silently.
set -euo pipefail
packages=(
    dbus                      # dbus-daemon for a private session bus
    gnome-keyring             # the Secret Service behind keyring
    libsecret-tools           # secret-tool, a second client of the same keyring
    cups                      # the scheduler
    cups-client               # lpadmin, lpstat
    printer-driver-cups-pdf   # the PDF-writing queue
    poppler-utils             # pdftotext, pdftoppm for reading printouts back
    nodejs npm                # the independent JOSE implementation (jose on npm)
    libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 # Qt offscreen
    fonts-dejavu-core         # a font for rendered pages
    util-linux                # unshare, for the air-gap run
    iproute2                  # ip, to bring up loopback inside the air-gap namespace
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node may come from outside Debian (e.g. a preinstalled Node.js); accept it then.
if command -v node >/dev/null && command -v npm >/dev/null; then
    filtered=(); for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
    missing=("${filtered[@]+"${filtered[@]}"}")
fi
[ ${#missing[@]} -eq 0 ] && exit 0
line="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing the Debian packages the tests need: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    $line >/dev/null
else
    echo "The test suite needs these Debian packages: ${missing[*]}" >&2
    echo "Install them as root with:" >&2
    echo "    $line" >&2
    exit 1
fi
