#!/bin/sh
# Run CMD inside a private D-Bus session with an unlocked, throwaway gnome-keyring (Secret Service).
# usage: with-keyring.sh CMD [ARGS...]      (exit status of CMD is propagated)
set -eu
base="$(mktemp -d "${TMPDIR:-/tmp}/kr.XXXXXX")"
mkdir -m 700 "$base/data" "$base/run"
export XDG_DATA_HOME="$base/data" XDG_RUNTIME_DIR="$base/run"
rc=0
dbus-run-session -- sh -c '
  printf %s ci-pass | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
  gkd=$!
  i=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
    i=$((i+1))
    if [ $i -ge 200 ]; then echo "with-keyring: secrets service never appeared" >&2; kill $gkd; exit 97; fi
    sleep 0.05
  done
  rc=0; "$@" || rc=$?
  kill $gkd 2>/dev/null || true; wait $gkd 2>/dev/null || true
  exit $rc' sh "$@" || rc=$?
rm -rf "$base"
exit $rc
