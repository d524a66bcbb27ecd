#!/usr/bin/env bash
# Runs every test of the fund engine on a fresh machine: installs what the tests need where it is
# missing (Debian's chromium and chromium-driver for the browser tests), then runs ./mvnw -B verify.
# Extra arguments go to Maven, e.g. ./test.sh -pl ledger
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} for the browser tests"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

exec ./mvnw -B verify "$@"
