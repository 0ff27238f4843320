#!/usr/bin/env bash
# The smoke test of the packaged app (CI runs it after `./mvnw -Pdist package`), on a temporary
# data directory: `orbit --version` on the bundled runtime with its class-data archive mapped,
# `orbit contacts add` and `orbit week` through the app's own launcher, and the window opened once,
# headless, by the packaged runtime.
#
# The window: the packaged runtime's bin/java, on the class path the launcher gives (read from its
# .cfg) plus Monocle (a test library, never in the app: target/dist/training, copied by the build),
# runs app.orbit.app.ClassDataTraining, which opens the window the way `orbit FILE.vcf` does and
# exits once the week's plan and the vCard's import preview are on screen.
#
# Usage: dist/smoke.sh [APP_IMAGE]   (default target/dist/image/Orbit)
set -euo pipefail
cd "$(dirname "$0")/.."
image=$(cd "${1:-target/dist/image/Orbit}" && pwd)
orbit="$image/bin/Orbit"
app="$image/lib/app"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$work/data"

fail() {
    echo "smoke: FAILED: $*" >&2
    exit 1
}

# -Xshare:on makes Java stop rather than start without the class-data archive.
JAVA_TOOL_OPTIONS=-Xshare:on "$orbit" --version >"$work/version" 2>"$work/version.err" \
    || fail "orbit --version with the archive required: $(cat "$work/version.err")"
cat "$work/version"
grep -q '^Orbit [0-9]' "$work/version" || fail "no version line"
grep -q 'installed with Orbit' "$work/version" || fail "not on the bundled runtime"

"$orbit" --data-dir "$data" contacts add --name "Ada Lovelace" --circle close --known-since 2020-01-06 \
    >"$work/add" || fail "orbit contacts add"
grep -q 'Ada Lovelace' "$work/add" || fail "contacts add said: $(cat "$work/add")"
"$orbit" --data-dir "$data" week >"$work/week" || fail "orbit week"
grep -q 'Ada Lovelace' "$work/week" || fail "Ada is not in the week's plan: $(cat "$work/week")"
echo "smoke: contacts add and week: ok"

cp=$(sed -n -e 's/^app\.mainjar=//p' -e 's/^app\.classpath=//p' "$app/Orbit.cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
monocle=$(ls target/dist/training/openjfx-monocle-*.jar)
start=$(date +%s%N)
timeout 180 "$image/lib/runtime/bin/java" -Xshare:on "-XX:SharedArchiveFile=$app/orbit.jsa" -Xlog:cds=off \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k -Djava.awt.headless=true \
    --add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED \
    --add-exports=javafx.graphics/com.sun.glass.events=ALL-UNNAMED \
    --add-exports=javafx.graphics/com.sun.javafx.util=ALL-UNNAMED \
    --add-exports=javafx.graphics/com.sun.javafx.application=ALL-UNNAMED \
    --add-exports=javafx.graphics/com.sun.javafx.tk=ALL-UNNAMED \
    --add-exports=javafx.base/com.sun.javafx.logging=ALL-UNNAMED \
    --add-opens=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED \
    -cp "$cp:$monocle" app.orbit.app.ClassDataTraining "$work/window" >"$work/window.log" 2>&1 \
    || fail "the headless window: $(tail -20 "$work/window.log")"
echo "smoke: the window (headless, packaged runtime): plan and import preview shown in $(( ($(date +%s%N) - start) / 1000000 )) ms"
echo "smoke: ok"
