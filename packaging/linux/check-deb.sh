#!/usr/bin/env bash
# Build the .deb from a configured build tree, install it on this machine, check the installed
# application, then remove the package again (also when a check fails).
#
#   packaging/linux/check-deb.sh BUILD_DIR      e.g. build/ci after `./run test`
#
# Checks: the package's Depends; the three programs answer --version; `cessio --demo` starts under
# xvfb-run and saves a screenshot by itself; the desktop file and AppStream metainfo validate; the
# icons are installed. Exits non-zero when any check fails. Needs apt (sudo when not root), xvfb-run,
# desktop-file-validate and appstreamcli (./run installs them all).
# CHECK_DEB_SCREENSHOT=FILE keeps a copy of the screenshot.
set -uo pipefail

app_id=org.cessio.Cessio
package=cessio
icon_sizes=(16 22 24 32 48 64 128 256 512)

if [ $# -ne 1 ] || [ ! -f "$1/CMakeCache.txt" ]; then
    echo "usage: $0 BUILD_DIR   (a configured CMake build tree)" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

passed=0
failed=0
ok() { echo "ok    $*"; passed=$((passed + 1)); }
bad() { echo "FAIL  $*"; failed=$((failed + 1)); }
check() { # check DESCRIPTION COMMAND...: passes when COMMAND succeeds; its output is shown on failure
    local description="$1" output
    shift
    if output=$("$@" 2>&1); then
        ok "$description"
    else
        bad "$description"
        [ -z "$output" ] || printf '%s\n' "$output" | sed 's/^/      /'
    fi
}
die() { echo "FAIL  $*"; failed=$((failed + 1)); exit 1; }

for tool in cmake cpack dpkg-deb apt-get xvfb-run desktop-file-validate appstreamcli readelf timeout od; do
    command -v "$tool" >/dev/null || die "$tool is missing (./run test installs what this script needs)"
done

work=$(mktemp -d)
installed_by_us=0
# Runs on every exit: removes the package when this script installed it, then prints the summary
# as the last line ("check-deb: N passed, N failed").
cleanup() {
    local status=$?
    if [ "$installed_by_us" -eq 1 ]; then
        echo "check-deb: removing $package"
        if DEBIAN_FRONTEND=noninteractive $sudo apt-get purge -y -qq "$package" >"$work/purge.log" 2>&1 \
            && [ ! -e /usr/bin/cessio ]; then
            ok "package removed, /usr/bin/cessio gone"
        else
            bad "could not remove $package:"
            sed 's/^/      /' "$work/purge.log"
        fi
    fi
    rm -rf "$work"
    echo "check-deb: $passed passed, $failed failed"
    [ "$failed" -eq 0 ] || status=1
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "check-deb: building the package contents in $build_dir"
cmake --build "$build_dir" --target cessio_package_contents >"$work/build.log" 2>&1 \
    || { tail -40 "$work/build.log"; die "build of cessio_package_contents"; }
echo "check-deb: cpack -G DEB"
(cd "$build_dir" && cpack -G DEB -B "$work/cpack") >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; die "cpack -G DEB"; }
deb=$(find "$work/cpack" -maxdepth 1 -name "${package}_*.deb" | head -n 1)
[ -n "$deb" ] || die "cpack produced a ${package}_*.deb"

echo "package  $(basename "$deb"), $(stat -c %s "$deb") bytes, installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
for field in Version Depends Recommends Section; do
    printf '%-8s %s\n' "$field" "$(dpkg-deb -f "$deb" "$field")"
done
depends=$(dpkg-deb -f "$deb" Depends)
for needed in qt6-qpa-plugins libsecret-1-0 libqt6svg6 libqt6core6; do
    check "Depends names $needed" grep -Eq "(^|, )$needed( |,|$)" <<<"$depends"
done
version=$(dpkg-deb -f "$deb" Version)

if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    echo "check-deb: note: $package $(dpkg-query -W -f='${Version}' "$package") was installed; it is replaced and removed at the end"
fi
echo "check-deb: apt-get install $deb"
installed_by_us=1
apt_install() { DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$deb" >>"$work/install.log" 2>&1; }
# A dependency not on the machine yet may need fresh package lists: update once and retry.
apt_install || { $sudo apt-get update -qq >>"$work/install.log" 2>&1 && apt_install; } \
    || { cat "$work/install.log"; die "apt-get install of the .deb"; }
is_installed() { [ "$(dpkg-query -W -f='${Status} ${Version}' "$package")" = "install ok installed $version" ]; }
check "dpkg reports $package $version installed" is_installed

export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
no_runpath() { [ -x "$1" ] && ! readelf -d "$1" | grep -Eq 'RUNPATH|RPATH'; }
for program in cessio cessio-cli cessio-sandbox; do
    check "/usr/bin/$program installed, without RUNPATH" no_runpath "/usr/bin/$program"
done
# QApplication needs a platform even for --version; offscreen stands in for a display.
# The output is captured first: `grep -q` stopping early would kill a `tee` in a pipefail pipeline.
prints_version() {
    local out
    out=$(QT_QPA_PLATFORM=offscreen timeout 30 "$1" --version 2>/dev/null) || return 1
    echo "      $out"
    grep -qF -- "$version" <<<"$out"
}
for program in cessio cessio-cli cessio-sandbox; do
    check "$program --version prints $version" prints_version "$program"
done

# Width and height from a PNG's IHDR chunk.
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{ print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'; }
is_png() { [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ]; }

shot="$work/cessio-demo.png"
check "cessio --demo --grab starts under xvfb-run and exits by itself" \
    timeout 90 xvfb-run -a -s "-screen 0 1280x1024x24" cessio --demo --grab "$shot"
if [ -s "$shot" ]; then
    read -r width height <<<"$(png_size "$shot")"
    bytes=$(stat -c %s "$shot")
    echo "      screenshot ${width}x${height}, $bytes bytes"
    big_enough() { [ "$width" -ge 640 ] && [ "$height" -ge 400 ]; }
    check "screenshot is a PNG" is_png "$shot"
    check "screenshot is at least 640x400" big_enough
    # A blank window compresses to a few KB; menus, banner and text take far more.
    check "screenshot is not blank ($bytes bytes > 8000)" test "$bytes" -gt 8000
    [ -n "${CHECK_DEB_SCREENSHOT:-}" ] && cp "$shot" "$CHECK_DEB_SCREENSHOT" && echo "      kept as $CHECK_DEB_SCREENSHOT"
else
    bad "screenshot $shot was saved"
fi

desktop=/usr/share/applications/$app_id.desktop
metainfo=/usr/share/metainfo/$app_id.metainfo.xml
check "desktop-file-validate $desktop" desktop-file-validate "$desktop"
check "appstreamcli validate --no-net $metainfo" appstreamcli validate --no-net "$metainfo"
names_app() { grep -qx "Icon=$app_id" "$desktop" && grep -qx 'Exec=cessio' "$desktop" && grep -qx 'Categories=Office;Finance;' "$desktop"; }
check "desktop file: Icon=$app_id, Exec=cessio, Categories=Office;Finance;" names_app
check "icon hicolor/scalable/apps/$app_id.svg" test -s "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
icon_of_size() { is_png "$1" && [ "$(png_size "$1")" = "$2 $2" ]; }
for size in "${icon_sizes[@]}"; do
    check "icon hicolor/${size}x${size}/apps/$app_id.png is ${size}x${size}" \
        icon_of_size "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" "$size"
done
check "copyright in /usr/share/doc/$package" test -s "/usr/share/doc/$package/copyright"

[ "$failed" -eq 0 ]
