// A small JSON client for the Kubernetes REST API, used to install CRDs, seed scenarios, drive
// simulators and assert in tests. It speaks plain HTTPS so that status subresources, server-side
// apply and raw paths (/readyz, /version) are all one call away, with the API server's own error
// message in every failure.
import { Agent, request } from 'node:https';
import type { KubernetesObject } from '@kubernetes/client-node';
import { resourcePath, type ResourceType } from './resources';

export interface KubeTarget {
  server: string;
  caData: string; // PEM
  token: string;
}

export class KubeApiError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'KubeApiError';
  }
}

export function isKubeApiError(error: unknown, status: number): error is KubeApiError {
  return error instanceof KubeApiError && error.status === status;
}

/**
 * For `.catch()`: resolves to undefined on the given HTTP status (404: gone, 409: exists), rethrows
 * the rest.
 */
export function ignoreStatus(status: number): (error: unknown) => undefined {
  return (error) => {
    if (isKubeApiError(error, status)) return undefined;
    throw error;
  };
}

interface ListResponse<T> {
  items: T[];
}

const FIELD_MANAGER = 'windows-nodes-local-cluster';

export class KubeClient {
  private readonly agent: Agent;

  constructor(readonly target: KubeTarget) {
    this.agent = new Agent({ ca: target.caData, keepAlive: true });
  }

  /**
   * Sends one request; resolves with the parsed JSON body (or text), rejects with KubeApiError on
   * HTTP >= 400.
   */
  request<T>(
    method: string,
    path: string,
    body?: unknown,
    contentType = 'application/json',
  ): Promise<T> {
    const payload =
      body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    return new Promise<T>((resolve, reject) => {
      const req = request(
        new URL(path, this.target.server),
        {
          method,
          agent: this.agent,
          headers: {
            Accept: 'application/json',
            Authorization: `Bearer ${this.target.token}`,
            ...(payload === undefined ? {} : { 'Content-Type': contentType }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const status = res.statusCode ?? 0;
            if (status >= 400) {
              reject(apiError(method, path, status, text));
              return;
            }
            resolve((res.headers['content-type']?.includes('json') ? JSON.parse(text) : text) as T);
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  get<T extends KubernetesObject>(
    resource: ResourceType,
    name: string,
    namespace?: string,
  ): Promise<T> {
    return this.request<T>('GET', resourcePath(resource, { namespace, name }));
  }

  /** Lists objects; without a namespace, a namespaced resource is listed across all namespaces. */
  async list<T extends KubernetesObject>(
    resource: ResourceType,
    options: { namespace?: string; labelSelector?: string } = {},
  ): Promise<T[]> {
    const query = options.labelSelector
      ? `?labelSelector=${encodeURIComponent(options.labelSelector)}`
      : '';
    const list = await this.request<ListResponse<T>>(
      'GET',
      resourcePath(resource, options) + query,
    );
    return list.items;
  }

  create<T extends KubernetesObject>(resource: ResourceType, object: T): Promise<T> {
    return this.request<T>(
      'POST',
      resourcePath(resource, { namespace: object.metadata?.namespace }),
      object,
    );
  }

  /** Replaces the status subresource (PUT): unlike a merge patch, it can write explicit nulls. */
  updateStatus<T extends KubernetesObject>(resource: ResourceType, object: T): Promise<T> {
    const at = {
      namespace: object.metadata?.namespace,
      name: object.metadata?.name,
      subresource: 'status',
    };
    return this.request<T>('PUT', resourcePath(resource, at), object);
  }

  /** JSON merge patch of the object (the status subresource if `subresource` is 'status'). */
  mergePatch<T extends KubernetesObject>(
    resource: ResourceType,
    at: { name: string; namespace?: string; subresource?: 'status' },
    patch: object,
  ): Promise<T> {
    return this.request<T>(
      'PATCH',
      resourcePath(resource, at),
      patch,
      'application/merge-patch+json',
    );
  }

  /**
   * Server-side apply: no last-applied annotation, so objects of any size (the CSV CRD is ~800 KB)
   * fit.
   */
  apply<T extends KubernetesObject>(resource: ResourceType, object: T): Promise<T> {
    const at = { namespace: object.metadata?.namespace, name: object.metadata?.name };
    const query = `?fieldManager=${FIELD_MANAGER}&force=true`;
    return this.request<T>(
      'PATCH',
      resourcePath(resource, at) + query,
      object,
      'application/apply-patch+yaml',
    );
  }

  /** Closes idle keep-alive connections. */
  close(): void {
    this.agent.destroy();
  }
}

function apiError(method: string, path: string, status: number, text: string): KubeApiError {
  let reason = '';
  let message = text.trim();
  try {
    const parsed = JSON.parse(text) as { reason?: string; message?: string };
    reason = parsed.reason ?? '';
    message = parsed.message ?? message;
  } catch {
    // Not a Status object (e.g. a proxy error page): keep the raw text.
  }
  return new KubeApiError(
    status,
    reason,
    `${method} ${path}: ${status} ${reason} ${message}`.replace(/\s+/g, ' '),
  );
}
