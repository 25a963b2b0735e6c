import type { ByohInstance, InstanceInput } from '../../../server/contract/byoh';

/** The BYOH page's dialogs: one open at a time. */
export type ByohDialog =
  | { kind: 'add' }
  | { kind: 'edit'; instance: ByohInstance }
  | { kind: 'remove'; instance: ByohInstance }
  | { kind: 'delete-all' }
  | { kind: 'preflight'; hosts: InstanceInput[] };
