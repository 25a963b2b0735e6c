#!/usr/bin/env bash
# Lints and renders charts/windows-nodes-plugin with its defaults and with the ServiceMonitor enabled, then
# checks the rendered objects with integration-tests/chart/chart.test.ts. No binary downloads reach these
# machines, so helm is built from its Go module once and cached outside the repository.
set -euo pipefail

# The newest v3 release whose go.mod (`go 1.26.0`) the machines' Go toolchain satisfies; GOTOOLCHAIN=local
# keeps go from fetching a newer toolchain instead.
HELM_VERSION=v3.22.0
# Kubernetes of OpenShift 4.22; without it helm assumes 1.20, which the chart refuses (OpenShift < 4.19).
KUBE_VERSION=1.35.0

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
helm_dir="${XDG_CACHE_HOME:-$HOME/.cache}/windows-nodes-plugin/helm-$HELM_VERSION"
helm="$helm_dir/helm"

if [[ ! -x $helm ]]; then
  echo "helm-check: building helm $HELM_VERSION into $helm_dir (first run only)" >&2
  mkdir -p "$helm_dir"
  GOTOOLCHAIN=local CGO_ENABLED=0 GOBIN="$helm_dir" \
    go install -trimpath "helm.sh/helm/v3/cmd/helm@$HELM_VERSION"
fi

cd "$repo_root"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# lint_and_render OUTPUT [helm flags...]: lints the chart with the flags and renders it into OUTPUT.
lint_and_render() {
  local output="$1"
  shift
  local chart=charts/windows-nodes-plugin release=(--namespace windows-nodes --kube-version "$KUBE_VERSION")
  "$helm" lint "$chart" --strict "${release[@]}" "$@"
  "$helm" template wn "$chart" "${release[@]}" "$@" > "$output"
}

lint_and_render "$tmp/rendered.yaml"
lint_and_render "$tmp/rendered-with-monitoring.yaml" --set metrics.serviceMonitor.enabled=true

# The oldest OpenShift the chart accepts (4.19: Kubernetes 1.32), and the newest it refuses (4.18: 1.31).
"$helm" template wn charts/windows-nodes-plugin --namespace windows-nodes --kube-version 1.32.0 \
  > "$tmp/rendered-oldest.yaml"
if "$helm" template wn charts/windows-nodes-plugin --namespace windows-nodes --kube-version 1.31.9 \
  > /dev/null 2> "$tmp/refused-too-old.txt"; then
  echo "helm-check: the chart installed on Kubernetes 1.31 (OpenShift 4.18)" >&2
  exit 1
fi

RENDERED_CHART="$tmp/rendered.yaml" RENDERED_CHART_WITH_MONITORING="$tmp/rendered-with-monitoring.yaml" \
  RENDERED_CHART_OLDEST="$tmp/rendered-oldest.yaml" CHART_REFUSAL_TOO_OLD="$tmp/refused-too-old.txt" \
  node --import tsx --test --test-reporter=spec integration-tests/chart/chart.test.ts
