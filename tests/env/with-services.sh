#!/usr/bin/env bash
# Run a command inside the services the test suite needs, all private to this run:
#   - a throwaway HOME and XDG dirs,
#   - a D-Bus session bus with an unlocked gnome-keyring (Secret Service),
#   - a CUPS scheduler with its own config, socket and spool, holding the queue
#     "Watchdesk-Record" backed by cups-pdf, whose PDFs land in $WATCHDESK_TEST_PDF_DIR.
# Everything started here is stopped when the command ends.
# Usage: tests/env/with-services.sh COMMAND [ARGS...]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
"$here/require-packages.sh"

# --- the air gap ----------------------------------------------------------------
# Run in a network namespace whose only interface is loopback, as on the watch
# desk's air-gapped workstation: anything that reaches for the network fails.
# D-Bus, gnome-keyring and cupsd are started below, inside it (abstract unix
# sockets belong to a network namespace). Needs root (or CAP_SYS_ADMIN).
case "${WATCHDESK_AIR_GAP:-}" in
    "")
        if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null && command -v ip >/dev/null \
                && unshare -n true 2>/dev/null; then
            export WATCHDESK_AIR_GAP=1
            exec unshare -n "$here/with-services.sh" "$@"
        fi
        echo "with-services.sh: NOT air-gapped (needs root, unshare and ip):" \
             "the tests run with this machine's network" >&2
        export WATCHDESK_AIR_GAP=0
        ;;
    1)
        ip link set lo up
        echo "with-services.sh: air-gapped: network namespace with loopback only" >&2
        ;;
esac

run_dir=$(mktemp -d "${TMPDIR:-/tmp}/watchdesk-test.XXXXXX")
chmod 755 "$run_dir"
pids=()
cups_pdf_conf=""
cleanup() {
    local status=$?
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    [ -n "$cups_pdf_conf" ] && rm -f "$cups_pdf_conf"
    rm -rf "$run_dir"
    exit $status
}
trap cleanup EXIT INT TERM

# --- throwaway home -----------------------------------------------------------
export HOME="$run_dir/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share"
export XDG_CACHE_HOME="$HOME/.cache" XDG_STATE_HOME="$HOME/.local/state"
export XDG_RUNTIME_DIR="$run_dir/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# --- D-Bus session and an unlocked Secret Service ---------------------------
dbus_out=$(dbus-daemon --session --fork --print-address=1 --print-pid=1 --nosyslog)
export DBUS_SESSION_BUS_ADDRESS=$(echo "$dbus_out" | sed -n 1p)
pids+=("$(echo "$dbus_out" | sed -n 2p)")
# Unlocking with a known password creates the "login" collection and unlocks it.
keyring_env=$(printf 'watchdesk-test' | gnome-keyring-daemon --unlock --components=secrets --daemonize)
keyring_pid=$(echo "$keyring_env" | sed -n 's/^GNOME_KEYRING_PID=//p')
[ -n "$keyring_pid" ] && pids+=("$keyring_pid")
gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1

# --- private CUPS scheduler with a cups-pdf queue ---------------------------
export WATCHDESK_TEST_PDF_DIR="$run_dir/printed"
mkdir -p "$WATCHDESK_TEST_PDF_DIR" "$run_dir/cups/spool/tmp" "$run_dir/cups/cache" "$run_dir/cups/state" \
         "$run_dir/cups/log" "$run_dir/cups/ppd" "$run_dir/cups-pdf-spool"
chmod 1777 "$WATCHDESK_TEST_PDF_DIR" "$run_dir/cups-pdf-spool"
cat > "$run_dir/cups/cupsd.conf" <<CONF
Listen $run_dir/cups/cups.sock
LogLevel warn
WebInterface No
Browsing No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
cat > "$run_dir/cups/cups-files.conf" <<CONF
ServerRoot $run_dir/cups
RequestRoot $run_dir/cups/spool
TempDir $run_dir/cups/spool/tmp
CacheDir $run_dir/cups/cache
StateDir $run_dir/cups/state
AccessLog $run_dir/cups/log/access_log
ErrorLog $run_dir/cups/log/error_log
PageLog $run_dir/cups/log/page_log
User lp
Group lp
SystemGroup root lpadmin
Sandboxing Relaxed
CONF
chown -R lp:lp "$run_dir/cups/spool" 2>/dev/null || true
# cups-pdf reads /etc/cups/cups-pdf-<INSTANCE>.conf for a device URI cups-pdf:/<INSTANCE>;
# the instance name is unique per run so parallel runs do not share an output folder.
instance="wdtest$$"
cups_pdf_conf="/etc/cups/cups-pdf-$instance.conf"
cat > "$cups_pdf_conf" <<CONF
Out $WATCHDESK_TEST_PDF_DIR
AnonDirName $WATCHDESK_TEST_PDF_DIR
Spool $run_dir/cups-pdf-spool
UserUMask 0022
Grp root
LogType 3
CONF
cupsd -f -c "$run_dir/cups/cupsd.conf" -s "$run_dir/cups/cups-files.conf" &
pids+=("$!")
export CUPS_SERVER="$run_dir/cups/cups.sock"
for _ in $(seq 50); do [ -S "$CUPS_SERVER" ] && lpstat -r >/dev/null 2>&1 && break; sleep 0.1; done
# pdftocairo keeps the text of Qt's PDFs searchable on the way through PostScript;
# the default (Ghostscript) turns it into Type 3 glyphs that pdftotext cannot read.
lpadmin -p Watchdesk-Record -E -v "cups-pdf:/$instance" -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd \
    -o pdftops-renderer-default=pdftocairo 2>&1 | grep -v "drivers are deprecated" >&2 || true
cupsenable Watchdesk-Record
cupsaccept Watchdesk-Record
export WATCHDESK_TEST_CUPS_LOG="$run_dir/cups/log/error_log"

export QT_QPA_PLATFORM=offscreen
"$@"
