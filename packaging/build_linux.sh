#!/usr/bin/env bash
# Build Neuron Studio's standalone Linux bundle (dist/neuron-studio/, PyInstaller one-folder)
# and smoke-test it with no Python on PATH. Prints the build time, the bundle's size and the
# start-up time of `screenshot` bundled vs from source. docs/packaging.md explains it.
#
#   packaging/build_linux.sh            build (reusing build/bundle-venv when still current)
#   packaging/build_linux.sh --fresh    recreate build/bundle-venv first
#   PYTHON=python3.12 packaging/build_linux.sh    build with another interpreter (3.11+)
#
# Everything it writes is under build/ (the venv, PyInstaller's work folder) and
# dist/neuron-studio/, both gitignored; each run replaces the previous bundle. Not part of the
# tests (.ci/run): it takes a minute or two and downloads wheels the first time.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON="${PYTHON:-python3}"
VENV="$ROOT/build/bundle-venv"
WORK="$ROOT/build/pyinstaller"
BUNDLE="$ROOT/dist/neuron-studio"
EXE="$BUNDLE/neuron-studio"
# The smoke test opens the bundle's own copies: lessons and the digits data must be inside it.
LESSONS="$BUNDLE/_internal/resources/lessons"
LESSON="$LESSONS/02_coffee_roasting.nsnet"
DIGITS="$LESSONS/08_digits_brightness.nsnet"   # reads resources/datasets/digits.csv.gz

now() { echo "$EPOCHREALTIME"; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
fail() { echo "FAIL: $*" >&2; exit 1; }

case "$*" in
    "") ;;
    --fresh) rm -rf "$VENV" ;;
    *) echo "usage: $0 [--fresh]" >&2; exit 2 ;;
esac

started=$(now)

# 1. The build venv: the pinned PyInstaller and runtime versions, the project (editable, so
#    the bundle is built from this checkout). Reused while its inputs are unchanged.
stamp=$(cat packaging/requirements.txt pyproject.toml | sha256sum | cut -c1-16)
stamp="$stamp $("$PYTHON" -c 'import sys; print(sys.version.split()[0])')"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$VENV/.stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "== build venv: $VENV ($("$PYTHON" --version))"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -r packaging/requirements.txt -e .
    echo "$stamp" > "$VENV/.stamp"
else
    echo "== build venv: $VENV (current, reused)"
fi
PY="$VENV/bin/python"

# 2. The bundle.
echo "== pyinstaller packaging/neuron-studio.spec"
built=$(now)
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$WORK" packaging/neuron-studio.spec
# The interpreter's own libraries carry debug information when Python was compiled with -g
# (pyenv does): about 25 MB. Only those are stripped; strip corrupts the wheels' patched
# libraries (NumPy's OpenBLAS then fails to load).
if command -v strip >/dev/null; then
    find "$BUNDLE/_internal" -maxdepth 1 -name 'libpython3*.so*' -type f \
        -exec strip --strip-debug {} +
    find "$BUNDLE/_internal" -path '*/python3.*/lib-dynload/*.so' -type f \
        -exec strip --strip-debug {} +
fi
build_seconds=$(since "$built")
[ -x "$EXE" ] || fail "no $EXE"

# 3. Smoke test: the bundle alone, in an empty environment whose PATH has no Python (an empty
#    folder), offscreen, in a scratch folder; each command's exit code and output checked.
SMOKE=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in ${PIDS[@]+"${PIDS[@]}"}; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$SMOKE"
}
trap cleanup EXIT
mkdir -p "$SMOKE/bin" "$SMOKE/home" "$SMOKE/run" "$SMOKE/out"
chmod 700 "$SMOKE/run"
bundled() {   # run the bundle as a person without Python would
    (cd "$SMOKE/out" && env -i PATH="$SMOKE/bin" HOME="$SMOKE/home" LANG=C.UTF-8 \
        XDG_RUNTIME_DIR="$SMOKE/run" QT_QPA_PLATFORM=offscreen "$EXE" "$@")
}
check() {     # packaging/check_outputs.py, run by the build venv's Python (not the bundle)
    "$PY" "$ROOT/packaging/check_outputs.py" "$@" || fail "$*"
}
(PATH="$SMOKE/bin"; ! command -v python3 python >/dev/null) ||
    fail "a Python is on the smoke test's PATH"
echo "== smoke test: $EXE (PATH=$SMOKE/bin, no Python; offscreen)"

bundled screenshot "$LESSON" --out x.png --size 800x600 || fail "screenshot exit $?"
check png "$SMOKE/out/x.png" 800 600
bundled train "$DIGITS" --epochs 20 --out t.nsnet --quiet || fail "train exit $?"
check nsnet "$SMOKE/out/t.nsnet" 20
bundled record "$LESSON" --epochs 10 --frames 3 --out v.mp4 --view map --quiet ||
    fail "record exit $?"
check mp4 "$SMOKE/out/v.mp4"
bundled handout "$LESSON" --out h.pdf || fail "handout exit $?"
check pdf "$SMOKE/out/h.pdf"
rc=0; bundled train "$LESSON" --epochs many 2>"$SMOKE/err.txt" || rc=$?
[ "$rc" -eq 2 ] || fail "a bad argument exited $rc, not 2"
grep -q "error: argument --epochs" "$SMOKE/err.txt" || fail "bad argument: $(cat "$SMOKE/err.txt")"
echo "ok: bad argument exits 2: $(cat "$SMOKE/err.txt")"
# The app itself: starts, opens the lesson and is still running after 8 s, with nothing on
# stderr (a missing module or plugin would print a traceback or a Qt error and exit) but the
# offscreen platform's own notices that it cannot do what a window manager does
# ("This plugin does not support propagateSizeHints()", "... raise()").
rc=0; timeout 8 env -i PATH="$SMOKE/bin" HOME="$SMOKE/home" LANG=C.UTF-8 \
    XDG_RUNTIME_DIR="$SMOKE/run" QT_QPA_PLATFORM=offscreen "$EXE" "$LESSON" \
    2>"$SMOKE/app.txt" || rc=$?
[ "$rc" -eq 124 ] || fail "the app exited $rc within 8 s: $(cat "$SMOKE/app.txt")"
grep -v "^This plugin does not support [a-zA-Z]*()$" "$SMOKE/app.txt" \
    >"$SMOKE/app-errors.txt" || true
[ ! -s "$SMOKE/app-errors.txt" ] ||
    fail "the app wrote to stderr: $(cat "$SMOKE/app-errors.txt")"
echo "ok: the app starts with the lesson open and keeps running"
# The same on a real X server (Qt's xcb plugin and the X libraries in the bundle), when Xvfb
# is installed; its window must be there (checked with xdotool when installed).
if command -v Xvfb >/dev/null; then
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$SMOKE/display" 2>/dev/null &
    PIDS+=($!)
    for _ in $(seq 50); do [ -s "$SMOKE/display" ] && break; sleep 0.1; done
    display=":$(cat "$SMOKE/display")"
    env -i PATH="$SMOKE/bin" HOME="$SMOKE/home" LANG=C.UTF-8 XDG_RUNTIME_DIR="$SMOKE/run" \
        DISPLAY="$display" "$EXE" "$LESSON" 2>"$SMOKE/x11.txt" &
    app=$!
    PIDS+=("$app")
    sleep 8
    kill -0 "$app" 2>/dev/null || fail "the app on X exited within 8 s: $(cat "$SMOKE/x11.txt")"
    if command -v xdotool >/dev/null; then
        DISPLAY="$display" xdotool search --name "Neuron Studio" >/dev/null ||
            fail "the app on X shows no window"
    fi
    kill "$app"
    [ ! -s "$SMOKE/x11.txt" ] || fail "the app on X wrote to stderr: $(cat "$SMOKE/x11.txt")"
    echo "ok: the app runs on an X server (Xvfb $display), window shown"
else
    echo "skipped: the app on an X server (no Xvfb; apt-get install xvfb xdotool)"
fi

# 4. Figures: start-up to a written screenshot, bundled and from source (best of 3 each).
best_of_3() {
    local best="" t
    for _ in 1 2 3; do
        t=$(now); "$@" >/dev/null 2>&1 || fail "$*"; t=$(since "$t")
        best=$(awk -v a="$t" -v b="${best:-$t}" 'BEGIN { print (a < b ? a : b) }')
    done
    echo "$best"
}
bundled_s=$(best_of_3 bundled screenshot "$LESSON" --out s.png --size 800x600)
source_s=$(best_of_3 env -i PATH="$SMOKE/bin" HOME="$SMOKE/home" LANG=C.UTF-8 \
    XDG_RUNTIME_DIR="$SMOKE/run" QT_QPA_PLATFORM=offscreen \
    "$PY" "$ROOT/main.py" screenshot "$LESSON" --out "$SMOKE/out/s.png" --size 800x600)
ffmpeg_size=$(du -sh "$BUNDLE/_internal/imageio_ffmpeg" | cut -f1)
echo "== bundle: $BUNDLE"
echo "   size:  $(du -sh "$BUNDLE" | cut -f1) (of which ffmpeg: $ffmpeg_size)"
echo "   build: ${build_seconds} s PyInstaller; $(since "$started") s in all with the smoke test"
echo "   screenshot 800x600, best of 3: bundled ${bundled_s} s, python main.py ${source_s} s"
echo "PASS"
