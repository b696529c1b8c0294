#!/usr/bin/env bash
# Makes sure a Docker engine answers on this machine. Idempotent:
# - nothing to do when `docker info` already answers;
# - otherwise, as root on Debian: install docker.io (and busybox-static for the stand-in images)
#   when missing, start dockerd in the background and wait (bounded) until it answers.
# Exits non-zero with one clear line when it can't.
set -u
WAIT_SECONDS="${DOCKGRADE_ENGINE_WAIT:-60}"
LOG="${DOCKGRADE_DOCKERD_LOG:-/var/log/dockgrade-dockerd.log}"

say() { echo "docker-engine: $*" >&2; }

engine_answers() { command -v docker >/dev/null 2>&1 && timeout 10 docker info >/dev/null 2>&1; }

need_busybox() { [ -x /bin/busybox ] || [ -x /usr/bin/busybox ]; }

if engine_answers && need_busybox; then
  say "engine already answers"
  exit 0
fi

if [ "$(id -u)" != "0" ]; then
  if engine_answers; then exit 0; fi
  say "no Docker engine answers and this is not root: start Docker yourself (e.g. 'sudo systemctl start docker') or run this script as root"
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  if engine_answers; then exit 0; fi
  say "no Docker engine answers and apt-get is missing: install and start Docker for your system"
  exit 1
fi

missing=()
command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
need_busybox || missing+=(busybox-static)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null 2>&1 || { say "apt-get update failed"; exit 1; }
  apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || { say "apt-get install ${missing[*]} failed"; exit 1; }
fi

if engine_answers; then say "engine answers"; exit 0; fi

if ! pgrep -x dockerd >/dev/null 2>&1; then
  say "starting dockerd (log: $LOG)"
  mkdir -p "$(dirname "$LOG")"
  nohup dockerd >"$LOG" 2>&1 &
fi

for _ in $(seq 1 "$WAIT_SECONDS"); do
  if engine_answers; then say "engine answers"; exit 0; fi
  sleep 1
done
say "dockerd did not answer within ${WAIT_SECONDS}s; see $LOG"
tail -n 5 "$LOG" >&2 2>/dev/null
exit 1
