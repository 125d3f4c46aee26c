#!/bin/sh
# Renders the PNG icons from battlescope.svg (needs rsvg-convert from librsvg2-bin) and copies them
# to the app's resources. The PNGs are committed: they are build inputs, not built by Maven.
set -e
cd "$(dirname "$0")"
res=../src/main/resources/com/battlescope/icons
mkdir -p "$res"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" battlescope.svg -o "battlescope-$size.png"
    cp "battlescope-$size.png" "$res/"
done
python3 ./make-ico-icns.py
