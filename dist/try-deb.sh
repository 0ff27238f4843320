#!/usr/bin/env bash
# Tries Orbit's .deb as a person would, on this Debian or Ubuntu machine (run as root: it installs
# and removes the package, and nothing else of the system's):
#
#   1. builds the .deb from a clean clone of this repository's current commit (./mvnw -Pdist);
#   2. installs it with dpkg -i, and checks `orbit` on the PATH and its version;
#   3. starts Xvfb with a window manager (openbox), launches the menu entry's command, times it to
#      the window mapped, and takes a screenshot;
#   4. opens a vCard with Orbit as a file manager does (the desktop entry's command on the file,
#      and the package's MIME association checked) and takes a screenshot of the import preview;
#   5. upgrades the package over itself with a .deb of the next version, made from the same app
#      image, and checks that the data directory is untouched and that Orbit opens it;
#   6. removes the package and checks that the data directory is still there, unchanged.
#
# Everything Orbit writes goes to a temporary HOME; the screenshots go to docs/screenshots/ (or
# $SHOTS). Needs xvfb, openbox, xdotool, imagemagick and libgtk-3-0, and the package's own
# dependencies (its Depends: xdg-utils, GTK...): installed with apt-get when missing, before dpkg -i.
#
# Usage: sudo dist/try-deb.sh
#        CLONE=/tmp/orbit-try-deb.XXXXXX/clone sudo -E dist/try-deb.sh   (reuses the clone and build
#        of an earlier run, skipping step 1's quarter of an hour on a busy machine)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
shots=${SHOTS:-$repo/docs/screenshots}
work=$(mktemp -d /tmp/orbit-try-deb.XXXXXX)
display=:77
pids=()
made_dirs=()

say() {
    echo "try-deb: $*"
}

fail() {
    echo "try-deb: FAILED: $*" >&2
    exit 1
}

cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    if dpkg -s orbit >/dev/null 2>&1; then
        dpkg -P orbit >/dev/null 2>&1 || true
    fi
    for dir in "${made_dirs[@]}"; do
        rm -rf "$dir"
    done
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || fail "run as root (dpkg -i)"
if dpkg -s orbit >/dev/null 2>&1; then
    fail "a package named orbit is already installed; remove it first (dpkg -r orbit)"
fi
missing=()
for tool in Xvfb:xvfb openbox:openbox xdotool:xdotool import:imagemagick fakeroot:fakeroot; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
done
ldconfig -p | grep -q libgtk-3.so.0 || missing+=(libgtk-3-0)
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
fi

# 1. A clean clone of the commit checked out here, built as anyone would.
if [ -n "${CLONE:-}" ]; then
    clone=$CLONE
    say "reusing the clone built by an earlier run: $clone ($(git -C "$clone" rev-parse --short HEAD))"
else
    clone="$work/clone"
    branch=$(git -C "$repo" rev-parse --abbrev-ref HEAD)
    say "cloning $repo ($branch, $(git -C "$repo" rev-parse --short HEAD)) into $clone"
    git clone --quiet --branch "$branch" "$repo" "$clone"
    start=$(date +%s)
    (cd "$clone" && ./mvnw -B -q -Pdist package -DskipTests) >"$work/build.log" 2>&1 \
        || fail "the build: $(tail -30 "$work/build.log")"
    say "built in $(( $(date +%s) - start )) s"
fi
# The build's own (an earlier run may have left the next version's beside it).
deb=$(ls "$clone"/target/dist/installer/orbit_*.deb | sort -V | head -1)
say "package: $(basename "$deb"), $(du -h "$deb" | cut -f1)"

# 2. Installed, its dependencies first (what apt would fetch for it). A desktop has the system
# menu directories xdg-desktop-menu writes to; a bare container has none.
made_dirs=()
for dir in /etc/xdg/menus /usr/share/desktop-directories; do
    if [ ! -d "$dir" ]; then
        say "no $dir (no desktop environment here): made, as a desktop would have it"
        mkdir -p "$dir"
        made_dirs+=("$dir")
    fi
done
needed=()
for dep in $(dpkg-deb -f "$deb" Depends | tr ',' '\n' | awk '{print $1}'); do
    dpkg -s "$dep" >/dev/null 2>&1 || needed+=("$dep")
done
if [ ${#needed[@]} -gt 0 ]; then
    say "installing the package's dependencies: ${needed[*]}"
    apt-get install -y --no-install-recommends "${needed[@]}" >/dev/null
fi
dpkg -i "$deb" >"$work/dpkg-install.log" 2>&1 || fail "dpkg -i: $(cat "$work/dpkg-install.log")"
command -v orbit >/dev/null || fail "no orbit on the PATH"
say "installed: $(du -sh /opt/orbit | cut -f1) in /opt/orbit, and $(command -v orbit)"
[ -f /opt/orbit/lib/app/orbit.jsa ] || fail "postinst made no class-data archive"
JAVA_TOOL_OPTIONS=-Xshare:on orbit --version 2>/dev/null | sed 's/^/try-deb:   /' \
    || fail "orbit --version cannot map its class-data archive"

# A person's HOME, with some people in it (the default data directory, as the menu entry opens it).
# Java takes the home directory from the password file, not $HOME: XDG_DATA_HOME says where.
export HOME="$work/home"
export XDG_DATA_HOME="$HOME/.local/share"
unset ORBIT_HOME
mkdir -p "$HOME"
data="$XDG_DATA_HOME/orbit"
orbit contacts add --name "Ada Lovelace" --email ada@example.org --org "Analytical Engines" --circle close \
    --known-since 2024-01-08 --needs "an engineer to hire" >/dev/null
orbit contacts add --name "Cécile Durand" --org "Atelier Nord" --circle inner --known-since 2023-05-02 \
    --offers "introductions to engineers" >/dev/null
orbit contacts add --name "Bruno Keller" --org "Keller & Fils" --circle network --known-since 2022-09-12 >/dev/null
orbit log --with "Bruno Keller" --kind call --date "$(date -d '-200 days' +%F)" --summary "Call about his move" \
    >/dev/null
orbit week >/dev/null

# 3. The menu entry's command, under X with a window manager.
desktop=$(ls /usr/share/applications/orbit*.desktop 2>/dev/null | head -1)
[ -n "$desktop" ] || fail "no menu entry in /usr/share/applications"
say "menu entry $desktop:"
grep -E '^(Name|Comment|Categories|MimeType|Exec)' "$desktop" | sed 's/^/try-deb:   /'
grep -q '^Name\[fr\]=' "$desktop" && grep -q '^Comment\[fr\]=' "$desktop" || fail "no French name or comment"
exec_line=$(sed -n 's/^Exec=//p' "$desktop")

Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=$display
for _ in $(seq 50); do
    xdotool getdisplaygeometry >/dev/null 2>&1 && break
    sleep 0.1
done
openbox >"$work/openbox.log" 2>&1 &
pids+=($!)
sleep 1

# Starts the desktop entry's command (a file for %F, or none) and waits for Orbit's window to map.
launch() {
    local args=${exec_line//%F/$1}
    local t0
    t0=$(date +%s%N)
    # shellcheck disable=SC2086 # the Exec line is a command and its arguments
    $args >"$work/orbit-window.log" 2>&1 &
    window_pid=$!
    pids+=("$window_pid")
    wid=$(timeout 60 xdotool search --sync --onlyvisible --name '^Orbit$' | head -1) || fail "no window in 60 s"
    mapped_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
}

# A screenshot once the screen has changed from $2 (when given) and then stays the same for 3 s,
# with text on it (a window still blank has a few hundred colours, a drawn one thousands): the
# window and the preview fill in on the database worker, later on a busy machine. At most 90 s.
settled_shot() {
    local out=$1 from=${2:-} prev="$work/prev.png" cur="$work/cur.png" changed=
    [ -n "$from" ] || changed=yes
    import -window root "$prev"
    for _ in $(seq 30); do
        sleep 3
        import -window root "$cur"
        if [ -n "$from" ] && [ "$(compare -metric AE "$from" "$cur" null: 2>&1)" != 0 ]; then
            changed=yes
        fi
        if [ -n "$changed" ] && [ "$(compare -metric AE "$prev" "$cur" null: 2>&1)" = 0 ] \
            && [ "$(convert "$cur" -format %k info:)" -gt 1000 ]; then
            break
        fi
        mv "$cur" "$prev"
    done
    # The window alone, without the black of the empty screen around it.
    convert "$cur" -trim +repage "$out"
}

quit() {
    xdotool windowactivate --sync "$wid" key --clearmodifiers ctrl+q 2>/dev/null || true
    for _ in $(seq 100); do
        kill -0 "$window_pid" 2>/dev/null || return 0
        sleep 0.1
    done
    fail "Orbit did not quit on Ctrl+Q"
}

launch ""
say "menu command to the window mapped: $mapped_ms ms"
mkdir -p "$shots"
settled_shot "$shots/installed-this-week.png"
say "screenshot: $shots/installed-this-week.png"
quit

# 4. A vCard opened with Orbit: what the file manager runs for text/vcard.
[ "$(xdg-mime query default text/vcard 2>/dev/null)" = "$(basename "$desktop")" ] \
    && say "text/vcard opens with $(basename "$desktop")" \
    || say "note: xdg-mime's default for text/vcard is '$(xdg-mime query default text/vcard 2>/dev/null)'"
card="$work/Zoé Martin.vcf"
printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoé Martin\r\nN:Martin;Zoé;;;\r\nEMAIL:zoe@example.org\r\nORG:Atelier Nord\r\nEND:VCARD\r\n' >"$card"
cp "$card" "$work/card.vcf"
launch "$work/card.vcf"
preview=$(timeout 60 xdotool search --sync --onlyvisible --name 'Import' | head -1) || fail "no import preview"
# The dialog shows "Reading the file..." first, then what the import will do.
import -window root "$work/reading.png"
settled_shot "$shots/installed-open-vcard.png" "$work/reading.png"
say "the import preview opened: $shots/installed-open-vcard.png"
xdotool windowactivate --sync "$preview" key --clearmodifiers Escape 2>/dev/null || true
sleep 1
quit

# 5. Upgraded over itself: a .deb of the next version from the same app image.
fingerprint() {
    (cd "$data" && find . -type f ! -name '*.log' ! -path './logs/*' -exec sha256sum {} + | sort -k2)
}
before=$(fingerprint)
next=$(dpkg-deb -f "$deb" Version | sed 's/-.*//' | awk -F. '{print $1"."$2"."$3+1}')
# The same app image as the next version; compressed fast (gzip -1): it only has to install here.
(cd "$clone" && DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=1 \
    "${JAVA_HOME:-/usr}/bin/java" -Ddist.basedir=. src/dist/Dist.java deb "$next") \
    >"$work/build-next.log" 2>&1 || fail "the next version's .deb: $(tail -20 "$work/build-next.log")"
deb2=$(ls "$clone"/target/dist/installer/orbit_"$next"-*.deb)
dpkg -i "$deb2" >"$work/dpkg-upgrade.log" 2>&1 || fail "dpkg -i (upgrade): $(cat "$work/dpkg-upgrade.log")"
say "upgraded to $(dpkg-query -W -f '${Version}' orbit)"
[ "$(fingerprint)" = "$before" ] || fail "the upgrade changed the data directory"
say "data directory untouched by the upgrade"
orbit contacts list --due >/dev/null || fail "orbit after the upgrade"
[ -f /opt/orbit/lib/app/orbit.jsa ] || fail "no class-data archive after the upgrade"

# 6. Removed: the data stays.
before=$(fingerprint)
dpkg -r orbit >"$work/dpkg-remove.log" 2>&1 || fail "dpkg -r: $(cat "$work/dpkg-remove.log")"
[ ! -e /opt/orbit ] || fail "/opt/orbit is still there: $(find /opt/orbit | head)"
[ ! -e /usr/bin/orbit ] || fail "/usr/bin/orbit is still there"
[ "$(fingerprint)" = "$before" ] || fail "removing the package changed the data directory"
say "removed; the data directory is still there: $(ls "$data" | tr '\n' ' ')"
say "all steps passed (work files in $work)"
