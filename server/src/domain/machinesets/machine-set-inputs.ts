import type { FieldValues } from './machine-set-platform';

/** What the template is filled with: the frame every platform shares, and the platform's values. */
export interface MachineSetInputs {
  /** Infrastructure `platformStatus.type` of a platform in the table (`AWS`, `VSphere`, …). */
  platform: string;
  infrastructureName: string;
  name: string;
  replicas: number;
  /** The platform's form values by field name (see its module's `fields`). */
  values: FieldValues;
}
