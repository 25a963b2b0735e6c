#!/bin/sh
# TEST DOUBLE, never part of the product: the login shell of the BYOH test peers' Windows account.
# sshd runs it as `simulated-windows-shell.sh -c '<command>'`; each peer's sshd_config sets the
# variables (SetEnv), and simulated-windows-shell.ts answers as the peer's Windows host would.
exec "$BYOH_SIM_NODE" --import "$BYOH_SIM_TSX" "$BYOH_SIM_SHELL" "$@"
