{{/*
Name of the ConsolePlugin and of every object the chart creates: the console addresses the plugin by this
name, so it does not carry the release name.
*/}}
{{- define "windows-nodes-plugin.name" -}}
{{- default .Chart.Name .Values.plugin.name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Name of the objects that belong to the console-enablement hook Job.
*/}}
{{- define "windows-nodes-plugin.enableName" -}}
{{- printf "%s-enable" (include "windows-nodes-plugin.name" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Secret the service-ca operator fills with the Service's serving certificate.
*/}}
{{- define "windows-nodes-plugin.certSecretName" -}}
{{- printf "%s-cert" (include "windows-nodes-plugin.name" .) }}
{{- end }}

{{- define "windows-nodes-plugin.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "windows-nodes-plugin.selectorLabels" -}}
app.kubernetes.io/name: {{ include "windows-nodes-plugin.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "windows-nodes-plugin.commonLabels" -}}
helm.sh/chart: {{ include "windows-nodes-plugin.chart" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: windows-nodes-plugin
{{- end }}

{{- define "windows-nodes-plugin.labels" -}}
{{ include "windows-nodes-plugin.commonLabels" . }}
{{ include "windows-nodes-plugin.selectorLabels" . }}
{{- end }}

{{/*
Labels of the hook Job's objects. Their own app.kubernetes.io/name keeps the Job's pod out of the BFF's
selectors (Deployment, Service, PodDisruptionBudget, NetworkPolicy).
*/}}
{{- define "windows-nodes-plugin.enableLabels" -}}
{{ include "windows-nodes-plugin.commonLabels" . }}
app.kubernetes.io/name: {{ include "windows-nodes-plugin.enableName" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Container security context shared by the BFF and the hook Job: what the restricted pod security profile and
OpenShift's restricted-v2 SCC require. No runAsUser: OpenShift assigns one from the namespace's range.
*/}}
{{- define "windows-nodes-plugin.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop:
    - ALL
seccompProfile:
  type: RuntimeDefault
{{- end }}
