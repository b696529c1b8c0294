#!/usr/bin/env bash
# Idempotent: makes sure Debian's OpenSSH server and client are installed, for the ssh integration tests
# (fixtures/sshd-fixture.ts starts an sshd of its own on 127.0.0.1, ports 22220-22239, with a throwaway
# key pair; nothing here starts a daemon or touches ~/.ssh). Installs only what is missing, as root with
# apt-get. Prints the sshd version.
set -euo pipefail
missing=()
[ -x /usr/sbin/sshd ] || missing+=(openssh-server)
command -v ssh >/dev/null 2>&1 || missing+=(openssh-client)
command -v ssh-keygen >/dev/null 2>&1 || missing+=(openssh-client)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "sshd.sh: missing ${missing[*]}; run as root: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "sshd.sh: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  # Debian's postinst would start the system's sshd on port 22: policy-rc.d keeps it stopped.
  policy_rc=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && policy_rc=1
  fi
  apt-get update -qq >/dev/null 2>&1 || { echo "sshd.sh: apt-get update failed" >&2; exit 1; }
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || { [ -n "$policy_rc" ] && rm -f /usr/sbin/policy-rc.d; echo "sshd.sh: apt-get install ${missing[*]} failed" >&2; exit 1; }
  [ -n "$policy_rc" ] && rm -f /usr/sbin/policy-rc.d
fi
# sshd refuses to start without its privilege-separation directory
[ -d /run/sshd ] || mkdir -p /run/sshd 2>/dev/null || true
/usr/sbin/sshd -V 2>&1 | head -n 1 || true
