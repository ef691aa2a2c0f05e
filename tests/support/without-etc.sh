#!/bin/sh
# Runs a test with parts of /etc hidden, to prove that it reads no system-wide configuration:
#
#   without-etc.sh [--read-only DIR]... /etc/postfix /etc/dovecot -- COMMAND [ARGS...]
#
# Each folder given gets an empty tmpfs mounted over it, in a mount namespace of the command's own, so nothing
# else on the machine sees the change and nothing needs restoring. A folder that does not exist is already
# "hidden". Each --read-only folder (e.g. /etc, /var) is then made read-only in that namespace, proving the test
# writes nothing there. Exits 77 (ctest: skipped) where a mount namespace cannot be made (not root, or a chroot
# whose / is not a mount point).
set -eu
dirs=""
readonly_dirs=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    if [ "$1" = "--read-only" ]; then
        readonly_dirs="$readonly_dirs $2"
        shift 2
        continue
    fi
    dirs="$dirs $1"
    shift
done
[ $# -gt 1 ] || { echo "usage: $0 [--read-only DIR]... DIR... -- COMMAND [ARGS...]" >&2; exit 2; }
shift
if [ "$(id -u)" -ne 0 ] || ! unshare -m --propagation private true 2>/dev/null; then
    echo "skipped: cannot make a mount namespace here (needs root, and / a mount point)"
    exit 77
fi
exec unshare -m --propagation private sh -c '
    set -e
    dirs=$1
    readonly_dirs=$2
    shift 2
    for d in $dirs; do
        if [ -d "$d" ]; then
            mount -t tmpfs -o size=1m,mode=0755 boxkeeper-hidden "$d"
        fi
    done
    for d in $readonly_dirs; do
        mount --rbind "$d" "$d"
        mount -o remount,bind,ro "$d"
    done
    exec "$@"' sh "$dirs" "$readonly_dirs" "$@"
