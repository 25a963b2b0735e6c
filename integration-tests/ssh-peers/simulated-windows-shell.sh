#!/bin/bash
# TEST DOUBLE, never part of the product: the login shell of the BYOH test peers' Windows account.
# sshd runs it as `simulated-windows-shell.sh -c '<command>'`. It forwards its arguments and the peer's
# directory (sshd_config SetEnv) to the simulated shell service, prints the answer and exits with its
# code; the service answers as the peer's Windows host would (simulated-windows-shell.ts).
exec 3<>"/dev/tcp/127.0.0.1/$BYOH_SIM_SHELL_PORT" || exit 1
printf '%s\0%s\0%s\0' "$BYOH_SIM_HOST_DIR" "$1" "$2" >&3
IFS= read -r status <&3
# The host's SSH session dies mid-command: this shell's parent is the session's sshd process.
[ "$status" = kill-session ] && exec kill -KILL "$PPID"
cat <&3
exit "$status"
