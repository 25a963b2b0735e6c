import type {
  ReplacementPreview,
  ReplacementRequest,
  ReplacementResult,
} from '../../../server/contract/replacement';
import type { ForwardStep } from './lifecycle-model';
import { postToBff } from '../../api/bff-client';

const base = '/lifecycle/replacements';
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
