#!/bin/sh
# Runs a command with a Secret Service of its own, never the user's:
#
#   private-keyring.sh COMMAND [ARGS...]
#
# gnome-keyring-daemon on a private D-Bus session bus (dbus-run-session), unlocked with a throwaway password,
# keeping its keyrings and sockets in a temporary home (HOME and the XDG folders), removed afterwards. The
# command's exit code is the script's.
set -eu
home=$(mktemp -d "${TMPDIR:-/tmp}/boxkeeper-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/data" "$home/config" "$home/cache"
mkdir -m 0700 "$home/runtime"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
    XDG_RUNTIME_DIR="$home/runtime"
rc=0
dbus-run-session -- sh -c '
    printf pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null || {
        echo "gnome-keyring-daemon did not start" >&2
        exit 1
    }
    exec "$@"' sh "$@" || rc=$?
exit $rc
