"""window_filled.py DATA_DIR RUNS COMMAND...: how long a window takes to appear and to fill, seen from outside.

Starts COMMAND (with `--data-dir DATA_DIR` added) and a bare JavaFX window with one label (the team's
window-start/bare/Bare.java, KITH_BARE_SOURCE to name another), one after the other, RUNS times each, under Xvfb
on DISPLAY (default :99, with a window manager). For each start it times, from the launch:
  - the first frame: the window titled KITH_TITLE (default "Kith") mapped and drawn, more than 50 distinct colours;
  - the filled window: more than FILLED distinct colours (default 1400; M's Today has about 1,900, the window with
    only its frame and "Opening your journal..." about 860). FILLED=50 makes both the same.
Prints the medians and the filled window's ratio to the bare one. The started program is killed after each run;
a lock file an older H2 left behind is removed, so that every start is an ordinary one. Use a copy of a journal:
the program opens it for real.

Example, from the repository's top folder after `mvn -Ppackage package`:
  python3 src/test/scripts/window_filled.py /tmp/m-copy 7 java -XX:TieredStopAtLevel=1 \
      -XX:SharedArchiveFile=target/kith.jsa -jar target/kith-0.1.0-SNAPSHOT.jar
"""
import glob, os, statistics, subprocess, sys, time

data, runs, command = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
filled_at = int(os.environ.get('FILLED', '1400'))
title = os.environ.get('KITH_TITLE', 'Kith')
env = dict(os.environ, DISPLAY=os.environ.get('DISPLAY', ':99'))
javafx = ':'.join(sorted(glob.glob('target/lib/javafx-*-linux.jar')))
bare_source = os.environ.get('KITH_BARE_SOURCE', '../shared/tools/window-start/bare/Bare.java')
bare_classes = '/tmp/kith-window-filled/bare'
if not os.path.exists(os.path.join(bare_classes, 'Bare.class')):
    os.makedirs(bare_classes, exist_ok=True)
    subprocess.run(['javac', '--module-path', javafx, '--add-modules', 'javafx.controls', '-d', bare_classes,
                    bare_source], check=True)


def colours(window):
    """Distinct colours in the window's pixels: a blank window has one, a drawn one hundreds."""
    shot = subprocess.run(['import', '-window', window, '-depth', '8', 'png:-'], env=env, capture_output=True)
    counted = subprocess.run(['identify', '-format', '%k', '-'], input=shot.stdout, capture_output=True)
    try:
        return int(counted.stdout.strip() or 0)
    except ValueError:
        return 0


def start(cmd, name, filled):
    """Seconds from the launch to the first frame and to the filled window (None when it never came)."""
    began = time.perf_counter()
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    first = full = None
    while time.perf_counter() - began < 60:
        found = subprocess.run(['xdotool', 'search', '--onlyvisible', '--name', '^%s$' % name], env=env,
                               capture_output=True, text=True).stdout.split()
        if found:
            count = colours(found[0])
            if count > 50 and first is None:
                first = time.perf_counter() - began
            if first is not None and count > filled:
                full = time.perf_counter() - began
                break
        time.sleep(0.02)
    process.kill()
    process.wait()
    try:
        os.remove(os.path.join(data, 'journal.lock.db'))
    except FileNotFoundError:
        pass
    time.sleep(0.5)
    return first, full


bare = ['java', '--module-path', javafx, '--add-modules', 'javafx.controls', '-cp', bare_classes, 'Bare']
bares, firsts, fills = [], [], []
for _ in range(runs):
    bares.append(start(bare, 'Bare', 50)[0])
    first, full = start(command + ['--data-dir', data], title, filled_at)
    firsts.append(first)
    fills.append(full)
if None in bares + firsts + fills:
    sys.exit('A window did not appear, or did not fill, within 60 s: first frames %s, filled %s' % (firsts, fills))
b, f, k = statistics.median(bares), statistics.median(firsts), statistics.median(fills)
print('first frame %.2f s, filled %.2f s, bare %.2f s, filled / bare %.2f; runs: first %s, filled %s, bare %s' % (
    f, k, b, k / b, ' '.join('%.2f' % x for x in firsts), ' '.join('%.2f' % x for x in fills),
    ' '.join('%.2f' % x for x in bares)))
