import type { CompatibilityResponse, LifecycleResponse } from '../../../server/contract/lifecycle';
import type {
  ReplacementsResponse,
  ReplacementPreview,
  ReplacementRequest,
  ReplacementResult,
} from '../../../server/contract/replacement';
import type { ForwardStep } from './lifecycle-model';
import { getFromBff, postToBff } from '../../api/bff-client';
import { useLiveBff } from '../../api/useLiveBff';

/** The Lifecycle page's calls to the BFF: its three live views and a replacement's actions. */
export const useLifecycle = () => useLiveBff<LifecycleResponse>('/lifecycle');

export const useCompatibility = () => useLiveBff<CompatibilityResponse>('/lifecycle/compatibility');

const base = '/lifecycle/replacements';

export const useReplacements = () => useLiveBff<ReplacementsResponse>(base);
const of = (machineSet: string) => `${base}/${encodeURIComponent(machineSet)}`;

export const previewReplacement = (request: ReplacementRequest) =>
  postToBff<ReplacementPreview>(`${base}/preview`, request);

export const startReplacement = (request: ReplacementRequest) =>
  postToBff<ReplacementResult>(base, { ...request, confirmed: true });

export const advanceReplacement = (machineSet: string) =>
  postToBff<ReplacementResult>(`${of(machineSet)}/advance`);

export const confirmReplacementStep = (machineSet: string, step: ForwardStep) =>
  postToBff<ReplacementResult>(`${of(machineSet)}/confirm`, { step, confirmed: true });

export const abortReplacement = (machineSet: string) =>
  postToBff<ReplacementResult>(`${of(machineSet)}/abort`, { confirmed: true });

/** The replacements once, outside the live document: where a record is after a refused request. */
export const readReplacements = () => getFromBff<ReplacementsResponse>(base);
