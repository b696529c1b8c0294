#!/usr/bin/env bash
# Idempotent: makes sure Debian's chromium (driven by playwright-core in the HTML report test; no browser
# is ever downloaded) and a Korean font (so screenshots show Hangul; fonts-noto-cjk when none is there) are installed. Installs only what is
# missing, as root with apt-get. Prints the browser version.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if ! (fc-list 2>/dev/null || true) | grep -i -e nanum -e 'noto sans cjk' >/dev/null; then missing+=(fonts-noto-cjk); fi
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "chromium.sh: missing ${missing[*]}; run as root: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "chromium.sh: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
chromium --version 2>/dev/null
