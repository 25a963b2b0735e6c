/** Streams a request to the BFF and its response back, as the console bridge's reverse proxy does. */
import type {
  IncomingHttpHeaders,
  IncomingMessage,
  OutgoingHttpHeaders,
  ServerResponse,
} from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { pipeline } from 'node:stream';
import { sendJson } from './send-json';

// Headers about one connection rather than the message (RFC 9110 §7.6.1); `host` names the wrong server.
const hopByHop = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'host',
];
// The bridge also drops CORS headers from what it passes back (pkg/proxy FilterHeaders).
const droppedFromResponses = [
  ...hopByHop,
  'access-control-allow-headers',
  'access-control-allow-methods',
  'access-control-allow-origin',
  'access-control-expose-headers',
];

export function withoutHeaders(
  headers: IncomingHttpHeaders | OutgoingHttpHeaders,
  names: string[],
): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));
}

export type Forwarding = {
  target: URL;
  method: string;
  /** Request headers for the BFF, before hop-by-hop headers are dropped. */
  headers: OutgoingHttpHeaders;
  responseHeaders?: OutgoingHttpHeaders;
};

export function forward(
  request: IncomingMessage,
  response: ServerResponse,
  forwarding: Forwarding,
): void {
  const { target, method, headers, responseHeaders } = forwarding;
  // https BFFs are trusted through NODE_EXTRA_CA_CERTS, as for any Node client.
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const upstream = send(
    target,
    { method, headers: withoutHeaders(headers, hopByHop) },
    (upstreamResponse) => {
      response.writeHead(upstreamResponse.statusCode ?? 502, {
        ...withoutHeaders(upstreamResponse.headers, droppedFromResponses),
        ...responseHeaders,
      });
      // Send the headers now: an event stream must open in the browser before its first event.
      response.flushHeaders();
      // Either side failing ends both; there is no one left to tell.
      pipeline(upstreamResponse, response, () => {});
    },
  );
  upstream.on('error', (error) => {
    if (response.destroyed) return;
    if (response.headersSent) response.destroy(error);
    else
      sendJson(response, 502, {
        message: `The BFF at ${target.origin} did not answer: ${error.message}`,
      });
  });
  // A browser that goes away (a closed EventSource, a test ending) ends the BFF request too.
  response.on('close', () => {
    if (!response.writableFinished) upstream.destroy();
  });
  request.pipe(upstream);
}
