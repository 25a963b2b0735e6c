import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Check, Errors } from 'typebox/value';
import { LogRotationSettings } from '../../../contract/log-rotation';
import {
  invalidLogRotationFields,
  logRotationFromEnv,
  logsUnbounded,
  withLogRotation,
} from './log-rotation';
import { supportsLogRotation } from './log-rotation-support';

// WMCO's pkg/logconfig: the size is a resource.Quantity that is not negative, the age and flush
// interval time.ParseDuration values without a leading '-'.
const sizes: [string, boolean][] = [
  ['100M', true],
  ['1Mi', true],
  ['1.5Gi', true],
  ['0', true],
  ['1e3', true],
  ['.5k', true],
  ['+10M', true],
  ['-1M', false],
  ['100MB', false],
  ['M', false],
  ['ten', false],
  ['1 M', false],
];
const durations: [string, boolean][] = [
  ['168h', true],
  ['5s', true],
  ['1h30m', true],
  ['1.5h', true],
  ['500ms', true],
  ['0', true],
  ['-5s', false],
  ['5', false],
  ['5d', false],
  ['h', false],
  ['5 s', false],
];

for (const [value, valid] of sizes) {
  test(`the size ${JSON.stringify(value)} is ${valid ? 'accepted' : 'refused'} by both sides`, () => {
    assert.deepEqual(invalidLogRotationFields({ fileSize: value }), valid ? [] : ['fileSize']);
    assert.equal(Check(LogRotationSettings, { fileSize: value }), valid);
  });
}

for (const [value, valid] of durations) {
  test(`the duration ${JSON.stringify(value)} is ${valid ? 'accepted' : 'refused'} for age and flush interval`, () => {
    const settings = { fileAge: value, flushInterval: value };
    const expected = valid ? [] : ['fileAge', 'flushInterval'];
    assert.deepEqual(invalidLogRotationFields(settings), expected);
    assert.equal(Check(LogRotationSettings, settings), valid);
  });
}

test('the form trims what WMCO trims, and a blank field is off, not wrong', () => {
  assert.deepEqual(invalidLogRotationFields({ fileSize: ' 100M ', fileAge: '  ' }), []);
});

test('the schema names the field it refuses and refuses fields WMCO does not read', () => {
  const errors = [...Errors(LogRotationSettings, { fileAge: '7d' })];
  assert.ok(errors.some((error) => error.instancePath === '/fileAge'));
  assert.equal(Check(LogRotationSettings, { logLevel: 'debug' }), false);
});

test('reads the settings from the env, the last entry of a name winning, blanks as unset', () => {
  const env = [
    { name: 'ARGS', value: '--debugLogging' },
    { name: 'SERVICES_LOG_FILE_SIZE', value: '1M' },
    { name: 'SERVICES_LOG_FILE_SIZE', value: ' 100M ' },
    { name: 'SERVICES_LOG_FILE_AGE', value: '' },
  ];
  assert.deepEqual(logRotationFromEnv(env), { fileSize: '100M' });
  assert.deepEqual(logRotationFromEnv(undefined), {});
});

test('logs grow without bound without a size or with a zero size, whatever the age', () => {
  assert.equal(logsUnbounded({}), true);
  assert.equal(logsUnbounded({ fileAge: '168h', flushInterval: '5s' }), true);
  assert.equal(logsUnbounded({ fileSize: '0' }), true);
  assert.equal(logsUnbounded({ fileSize: '0Mi' }), true);
  assert.equal(logsUnbounded({ fileSize: '100M' }), false);
  assert.equal(logsUnbounded({ fileSize: '0.5Gi' }), false);
});

test('the merge keeps every other entry as it is and where it is', () => {
  const proxy = { name: 'HTTP_PROXY', value: 'http://proxy:3128' };
  const fromSecret = { name: 'TOKEN', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } };
  const env = [proxy, { name: 'SERVICES_LOG_FILE_AGE', value: '24h' }, fromSecret];
  assert.deepEqual(withLogRotation(env, { fileSize: '100M', fileAge: '168h' }), [
    proxy,
    { name: 'SERVICES_LOG_FILE_AGE', value: '168h' },
    fromSecret,
    { name: 'SERVICES_LOG_FILE_SIZE', value: '100M' },
  ]);
});

test('the merge adds the settings to a Subscription without env', () => {
  assert.deepEqual(withLogRotation(undefined, { flushInterval: '5s' }), [
    { name: 'SERVICES_LOG_FLUSH_INTERVAL', value: '5s' },
  ]);
});

test('the merge removes a field left out, every entry of its name, and keeps the rest', () => {
  const env = [
    { name: 'SERVICES_LOG_FILE_SIZE', value: '1M' },
    { name: 'ARGS', value: '--debugLogging' },
    { name: 'SERVICES_LOG_FILE_SIZE', value: '2M' },
    { name: 'SERVICES_LOG_FLUSH_INTERVAL', value: '5s' },
  ];
  assert.deepEqual(withLogRotation(env, { flushInterval: '5s' }), [
    { name: 'ARGS', value: '--debugLogging' },
    { name: 'SERVICES_LOG_FLUSH_INTERVAL', value: '5s' },
  ]);
  assert.deepEqual(withLogRotation(env, {}), [{ name: 'ARGS', value: '--debugLogging' }]);
});

test('the merge keeps one entry of a set field where the first was, replacing a valueFrom', () => {
  const env = [
    { name: 'SERVICES_LOG_FILE_SIZE', valueFrom: { configMapKeyRef: { name: 'c', key: 'k' } } },
    { name: 'SERVICES_LOG_FILE_SIZE', value: '2M' },
  ];
  assert.deepEqual(withLogRotation(env, { fileSize: '50Mi' }), [
    { name: 'SERVICES_LOG_FILE_SIZE', value: '50Mi' },
  ]);
});

test('WMCO reads the settings from 10.22.0 on, not before and not when its version is unknown', () => {
  assert.equal(supportsLogRotation('10.22.0'), true);
  assert.equal(supportsLogRotation('11.0.0'), true);
  assert.equal(supportsLogRotation('10.21.1'), false);
  assert.equal(supportsLogRotation('9.0.3'), false);
  assert.equal(supportsLogRotation(undefined), false);
});
