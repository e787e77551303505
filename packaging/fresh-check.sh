#!/usr/bin/env bash
# make fresh-check: the README's two commands on a minimal Debian 12, from a clean clone
# of this repository's committed HEAD, as root and as an ordinary user, for the record.
#   1. `debootstrap --variant=minbase bookworm` with git, make, python3 and ca-certificates,
#      from the mirror this host's apt uses; cached as a tarball, each phase unpacks a copy.
#   2. root, in one copy: `make test` (must pass with pytest's result line), `make run` on
#      an Xvfb display (the window must appear; a screenshot is kept), `make run` with no
#      display at all (what it says is kept).
#   3. an ordinary user, in a second copy: `make test` and `make run` name the Debian
#      packages they need; root runs each printed apt line; then both must work.
# Logs, screenshots and summary.txt go to $FRESH_CHECK_LOGS, outside the repository.
# Needs root (debootstrap, chroot, mounts). FRESH_CHECK_PHASES="root user" by default.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    echo "fresh-check: needs root (debootstrap, chroot and bind mounts); run it as root" >&2
    exit 1
fi
# Every mount below lives in a private mount namespace: nothing outlives this script.
if [ -z "${FRESH_CHECK_IN_NAMESPACE:-}" ]; then
    FRESH_CHECK_IN_NAMESPACE=1 exec unshare --mount --propagation private "$0" "$@"
fi

repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
commit=$(git -C "$repo" rev-parse HEAD)
cache=${FRESH_CHECK_CACHE:-/var/cache/watchdesk-fresh-check}
work=${FRESH_CHECK_DIR:-/var/tmp/watchdesk-fresh-check}
logs=${FRESH_CHECK_LOGS:-/var/tmp/watchdesk-fresh-check-logs/$(date -u +%Y%m%dT%H%M%SZ)}
phases=${FRESH_CHECK_PHASES:-root user}
includes=git,make,python3,ca-certificates
officer=officer
mkdir -p "$cache" "$work" "$logs"
summary=$logs/summary.txt
failures=0

say() { echo "fresh-check: $*" | tee -a "$summary" >&2; }
verdict() {  # verdict NAME OK(0/1) DETAIL
    local mark=PASS
    [ "$2" -eq 0 ] || { mark=FAIL; failures=$((failures + 1)); }
    say "$mark $1${3:+ — $3}"
}

# --- the mirror this host's apt uses --------------------------------------------
# deb822 stanzas (*.sources) first, then one-line sources.list entries.
host_uri() {  # host_uri SUITE
    local suite=$1 uri=""
    if compgen -G "/etc/apt/sources.list.d/*.sources" >/dev/null; then
        uri=$(awk -v suite="$suite" 'BEGIN { RS = ""; FS = "\n" }
            /(^|\n)Enabled: *no/ { next }
            { types = ""; uris = ""; suites = ""
              for (i = 1; i <= NF; i++) {
                  if ($i ~ /^Types:/) types = $i
                  if ($i ~ /^URIs:/) { uris = $i; sub(/^URIs: */, "", uris) }
                  if ($i ~ /^Suites:/) suites = " " substr($i, 8) " "
              }
              if (types ~ /[ :]deb( |$)/ && suites ~ (" " suite " ")) { split(uris, u, " "); print u[1]; exit } }' \
            /etc/apt/sources.list.d/*.sources)
    fi
    if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
        uri=$(sed -E 's/\[[^]]*\]//' /etc/apt/sources.list | awk -v suite="$suite" '$1 == "deb" && $3 == suite { print $2; exit }')
    fi
    echo "$uri"
}
mirror=${FRESH_CHECK_MIRROR:-$(host_uri bookworm)}
mirror=${mirror:-http://deb.debian.org/debian}
security=$(host_uri bookworm-security)
security=${security:-http://deb.debian.org/debian-security}

# --- host tools ------------------------------------------------------------------
need=()
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xwininfo >/dev/null || need+=(x11-utils)
if [ ${#need[@]} -gt 0 ]; then
    echo "fresh-check: installing on this host: ${need[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

: > "$summary"
say "commit $commit ($(git -C "$repo" log -1 --format=%s "$commit" | cut -c1-80))"
if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
    say "note: the working tree has uncommitted changes; only the committed HEAD is checked"
fi
say "mirror $mirror, logs in $logs"

# --- the pristine root file system, cached ----------------------------------------
tarball=$cache/bookworm-minbase.tar
key="bookworm minbase $includes $mirror"
if [ ! -f "$tarball" ] || [ "$(cat "$tarball.key" 2>/dev/null)" != "$key" ]; then
    started=$SECONDS
    build=$cache/build
    rm -rf --one-file-system "$build"
    echo "fresh-check: debootstrap --variant=minbase bookworm from $mirror (about a minute)" >&2
    debootstrap --variant=minbase --include=$includes bookworm "$build" "$mirror" > "$logs/debootstrap.log" 2>&1 \
        || { say "FAIL debootstrap (see $logs/debootstrap.log)"; exit 1; }
    tar -C "$build" -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball" && echo "$key" > "$tarball.key"
    rm -rf --one-file-system "$build"
    say "built $tarball in $((SECONDS - started)) s"
fi

# --- a display for `make run` ---------------------------------------------------------
display=""
for n in $(seq 90 120); do
    [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] || { display=$n; break; }
done
Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp > "$logs/xvfb.log" 2>&1 &
xvfb_pid=$!
mounted_roots=()
cleanup() {
    kill "$xvfb_pid" 2>/dev/null || true
    for root in "${mounted_roots[@]}"; do umount -R "$root" 2>/dev/null || true; done
}
trap cleanup EXIT
for _ in $(seq 50); do [ -S "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
[ -S "/tmp/.X11-unix/X$display" ] || { say "FAIL Xvfb did not start (see $logs/xvfb.log)"; exit 1; }

# --- a fresh copy of the root file system --------------------------------------------
new_root() {  # new_root NAME: unpack, mount, clone source repo; prints the path
    local root=$work/$1
    if grep -qE " $root( |/)" /proc/mounts; then echo "fresh-check: $root still has mounts" >&2; exit 1; fi
    rm -rf --one-file-system "$root"
    mkdir -p "$root"
    tar -C "$root" -xpf "$tarball"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    # What every installed system has (the installer writes it; debootstrap does not).
    # The host name is left out on purpose: the suite must not depend on it.
    printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' > "$root/etc/hosts"
    printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb %s bookworm-security main\n' \
        "$mirror" "$mirror" "$security" > "$root/etc/apt/sources.list"
    # This site's own certificate authorities (an intercepting proxy's, say) are the
    # network's configuration, not Watchdesk's: without them nothing downloads here.
    # pip's own certificate bundle ignores the system's, so point it there as this host does.
    if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
        cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
        chroot "$root" update-ca-certificates > /dev/null 2>&1
        printf '[global]\ncert = /etc/ssl/certs/ca-certificates.crt\n' > "$root/etc/pip.conf"
    fi
    # On a real machine / is a mount point (the air-gap tests make it private in a
    # child's mount namespace); a bare chroot directory is not, so bind it onto itself.
    mount --bind "$root" "$root"
    mount -t proc proc "$root/proc"
    mount --rbind /sys "$root/sys"
    mount --rbind /dev "$root/dev"
    mkdir -p "$root/tmp/.X11-unix"
    mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
    mounted_roots+=("$root")
    # The committed HEAD only, as the source every account clones from.
    git clone --quiet --bare "$repo" "$root/srv/watchdesk.git"
}

as() {  # as ROOT USER COMMAND: a login-like environment, no host variables
    local root=$1 user=$2 home=/root path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
    shift 2
    [ "$user" = root ] || { home=/home/$user; path=/usr/local/bin:/usr/bin:/bin; }
    chroot --userspec="$user:$user" "$root" /usr/bin/env -i HOME="$home" USER="$user" LOGNAME="$user" \
        PATH="$path" TERM=dumb SHELL=/bin/bash ${EXTRA_ENV:-} /bin/bash -c "cd && $*"
}

result_line() { grep -E '^=+ .*\b(passed|failed|error|errors)\b.* in [0-9.]+s' "$1" | tail -1 || true; }

# make test as USER; passes only with pytest's result line and a zero status.
run_make_test() {  # run_make_test ROOT USER LOG
    local started=$SECONDS status=0 line
    as "$1" "$2" 'cd watchdesk && make test' > "$3" 2>&1 || status=$?
    line=$(result_line "$3")
    [ "$status" -eq 0 ] && [ -n "$line" ] && status=0 || status=1
    verdict "$2: make test" "$status" "${line:-no pytest result line} ($((SECONDS - started)) s, $(basename "$3"))"
}

# make run as USER on the Xvfb display: the main window must appear; screenshot it.
# If it stops with an apt line instead (an ordinary user's first run), root runs that
# line and the user tries again.
run_make_run() {  # run_make_run ROOT USER LOG SHOT
    local root=$1 user=$2 log=$3 shot=$4 started=$SECONDS pid found=1 attempt line
    for attempt in 1 2 3; do
        EXTRA_ENV="DISPLAY=:$display" setsid bash -c "$(declare -f as); as '$root' '$user' 'cd watchdesk && make run'" \
            > "$log" 2>&1 &
        pid=$!
        for _ in $(seq 300); do
            kill -0 "$pid" 2>/dev/null || break
            if DISPLAY=:$display xwininfo -root -tree 2>/dev/null | grep -q '"Watchdesk'; then found=0; break; fi
            sleep 1
        done
        [ "$found" -eq 0 ] && break
        wait "$pid" 2>/dev/null || true
        line=$(sed -n 's/^ *\(apt-get update && apt-get install .*\)$/\1/p' "$log" | tail -1)
        [ -n "$line" ] || break
        cp "$log" "$log.attempt-$attempt"
        say "$user: make run printed: $line — root runs it"
        EXTRA_ENV=DEBIAN_FRONTEND=noninteractive as "$root" root "$line" > "$log.attempt-$attempt-apt" 2>&1 || break
    done
    if [ "$found" -eq 0 ]; then
        sleep 5  # let the inbox load and paint
        EXTRA_ENV="DISPLAY=:$display QT_QPA_PLATFORM=xcb" as "$root" "$user" \
            "watchdesk/.venv/bin/python -c 'import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); sys.exit(not app.primaryScreen().grabWindow(0).save(\"/tmp/fresh-check-shot.png\"))'" \
            >> "$log.screenshot" 2>&1 && mv "$root/tmp/fresh-check-shot.png" "$shot" && chown root:root "$shot"
        DISPLAY=:$display xwininfo -root -tree 2>/dev/null | grep '"Watchdesk' > "$log.windows" || true
        kill -0 "$pid" 2>/dev/null || found=1  # it must still be running, not have crashed
    fi
    kill -TERM -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    verdict "$user: make run on a display" "$found" \
        "$( [ "$found" -eq 0 ] && echo "window up in $((SECONDS - started)) s, screenshot $(basename "$shot")" || echo "no window; see $(basename "$log")")"
}

# make run with no display at all: record what it says (one sentence, no Qt abort wanted).
run_make_run_headless() {  # ROOT USER LOG
    local status=0
    as "$1" "$2" 'cd watchdesk && timeout 120 make run' > "$3" 2>&1 || status=$?
    local abort=0
    grep -qiE 'xcb|qt\.qpa|Aborted|core dumped|could not connect to display' "$3" && abort=1
    verdict "$2: make run without a display says so without a Qt abort" "$abort" \
        "exit $status: $(grep -v '^make: \*\*\*' "$3" | tail -3 | tr '\n' ' ' | cut -c1-240)"
}

# Run a make target as an ordinary user; while it fails by printing an apt line,
# run that line as root (as the README tells the user to) and try again.
user_with_apt_lines() {  # ROOT TARGET LOG_PREFIX: leaves the last attempt's status in $?
    local root=$1 target=$2 prefix=$3 attempt line
    for attempt in 1 2 3 4; do
        if as "$root" "$officer" "cd watchdesk && timeout 1800 make $target" > "$prefix-$attempt.log" 2>&1; then
            return 0
        fi
        line=$(sed -n 's/^ *\(apt-get update && apt-get install .*\)$/\1/p' "$prefix-$attempt.log" | tail -1)
        [ -n "$line" ] || return 1
        say "$officer: make $target printed: $line — root runs it"
        EXTRA_ENV=DEBIAN_FRONTEND=noninteractive as "$root" root "$line" > "$prefix-$attempt-apt.log" 2>&1 \
            || { say "FAIL root's apt line (see $(basename "$prefix")-$attempt-apt.log)"; return 1; }
    done
    return 1
}

total_started=$SECONDS
for phase in $phases; do
    phase_started=$SECONDS
    case $phase in
    root)
        new_root as-root
        root=$work/as-root
        as "$root" root 'git clone --quiet /srv/watchdesk.git watchdesk && git -C watchdesk log -1 --format="cloned %h %s"' \
            > "$logs/root-clone.log" 2>&1
        say "root: $(cat "$logs/root-clone.log")"
        run_make_test "$root" root "$logs/root-make-test.log"
        run_make_run "$root" root "$logs/root-make-run.log" "$logs/root-make-run.png"
        EXTRA_ENV="DISPLAY=:$display" as "$root" root 'cd watchdesk && timeout 120 .venv/bin/watchdesk --demo --quit-when-ready' \
            > "$logs/root-quit-when-ready.log" 2>&1 && status=0 || status=$?
        verdict "root: watchdesk --demo --quit-when-ready on the display" "$status" "$(tail -1 "$logs/root-quit-when-ready.log")"
        run_make_run_headless "$root" root "$logs/root-make-run-no-display.log"
        ;;
    user)
        new_root as-user
        root=$work/as-user
        as "$root" root "useradd --create-home --shell /bin/bash $officer"
        chown -R "$(chroot "$root" id -u "$officer"):$(chroot "$root" id -g "$officer")" "$root/srv/watchdesk.git"
        as "$root" "$officer" 'git clone --quiet /srv/watchdesk.git watchdesk' > "$logs/user-clone.log" 2>&1
        started=$SECONDS
        status=0; user_with_apt_lines "$root" test "$logs/user-make-test" || status=$?
        # Everything make test needs (the venv module and the suite's services) in one line.
        apt_lines=$(find "$logs" -name 'user-make-test-*-apt.log' | wc -l)
        verdict "$officer: make test asked root for one apt-get line" "$([ "$apt_lines" -le 1 ]; echo $?)" "$apt_lines line(s)"
        last=$(ls -v "$logs"/user-make-test-[0-9].log | tail -1)
        line=$(result_line "$last")
        [ "$status" -eq 0 ] && [ -n "$line" ] || status=1
        verdict "$officer: make test" "$status" "${line:-no pytest result line} ($((SECONDS - started)) s, $(basename "$last"))"
        run_make_run "$root" "$officer" "$logs/user-make-run.log" "$logs/user-make-run.png"
        run_make_run_headless "$root" "$officer" "$logs/user-make-run-no-display.log"
        ;;
    *) say "unknown phase '$phase' (root, user)"; exit 1 ;;
    esac
    say "phase $phase took $((SECONDS - phase_started)) s"
done
say "fresh-check took $((SECONDS - total_started)) s; $failures failure(s); logs in $logs"
[ "$failures" -eq 0 ]
