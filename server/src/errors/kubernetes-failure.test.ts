import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiException } from '@kubernetes/client-node';
import type { ErrorMessage } from '../../contract/errors';
import { kubernetesFailure } from './kubernetes-failure';

const refusal =
  'machinesets.machine.openshift.io is forbidden: User "limited" cannot list resource "machinesets"';
const forbidden = JSON.stringify({ kind: 'Status', message: refusal, code: 403 });

const cases: { name: string; error: unknown; status?: number; coded?: ErrorMessage }[] = [
  {
    name: 'RBAC refusal keeps its status and the server’s sentence, as it is',
    error: new ApiException(403, 'Forbidden', forbidden, {}),
    status: 403,
    coded: { code: 'api-server-refused', params: { status: 403, message: refusal } },
  },
  {
    name: 'parsed Status bodies work too',
    error: new ApiException(404, 'x', { message: 'namespaces "x" not found' }, {}),
    status: 404,
    coded: {
      code: 'api-server-refused',
      params: { status: 404, message: 'namespaces "x" not found' },
    },
  },
  {
    name: 'conflicts pass through',
    error: new ApiException(409, 'x', { message: 'the object has been modified' }, {}),
    status: 409,
    coded: {
      code: 'api-server-refused',
      params: { status: 409, message: 'the object has been modified' },
    },
  },
  {
    name: 'a rejected token asks to log in again',
    error: new ApiException(401, 'Unauthorized', undefined, {}),
    status: 401,
    coded: { code: 'token-rejected', params: {} },
  },
  {
    name: 'a refusal without a body names its status',
    error: new ApiException(422, 'x', 'not json', {}),
    status: 422,
    coded: { code: 'api-server-refused', params: { status: 422 } },
  },
  {
    name: 'API server failures become 502 without their body',
    error: new ApiException(500, 'x', { message: 'etcd leader changed' }, {}),
    status: 502,
    coded: { code: 'api-server-failed', params: { status: 500 } },
  },
  {
    name: 'a refused connection is 503',
    error: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6443'), {
      code: 'ECONNREFUSED',
    }),
    status: 503,
    coded: { code: 'api-server-unreachable', params: {} },
  },
  { name: 'anything else is not a Kubernetes failure', error: new TypeError('x is undefined') },
];

for (const { name, error, status, coded } of cases) {
  test(name, () => {
    const failure = kubernetesFailure(error);
    if (status === undefined) {
      assert.equal(failure, undefined);
      return;
    }
    assert.equal(failure?.statusCode, status);
    assert.deepEqual(failure.coded, coded);
  });
}
