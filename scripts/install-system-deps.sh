#!/usr/bin/env bash
# Install the Debian packages FieldKit needs, only those missing. Used by `make setup`.
set -euo pipefail
PACKAGES=(
  python3-venv make
  # Qt's platform plugins (xcb for a desktop, offscreen for tests) and fonts
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 fonts-dejavu-core
  # QtMultimedia (PySide6-Addons) links PulseAudio's client library: playing audio exhibits
  libpulse0
  # reading PDFs back, checking them, verifying minisign signatures, screenshots under Xvfb
  poppler-utils qpdf minisign xvfb xauth
)
command -v dpkg-query >/dev/null 2>&1 || { echo "Not a Debian system: install the equivalents of: ${PACKAGES[*]}"; exit 0; }
missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ "${#missing[@]}" -eq 0 ] && exit 0
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Missing Debian packages (run as root): apt-get install ${missing[*]}" >&2; exit 1
  fi
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
