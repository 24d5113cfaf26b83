#!/usr/bin/env bash
# Installs the Debian packages that some tests use: PostgreSQL (store and API tests on a real server) and
# Chromium (dashboard tests in a real headless browser). Tests that need them skip with a message when absent.
set -u
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "sysdeps: ${need[*]} not installed and cannot install here (needs root and apt-get); those tests will skip" >&2
  exit 0
fi
echo "sysdeps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
  || echo "sysdeps: could not install ${need[*]}; those tests will skip" >&2
