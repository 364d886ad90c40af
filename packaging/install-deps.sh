#!/bin/sh
# Installs the Debian 12 packages that building, running and testing Entente
# need. Runs apt-get as root (through sudo when started as a user).
set -eu
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  g++ cmake ninja-build pkg-config file \
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools \
  qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libqt6svg6 \
  libboost-graph-dev libgraphviz-dev graphviz libsimdjson-dev \
  libgl-dev libpng-dev fonts-dejavu-core \
  python3 python3-networkx poppler-utils desktop-file-utils appstream \
  xvfb xauth \
  dpkg-dev binutils libxml2-utils shared-mime-info \
  clang-tidy cppcheck >/dev/null
