// A stand-in for @openshift-console/dynamic-plugin-sdk in component tests (the console provides the
// real one at runtime only): consoleFetchJSON records each call and answers with what the test set.
type Answer = (call: FetchCall) => unknown;

export interface FetchCall {
  method: string;
  url: string;
  body?: unknown;
}

export const calls: FetchCall[] = [];
let answer: Answer = () => ({});

/** What every later call resolves to (or rejects with, when the answer throws). */
export function answerWith(next: Answer): void {
  answer = next;
}

function record(method: string, url: string, body?: unknown): Promise<unknown> {
  const call = { method, url, body };
  calls.push(call);
  try {
    return Promise.resolve(answer(call));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

export const consoleFetchJSON = Object.assign(
  (url: string, method = 'GET') => record(method, url),
  {
    post: (url: string, body: unknown) => record('POST', url, body),
    put: (url: string, body: unknown) => record('PUT', url, body),
    delete: (url: string) => record('DELETE', url),
  },
);

export const consoleFetch = (url: string) => record('GET', url);

/** The console sets the tab title; a component test has no tab to title. */
export const DocumentTitle = (_props: { children: string }) => null;
