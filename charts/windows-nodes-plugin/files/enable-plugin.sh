#!/bin/sh
# Adds $PLUGIN_NAME to consoles.operator.openshift.io/cluster spec.plugins unless it is already there.
# The JSON patch first tests the resourceVersion that was read, so a concurrent change to the Console (another
# plugin being enabled) makes the patch fail and the loop reads again instead of overwriting that change.
# Only PLUGIN_NAME (a DNS name, checked by the chart's schema) and the resourceVersion go into the patch.
set -eu

attempt=1
while :; do
  state="$(kubectl get consoles.operator.openshift.io cluster \
    -o go-template='{{.metadata.resourceVersion}}{{"\n"}}{{range .spec.plugins}}{{.}}{{"\n"}}{{end}}')"
  resource_version="$(printf '%s\n' "$state" | head -n 1)"
  plugins="$(printf '%s\n' "$state" | tail -n +2)"

  if printf '%s\n' "$plugins" | grep -qxF "$PLUGIN_NAME"; then
    echo "Plugin $PLUGIN_NAME is already enabled."
    exit 0
  fi

  if [ -z "$plugins" ]; then
    add="{\"op\":\"add\",\"path\":\"/spec/plugins\",\"value\":[\"$PLUGIN_NAME\"]}"
  else
    add="{\"op\":\"add\",\"path\":\"/spec/plugins/-\",\"value\":\"$PLUGIN_NAME\"}"
  fi
  test_version="{\"op\":\"test\",\"path\":\"/metadata/resourceVersion\",\"value\":\"$resource_version\"}"

  if kubectl patch consoles.operator.openshift.io cluster --type=json -p "[$test_version,$add]"; then
    echo "Plugin $PLUGIN_NAME enabled."
    exit 0
  fi
  if [ "$attempt" -ge 5 ]; then
    echo "Could not enable plugin $PLUGIN_NAME after $attempt attempts." >&2
    exit 1
  fi
  attempt=$((attempt + 1))
  sleep 2
done
