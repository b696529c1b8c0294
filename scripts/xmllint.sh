#!/usr/bin/env bash
# Idempotent: makes sure xmllint (Debian libxml2-utils) is installed, which the tests use to validate
# every JUnit report against Jenkins' junit-10.xsd (fixtures/junit/). Installs only when it is missing,
# as root with apt-get. Prints the xmllint version.
set -euo pipefail
if ! command -v xmllint >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "xmllint.sh: xmllint is missing; run as root: apt-get install -y libxml2-utils" >&2
    exit 1
  fi
  echo "xmllint.sh: installing libxml2-utils"
  export DEBIAN_FRONTEND=noninteractive
  # The package lists may be missing or stale on a fresh machine: refresh them only if the install fails.
  apt-get install -y -qq --no-install-recommends libxml2-utils >/dev/null 2>&1 || {
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends libxml2-utils >/dev/null
  }
fi
# sed reads to the end: with head, xmllint could die of SIGPIPE and pipefail would fail the script (exit 141)
xmllint --version 2>&1 | sed -n 1p
