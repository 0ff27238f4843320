#!/bin/sh
# Renders orbit.svg to the PNGs, the Windows .ico and (on macOS, with iconutil) the .icns that the
# build uses; they are committed, so building needs none of these tools. Needs rsvg-convert
# (Debian: librsvg2-bin) and ImageMagick's convert for the .ico.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" orbit.svg -o "orbit-$size.png"
done
convert orbit-16.png orbit-24.png orbit-32.png orbit-48.png orbit-64.png orbit-256.png orbit.ico
if command -v iconutil >/dev/null 2>&1; then
    mkdir -p orbit.iconset
    for size in 16 32 128 256 512; do
        cp "orbit-$size.png" "orbit.iconset/icon_${size}x${size}.png"
    done
    cp orbit-32.png orbit.iconset/icon_16x16@2x.png
    cp orbit-64.png orbit.iconset/icon_32x32@2x.png
    cp orbit-256.png orbit.iconset/icon_128x128@2x.png
    cp orbit-512.png orbit.iconset/icon_256x256@2x.png
    iconutil -c icns orbit.iconset -o orbit.icns
    rm -r orbit.iconset
else
    echo "no iconutil (macOS only): orbit.icns left as it is" >&2
fi
