#!/bin/sh
# Renders the app icon from its source of truth, icons/kith.svg, into the PNGs beside it and
# into the window's resources. Needs ImageMagick. Run from the repository's top folder.
set -e
for size in 16 32 48 64 128 256 512; do
    convert -background none -density 300 icons/kith.svg -resize "${size}x${size}" -strip "PNG32:icons/kith-$size.png"
done
for size in 16 32 48 64 128 256; do
    cp "icons/kith-$size.png" "src/main/resources/app/kith/ui/icons/kith-$size.png"
done
