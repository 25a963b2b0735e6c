import type {
  CheckableKind,
  CheckRequest,
  SampleRequest,
  WindowsBuild,
  WorkloadsState,
} from '../../../server/contract/workloads';

const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dns1035Label = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const dnsSubdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export type NameError = 'required' | 'too-long' | 'invalid';

/** What is wrong with a RuntimeClass name (an RFC 1123 subdomain), as the API server would say. */
export function runtimeClassNameError(name: string): NameError | undefined {
  if (name === '') return 'required';
  if (name.length > 253) return 'too-long';
  return dnsSubdomain.test(name) ? undefined : 'invalid';
}

function labelError(value: string, pattern: RegExp): NameError | undefined {
  if (value === '') return 'required';
  if (value.length > 63) return 'too-long';
  return pattern.test(value) ? undefined : 'invalid';
}

/** RuntimeClasses that pin a build, the one equal to the guide's first. */
export function runtimeClassesFor(state: WorkloadsState, build: string): string[] {
  const entry = state.builds.find((candidate) => candidate.build === build);
  if (!entry) return [];
  const guide = entry.guideRuntimeClass;
  return guide
    ? [guide, ...entry.runtimeClasses.filter((name) => name !== guide)]
    : entry.runtimeClasses;
}

export type ImageFamily = SampleRequest['imageFamily'];
export type ServiceType = SampleRequest['serviceType'];

export interface SampleForm {
  namespace: string;
  name: string;
  imageFamily: ImageFamily;
  build: string;
  runtimeClassName: string;
  replicas: number;
  serviceType: ServiceType;
}

/** Builds the sample can target: those whose image tag is known. */
export function sampleBuilds(state: WorkloadsState): WindowsBuild[] {
  return state.builds.filter((build) => build.imageTag !== undefined);
}

/** The guide's sample on the newest build the cluster runs, with that build's RuntimeClass. */
export function initialSampleForm(state: WorkloadsState): SampleForm {
  const builds = sampleBuilds(state);
  const newest = builds[builds.length - 1];
  return {
    namespace: '',
    name: 'win-webserver',
    imageFamily: 'servercore',
    build: newest?.build ?? '',
    runtimeClassName: newest ? (runtimeClassesFor(state, newest.build)[0] ?? '') : '',
    replicas: 1,
    serviceType: 'LoadBalancer',
  };
}

/** A new build brings its own RuntimeClass along. */
export function withBuild(state: WorkloadsState, form: SampleForm, build: string): SampleForm {
  return { ...form, build, runtimeClassName: runtimeClassesFor(state, build)[0] ?? '' };
}

export type SampleFormError = NameError | 'no-build' | 'no-runtime-class' | 'invalid-replicas';

export function sampleFormErrors(
  form: SampleForm,
): Partial<Record<keyof SampleForm, SampleFormError>> {
  const errors: Partial<Record<keyof SampleForm, SampleFormError>> = {};
  const namespace = labelError(form.namespace, dnsLabel);
  if (namespace) errors.namespace = namespace;
  const name = labelError(form.name, dns1035Label);
  if (name) errors.name = name;
  if (form.build === '') errors.build = 'no-build';
  if (form.runtimeClassName === '') errors.runtimeClassName = 'no-runtime-class';
  if (!Number.isInteger(form.replicas) || form.replicas < 0 || form.replicas > 100) {
    errors.replicas = 'invalid-replicas';
  }
  return errors;
}

export function toSampleRequest(form: SampleForm): SampleRequest {
  return { ...form };
}

export const checkableKinds: CheckableKind[] = ['Deployment', 'StatefulSet', 'DaemonSet', 'Pod'];

export interface CheckForm {
  mode: 'reference' | 'yaml';
  kind: CheckableKind;
  namespace: string;
  name: string;
  yaml: string;
}

export const initialCheckForm: CheckForm = {
  mode: 'reference',
  kind: 'Deployment',
  namespace: '',
  name: '',
  yaml: '',
};

/** The BFF's limit on pasted YAML, checked here too so the form says so before sending. */
export const maxYamlLength = 256 * 1024;

export type CheckFormError = NameError | 'too-large';

export function checkFormErrors(form: CheckForm): Partial<Record<keyof CheckForm, CheckFormError>> {
  const errors: Partial<Record<keyof CheckForm, CheckFormError>> = {};
  if (form.mode === 'yaml') {
    if (form.yaml.trim() === '') errors.yaml = 'required';
    else if (form.yaml.length > maxYamlLength) errors.yaml = 'too-large';
    return errors;
  }
  const namespace = labelError(form.namespace, dnsLabel);
  if (namespace) errors.namespace = namespace;
  const name = runtimeClassNameError(form.name);
  if (name) errors.name = name;
  return errors;
}

export function toCheckRequest(form: CheckForm): CheckRequest {
  return form.mode === 'yaml'
    ? { yaml: form.yaml }
    : { reference: { kind: form.kind, namespace: form.namespace, name: form.name } };
}
