import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiException } from '@kubernetes/client-node';
import { kubernetesFailure } from './kubernetes-failure';

const forbidden = JSON.stringify({
  kind: 'Status',
  message:
    'machinesets.machine.openshift.io is forbidden: User "limited" cannot list resource "machinesets"',
  code: 403,
});

const cases: { name: string; error: unknown; status?: number; message?: RegExp }[] = [
  {
    name: 'RBAC refusal keeps its status and the server’s sentence',
    error: new ApiException(403, 'Forbidden', forbidden, {}),
    status: 403,
    message: /User "limited" cannot list/,
  },
  {
    name: 'parsed Status bodies work too',
    error: new ApiException(404, 'x', { message: 'namespaces "x" not found' }, {}),
    status: 404,
    message: /not found/,
  },
  {
    name: 'conflicts pass through',
    error: new ApiException(409, 'x', { message: 'the object has been modified' }, {}),
    status: 409,
    message: /modified/,
  },
  {
    name: 'a rejected token asks to log in again',
    error: new ApiException(401, 'Unauthorized', undefined, {}),
    status: 401,
    message: /Log in again/,
  },
  {
    name: 'a refusal without a body still reads well',
    error: new ApiException(422, 'x', 'not json', {}),
    status: 422,
    message: /refused the request \(422\)/,
  },
  {
    name: 'API server failures become 502 without their body',
    error: new ApiException(500, 'x', { message: 'etcd leader changed' }, {}),
    status: 502,
    message: /failed the request \(500\)/,
  },
  {
    name: 'a refused connection is 503',
    error: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6443'), {
      code: 'ECONNREFUSED',
    }),
    status: 503,
    message: /unreachable/,
  },
  { name: 'anything else is not a Kubernetes failure', error: new TypeError('x is undefined') },
];

for (const { name, error, status, message } of cases) {
  test(name, () => {
    const failure = kubernetesFailure(error);
    if (status === undefined) {
      assert.equal(failure, undefined);
      return;
    }
    assert.equal(failure?.statusCode, status);
    assert.match(failure.message, message ?? /./);
  });
}
