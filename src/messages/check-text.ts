/** A BYOH preflight check's verdict in the reader's language, and how to fix it. */
export interface CheckText {
  message: string;
  /** One sentence saying how to fix it; absent when there is nothing to fix. */
  fix?: string;
}
