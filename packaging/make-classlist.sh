#!/bin/sh
# Records which classes Kith loads while its window opens on a sample journal: packaging/kith.classlist.
# The installers turn that list into a class-data sharing archive (AppCDS) for a faster start; the list is
# committed because making it needs a display. Run it again, from the repository's top folder, after
# `mvn package` when start-up code changes much (classes missing from the list only start slower).
# Needs Xvfb (and a free display number: KITH_DISPLAY, default :98).
set -eu
display=${KITH_DISPLAY:-:98}
jar=$(ls target/kith-*.jar | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! DISPLAY=$display xdpyinfo >/dev/null 2>&1 && ! DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1; then
    Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
    xvfb=$!
    trap 'kill $xvfb; rm -rf "$work"' EXIT
    sleep 2
fi
java -jar "$jar" --data-dir "$work/data" sample >/dev/null
DISPLAY=$display java -XX:DumpLoadedClassList="$work/classes" -jar "$jar" --data-dir "$work/data" >/dev/null 2>&1 &
kith=$!
sleep 20  # the window, the journal opened, Today drawn: a start-up's worth of classes
kill "$kith"
wait "$kith" || true
cp "$work/classes" packaging/kith.classlist
wc -l packaging/kith.classlist
