#!/usr/bin/env bash
# Run a command inside the services the test suite needs, all private to this run:
#   - a throwaway HOME and XDG dirs,
#   - a D-Bus session bus with an unlocked gnome-keyring (Secret Service),
#   - a PulseAudio server whose one sink is a null sink (PULSE_SERVER),
#   - a CUPS scheduler with its own config, socket, spool and programs, holding the
#     queue "Watchdesk-Record", whose jobs land as PDFs in $WATCHDESK_TEST_PDF_DIR.
# Everything started here is stopped when the command ends, and nothing outside the
# run's own folder is written: any user can run it once the packages are installed.
# Usage: tests/env/with-services.sh COMMAND [ARGS...]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# Debian installs cupsd, lpadmin and cupsenable in /usr/sbin, which is not on an
# ordinary user's PATH.
export PATH="$PATH:/usr/sbin:/sbin"
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
cleanup() {
    local status=$?
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
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

# --- a PulseAudio server with one null sink -------------------------------------------
# The alarm's chime plays through Qt Multimedia into it, as on a desk's speakers; the null
# sink plays it nowhere but lists the stream (pactl list sink-inputs), so a test sees it play.
pulse_socket="$XDG_RUNTIME_DIR/pulse/native"
mkdir -p "$(dirname "$pulse_socket")"
pulseaudio --daemonize=no --system=no -n --exit-idle-time=-1 --use-pid-file=no --log-target=stderr \
    --log-level=error --load="module-null-sink sink_name=watchdesk_null" \
    --load="module-native-protocol-unix auth-anonymous=1 socket=$pulse_socket" 2>"$run_dir/pulseaudio.log" &
pids+=("$!")
export PULSE_SERVER="unix:$pulse_socket"
for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
pactl info >/dev/null 2>&1 || { cat "$run_dir/pulseaudio.log" >&2; echo "with-services.sh: PulseAudio did not start" >&2; exit 1; }

# --- private CUPS scheduler with a PDF queue ------------------------------------
# cupsd runs as the invoking user (as root it hands jobs to lp, as usual). Its
# ServerBin is ours: the system's filters and helpers, plus one backend of our own,
# tests/env/cups/watchdesk-pdf, which writes each job's PDF into the run's folder.
export WATCHDESK_TEST_PDF_DIR="$run_dir/printed"
cups="$run_dir/cups"
mkdir -p "$WATCHDESK_TEST_PDF_DIR" "$cups/spool/tmp" "$cups/cache" "$cups/state" "$cups/log" \
         "$cups/ppd" "$cups/bin/backend"
chmod 1777 "$WATCHDESK_TEST_PDF_DIR"
for part in filter daemon cgi-bin monitor notifier driver; do
    if [ -e "/usr/lib/cups/$part" ]; then ln -s "/usr/lib/cups/$part" "$cups/bin/$part"; fi
done
# Copied, not linked: run as root, cupsd trusts a backend only if root owns it and its folder.
install -m 755 "$here/cups/watchdesk-pdf" "$cups/bin/backend/watchdesk-pdf"
if [ "$(id -u)" -eq 0 ]; then
    cups_user=lp cups_group=lp
    chown -R lp:lp "$cups/spool"
else
    cups_user=$(id -un) cups_group=$(id -gn)
fi
cat > "$cups/cupsd.conf" <<CONF
Listen $cups/cups.sock
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
cat > "$cups/cups-files.conf" <<CONF
ServerRoot $cups
ServerBin $cups/bin
RequestRoot $cups/spool
TempDir $cups/spool/tmp
CacheDir $cups/cache
StateDir $cups/state
Printcap $cups/printcap
AccessLog $cups/log/access_log
ErrorLog $cups/log/error_log
PageLog $cups/log/page_log
User $cups_user
Group $cups_group
SystemGroup $(id -gn)
Sandboxing Relaxed
CONF
cupsd -f -c "$cups/cupsd.conf" -s "$cups/cups-files.conf" &
pids+=("$!")
export CUPS_SERVER="$cups/cups.sock"
for _ in $(seq 50); do [ -S "$CUPS_SERVER" ] && lpstat -r >/dev/null 2>&1 && break; sleep 0.1; done
lpadmin -p Watchdesk-Record -E -v "watchdesk-pdf:$WATCHDESK_TEST_PDF_DIR" -P "$here/cups/Watchdesk-Record.ppd" \
    2>&1 | grep -v "drivers are deprecated" >&2 || true
cupsenable Watchdesk-Record || { cat "$cups/log/error_log" >&2; exit 1; }
cupsaccept Watchdesk-Record
export WATCHDESK_TEST_CUPS_LOG="$cups/log/error_log"

export QT_QPA_PLATFORM=offscreen
"$@"
