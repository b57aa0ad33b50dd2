#!/usr/bin/env bash
# Rasterises the app icons from their SVG sources with the system Chromium (headless screenshot).
# Run once after changing an icon; the PNGs are committed, so builds need neither this script nor a rasteriser.
#
#   public/favicon.svg          the logo (rounded square)       -> icons/icon-192.png, icons/icon-512.png
#   public/icons/maskable.svg   full-bleed, logo in the safe zone -> icons/maskable-192.png, maskable-512.png,
#                                                                    icons/apple-touch-icon.png (180, iOS rounds it)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# render SOURCE_SVG SIZE OUTPUT_PNG
render() {
  local svg="$1" size="$2" out="$3"
  # A transparent page holding only the SVG at the exact pixel size.
  printf '<!doctype html><html><head><style>html,body{margin:0;background:transparent}img{display:block;width:%spx;height:%spx}</style></head><body><img src="%s"></body></html>' \
    "$size" "$size" "file://$PWD/$svg" >"$work/page.html"
  "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --hide-scrollbars --force-device-scale-factor=1 --default-background-color=00000000 \
    --window-size="$size,$size" --screenshot="$work/shot.png" "file://$work/page.html" >/dev/null 2>&1
  mv "$work/shot.png" "$out"
  echo "wrote $out"
}

render public/favicon.svg 192 public/icons/icon-192.png
render public/favicon.svg 512 public/icons/icon-512.png
render public/icons/maskable.svg 192 public/icons/maskable-192.png
render public/icons/maskable.svg 512 public/icons/maskable-512.png
render public/icons/maskable.svg 180 public/icons/apple-touch-icon.png
