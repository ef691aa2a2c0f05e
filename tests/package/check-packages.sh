#!/usr/bin/env bash
# The Debian packages of a build tree, checked (ctest label "package"):
#   - CPack makes boxkeeper_<version>_<arch>.deb and boxkeeper-agent_<version>_<arch>.deb, with the shared
#     libraries' packages in Depends (shlibdeps) and every file under /etc marked as a conffile;
#   - lintian reports no error, and every warning it gives is named in packaging/README.md (where it is justified);
#   - the agent's package installs with dpkg into a throw-away root: binary, man page, systemd units, fail2ban
#     filter and jail, nginx snippet in place; `systemd-analyze verify` accepts its units without a word, and
#     `systemd-analyze security` rates each service's exposure 5.0 or less;
#   - the desktop package's .desktop file and AppStream metainfo pass desktop-file-validate and appstreamcli
#     validate, its icon is there as SVG and as PNGs of the sizes named, its man page too.
# Nothing outside a temporary folder is touched: the maintainer scripts do nothing in a foreign root (DPKG_ROOT).
#
# usage: check-packages.sh BUILD_DIR PACKAGING_README
set -uo pipefail

BUILD=$1
README=$2
WORK=$(mktemp -d "${TMPDIR:-/tmp}/boxkeeper-package-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
FAILURES=0

fail() {
    echo "FAIL: $*" >&2
    FAILURES=$((FAILURES + 1))
}

step() { echo "== $*"; }

for tool in cpack dpkg dpkg-deb dpkg-shlibdeps lintian systemd-analyze desktop-file-validate appstreamcli gzip; do
    if ! command -v "$tool" >/dev/null; then
        echo "FAIL: $tool is not installed (./dev deps installs it)" >&2
        exit 1
    fi
done

step "cpack (DEB, components desktop and agent) on $BUILD"
if ! cpack --config "$BUILD/CPackConfig.cmake" -G DEB -B "$WORK/debs" >"$WORK/cpack.log" 2>&1; then
    cat "$WORK/cpack.log" >&2
    echo "FAIL: cpack failed" >&2
    exit 1
fi
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$BUILD/CPackConfig.cmake")
arch=$(dpkg --print-architecture)
DESKTOP="$WORK/debs/boxkeeper_${version}-1_${arch}.deb"
AGENT="$WORK/debs/boxkeeper-agent_${version}-1_${arch}.deb"
for deb in "$DESKTOP" "$AGENT"; do
    if [[ ! -f "$deb" ]]; then
        echo "FAIL: no $(basename "$deb"); cpack made: $(cd "$WORK/debs" && echo *.deb)" >&2
        exit 1
    fi
    echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB"
done

step "control fields and conffiles"
for deb in "$DESKTOP" "$AGENT"; do
    depends=$(dpkg-deb -f "$deb" Depends)
    [[ "$depends" == *libqt6core6* && "$depends" == *libc6* ]] ||
        fail "$(basename "$deb"): Depends lacks the shared libraries' packages (shlibdeps): $depends"
    # Every file under /etc is a conffile, and every conffile is such a file.
    etc_files=$(dpkg-deb --fsys-tarfile "$deb" | tar -tv | awk '$1 !~ /^d/ {print $NF}' | sed -n 's|^\./etc/|/etc/|p' |
        sort)
    conffiles=$(dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles 2>/dev/null | sort)
    [[ "$etc_files" == "$conffiles" ]] ||
        fail "$(basename "$deb"): files under /etc [$etc_files] differ from conffiles [$conffiles]"
done
[[ $(dpkg-deb -f "$AGENT" Depends) == *libqt6sql6-sqlite* ]] || fail "the agent does not depend on Qt's SQLite driver"
[[ $(dpkg-deb -f "$DESKTOP" Depends) == *qt6-qpa-plugins* ]] || fail "the app does not depend on Qt's platform plugins"

step "lintian"
lintian --fail-on error --tag-display-limit 0 "$DESKTOP" "$AGENT" >"$WORK/lintian.log" 2>"$WORK/lintian.err"
rc=$?
cat "$WORK/lintian.log"
if [[ $rc -ne 0 ]]; then
    cat "$WORK/lintian.err" >&2
    fail "lintian reports errors (exit $rc)"
fi
# A warning is allowed only where packaging/README.md names (and justifies) it.
while read -r tag; do
    grep -q -- "\`$tag\`" "$README" || fail "lintian warning $tag is not listed in packaging/README.md"
done < <(sed -n 's/^W: [^ ]*: \([^ ]*\).*/\1/p' "$WORK/lintian.log" | sort -u)

step "the agent's package installed into a throw-away root (dpkg --root)"
ROOT="$WORK/root"
mkdir -p "$ROOT/var/lib/dpkg/info" "$ROOT/var/lib/dpkg/updates" "$ROOT/var/lib/dpkg/triggers"
touch "$ROOT/var/lib/dpkg/status" "$ROOT/var/lib/dpkg/available"
# --path-include: every file, whatever path-exclude the machine's dpkg configuration has (e.g. for man pages).
if ! dpkg --root="$ROOT" --log="$WORK/dpkg.log" --force-depends --force-script-chrootless --force-not-root \
    --path-include='*' -i "$AGENT" >"$WORK/dpkg.out" 2>&1; then
    cat "$WORK/dpkg.out" >&2
    fail "dpkg could not install the agent's package"
fi
dpkg --root="$ROOT" -s boxkeeper-agent 2>/dev/null | grep -q '^Status: install ok installed$' ||
    fail "boxkeeper-agent is not installed in the throw-away root"
for f in usr/sbin/boxkeeper-agent usr/libexec/boxkeeper-agent/apt-get usr/share/man/man8/boxkeeper-agent.8.gz \
    lib/systemd/system/boxkeeper-agent.service lib/systemd/system/boxkeeper-agent-daily.service \
    lib/systemd/system/boxkeeper-agent-daily.timer etc/fail2ban/filter.d/boxkeeper-agent.conf \
    etc/fail2ban/jail.d/boxkeeper-agent.conf etc/nginx/snippets/boxkeeper-agent.conf \
    usr/share/doc/boxkeeper-agent/copyright usr/share/doc/boxkeeper-agent/changelog.Debian.gz; do
    [[ -f "$ROOT/$f" ]] || fail "/$f is missing from the agent's package"
done
for f in usr/sbin/boxkeeper-agent usr/libexec/boxkeeper-agent/apt-get; do
    [[ -x "$ROOT/$f" ]] || fail "/$f is not executable"
done
agent_version=$("$ROOT/usr/sbin/boxkeeper-agent" --version 2>&1)
[[ "$agent_version" == "boxkeeper-agent $version" ]] ||
    fail "the packaged agent's --version says \"$agent_version\", not \"boxkeeper-agent $version\""
# help2man escapes the dashes: "\-\-plain\-http".
zcat "$ROOT/usr/share/man/man8/boxkeeper-agent.8.gz" | grep -qF 'plain\-http' ||
    fail "the agent's man page does not describe --plain-http"
dpkg --root="$ROOT" -s boxkeeper-agent | grep -q '^ /etc/fail2ban/jail.d/boxkeeper-agent.conf [0-9a-f]*$' ||
    fail "dpkg did not record the fail2ban jail as a conffile"

step "systemd-analyze verify (the machine's targets copied into the root; man pages from the root)"
cp -a /lib/systemd/system/*.target "$ROOT/lib/systemd/system/"
units=(boxkeeper-agent.service boxkeeper-agent-daily.service boxkeeper-agent-daily.timer)
man_check=()
command -v man >/dev/null || man_check=(--man=no)
MANPATH="$ROOT/usr/share/man" systemd-analyze verify --root="$ROOT" "${man_check[@]}" "${units[@]}" \
    >"$WORK/verify.log" 2>&1
rc=$?
# Unknown keys and bad values are only warned about (exit 0): any word from it is a failure.
if [[ $rc -ne 0 || -s "$WORK/verify.log" ]]; then
    cat "$WORK/verify.log" >&2
    fail "systemd-analyze verify does not accept the units (exit $rc)"
fi

step "systemd-analyze security (exposure 5.0 at most)"
for unit in boxkeeper-agent.service boxkeeper-agent-daily.service; do
    systemd-analyze security --offline=true --root="$ROOT" --threshold=50 --no-pager "$unit" >"$WORK/security.log" 2>&1
    rc=$?
    grep 'Overall exposure level' "$WORK/security.log" || cat "$WORK/security.log" >&2
    [[ $rc -eq 0 ]] || fail "$unit: exposure above 5.0, or systemd-analyze security failed (exit $rc)"
done

step "the desktop package's files"
DESK="$WORK/desktop"
dpkg-deb -x "$DESKTOP" "$DESK"
for f in usr/bin/boxkeeper usr/share/applications/boxkeeper.desktop \
    usr/share/metainfo/io.github.boxkeeper.Boxkeeper.metainfo.xml usr/share/icons/hicolor/scalable/apps/boxkeeper.svg \
    usr/share/man/man1/boxkeeper.1.gz usr/share/doc/boxkeeper/copyright usr/share/doc/boxkeeper/changelog.Debian.gz; do
    [[ -f "$DESK/$f" ]] || fail "/$f is missing from the desktop package"
done
for size in 16 32 48 64 128 256; do
    png="$DESK/usr/share/icons/hicolor/${size}x${size}/apps/boxkeeper.png"
    if [[ ! -f "$png" ]]; then
        fail "no ${size}x${size} icon"
        continue
    fi
    # PNG: width and height are the big-endian words at bytes 16 and 20.
    read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
    [[ "$w" == "$size" && "$h" == "$size" ]] || fail "the ${size}x${size} icon is ${w}x${h}"
done
desktop-file-validate "$DESK/usr/share/applications/boxkeeper.desktop" >"$WORK/desktop.log" 2>&1
rc=$?
if [[ $rc -ne 0 || -s "$WORK/desktop.log" ]]; then
    cat "$WORK/desktop.log" >&2
    fail "desktop-file-validate does not accept boxkeeper.desktop"
fi
if ! appstreamcli validate --no-net --no-color "$DESK/usr/share/metainfo/io.github.boxkeeper.Boxkeeper.metainfo.xml" \
    >"$WORK/appstream.log" 2>&1; then
    cat "$WORK/appstream.log" >&2
    fail "appstreamcli validate does not accept the metainfo"
fi
zcat "$DESK/usr/share/man/man1/boxkeeper.1.gz" | grep -qF 'trust\-fingerprint' ||
    fail "the app's man page does not describe --trust-fingerprint"

if [[ $FAILURES -ne 0 ]]; then
    echo "$FAILURES check(s) failed" >&2
    exit 1
fi
echo "All package checks passed."
