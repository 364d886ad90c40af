#!/usr/bin/env bash
# Packaging check, run by CTest (test "packaging"): validates the desktop entry,
# the AppStream metainfo and the MIME type, then builds the .deb with cpack and
# checks its contents, its dependencies and that the packaged binary runs.
# Usage: check-packaging.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1
build=$2
id=eu.entente.Entente
fail() { echo "check-packaging: $*" >&2; exit 1; }

desktop-file-validate "$src/packaging/$id.desktop"
appstreamcli validate --no-net "$src/packaging/$id.metainfo.xml"
xmllint --noout "$src/packaging/$id.xml"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The MIME type: *.entente.json must map to our type, a sub-class of JSON.
mkdir -p "$work/mime/packages"
cp "$src/packaging/$id.xml" "$work/mime/packages/"
update-mime-database "$work/mime"
grep -q '^60:application/x-entente+json:\*\.entente\.json$' "$work/mime/globs2" \
  || fail "the MIME glob *.entente.json is not registered"
grep -q '^application/x-entente+json application/json$' "$work/mime/subclasses" \
  || fail "application/x-entente+json is not a sub-class of application/json"

# The ids must agree: desktop file name, metainfo launchable, icon, and the id
# the program gives Qt (setDesktopFileName).
grep -q "^Icon=$id$" "$src/packaging/$id.desktop" || fail "desktop Icon is not $id"
grep -q "<project_license>MIT</project_license>" "$src/packaging/$id.metainfo.xml" \
  || fail "metainfo does not declare project_license MIT"
grep -q "^MIT License" "$src/LICENSE" || fail "LICENSE is not the MIT licence"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$src/packaging/$id.metainfo.xml" \
  || fail "metainfo launchable is not $id.desktop"
grep -q "applicationId\[\] = u\"$id\"" "$src/src/cli/commandline.h" \
  || fail "the program's desktop file name is not $id"
for size in 16 24 32 48 64 128 256 512; do
  png="$src/packaging/icons/hicolor/${size}x${size}/apps/$id.png"
  file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG"
done

# The Debian package.
(cd "$build" && cpack -G DEB -B "$work/deb" >"$work/cpack.log" 2>&1) \
  || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
deb=$(ls "$work"/deb/entente_*.deb)
echo "built $(basename "$deb")"
dpkg-deb -c "$deb" | awk '{print $6}' | sort >"$work/contents"
cat "$work/contents"
for path in ./usr/bin/entente \
            ./usr/share/applications/$id.desktop \
            ./usr/share/metainfo/$id.metainfo.xml \
            ./usr/share/mime/packages/$id.xml \
            ./usr/share/icons/hicolor/scalable/apps/$id.svg \
            ./usr/share/icons/hicolor/48x48/apps/$id.png \
            ./usr/share/icons/hicolor/256x256/apps/$id.png \
            ./usr/share/doc/entente/copyright; do
  grep -qx "$path" "$work/contents" || fail "$path is missing from the package"
done
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
dpkg-deb -x "$deb" "$work/root"
# dpkg-shlibdeps must have found every Qt library the binary links
# (libQt6Widgets.so.6 -> libqt6widgets6), and the plugins it cannot see are
# listed explicitly.
needed=$(objdump -p "$work/root/usr/bin/entente" | awk '/NEEDED/ && $2 ~ /^libQt6/ {print $2}')
[ -n "$needed" ] || fail "the packaged binary links no Qt library?"
for lib in $needed; do
  package=$(sed 's/\.so\.\([0-9]*\)$/\1/' <<<"$lib" | tr 'A-Z' 'a-z')
  grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package (for $lib)"
done
for package in libqt6svg6 qt6-qpa-plugins libc6; do
  grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done

# Its dependencies resolve on this Debian (a simulation: nothing is installed).
if command -v apt-get >/dev/null; then
  apt-get install -s "$deb" >"$work/apt.log" 2>&1 && grep -q '^Inst entente ' "$work/apt.log" \
    || { cat "$work/apt.log" >&2; fail "apt-get cannot install the package"; }
fi

# The packaged program runs.
version=$(env -u DISPLAY -u WAYLAND_DISPLAY "$work/root/usr/bin/entente" --version)
[ "$version" = "entente $(dpkg-deb -f "$deb" Version)" ] || fail "entente --version says '$version'"
echo "packaged binary: $version"
