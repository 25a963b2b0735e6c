import type {
  CheckRequest,
  CheckResult,
  RuntimeClassRequest,
  RuntimeClassResult,
  SampleNamespaces,
  SamplePreview,
  SampleRequest,
  SampleResult,
  WorkloadsState,
} from '../../../server/contract/workloads';
import { getFromBff, postToBff } from '../../api/bff-client';
import { useLiveBff } from '../../api/useLiveBff';

/** The workloads page's calls to the BFF, each made with the user's token by the console's proxy. */

export function useWorkloads() {
  return useLiveBff<WorkloadsState>('/workloads/builds');
}

export function createRuntimeClass(request: RuntimeClassRequest): Promise<RuntimeClassResult> {
  return postToBff<RuntimeClassResult>('/workloads/runtime-classes', request);
}

export function previewSample(request: SampleRequest): Promise<SamplePreview> {
  return postToBff<SamplePreview>('/workloads/sample/preview', request);
}

export function createSample(request: SampleRequest): Promise<SampleResult> {
  return postToBff<SampleResult>('/workloads/sample', request);
}

export function checkWorkload(request: CheckRequest): Promise<CheckResult> {
  return postToBff<CheckResult>('/workloads/check', request);
}

export function readSampleNamespaces(signal?: AbortSignal): Promise<SampleNamespaces> {
  return getFromBff<SampleNamespaces>('/workloads/namespaces', signal);
}
