import type { ServerResponse } from 'node:http';

/** Answers with a JSON body, as the bridge does for its own errors. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
