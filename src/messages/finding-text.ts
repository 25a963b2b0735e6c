/** An Overview finding in the reader's language: a title and an explanation. */
export interface FindingText {
  title: string;
  detail: string;
}
