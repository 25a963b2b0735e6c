import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BackwardLines } from './backward-lines';
import { parseDirectoryListing } from './directory-listing';
import { LineSplitter } from './line-splitter';
import { lineMatches, logLineTime } from './log-line-time';
import { LineWindow } from './log-window';

const reference = new Date('2025-09-01T00:00:00Z');

test('log line times in the formats WMCO services write', () => {
  const cases: [string, string | undefined][] = [
    ['I0812 10:21:14.301822    4312 server.go:487] "Kubelet version"', '2025-08-12T10:21:14.301Z'],
    [
      'E1230 23:59:59.000001    1 x.go:1] last year, month after the reference',
      '2024-12-30T23:59:59.000Z',
    ],
    [
      'time="2025-08-12T10:20:58.412345600Z" level=info msg="starting containerd"',
      '2025-08-12T10:20:58.412Z',
    ],
    [
      'time=2025-08-12T10:21:18.934Z level=INFO source=main.go:198 msg="Running"',
      '2025-08-12T10:21:18.934Z',
    ],
    ['ts=2025-08-12T10:21:18Z caller=main.go:1 level=info', '2025-08-12T10:21:18.000Z'],
    ['8/12/2025 10:21:33 PM            1 Information      starting', '2025-08-12T22:21:33.000Z'],
    ['12/1/2025 12:05:00 AM            1 Information      midnight', '2025-12-01T00:05:00.000Z'],
    ['Log file created at: 2025/08/12 10:20:41', undefined],
    ['    continuation of a stack trace', undefined],
  ];
  for (const [line, expected] of cases) {
    const time = logLineTime(line, reference);
    assert.equal(time === undefined ? undefined : new Date(time).toISOString(), expected, line);
  }
});

test('the text filter is case-insensitive plain text', () => {
  assert.ok(lineMatches('E0812 Failed to pull', 'failed TO'));
  assert.ok(lineMatches('anything', undefined));
  assert.ok(!lineMatches('a.b', 'a*b'));
});

test('the last lines are collected from chunks read backwards, a partial last line left out', () => {
  const log = Buffer.from('one\ntwo\nthree\nfour\nfive\nhalf-writ');
  const collector = new BackwardLines(3, 1_000_000);
  // Chunks of 7 bytes from the end, each before the previous one.
  for (let end = log.length; end > 0 && !collector.done; end -= 7) {
    const start = Math.max(0, end - 7);
    collector.feed(log.subarray(start, end), start);
  }
  assert.deepEqual(collector.lines(), ['three', 'four', 'five']);
  assert.equal(collector.completeEnd, log.indexOf('half'));
  assert.equal(collector.fromByte, log.indexOf('three'));
});

test('a backward collection keeps only accepted lines and stops at the byte cap', () => {
  const log = Buffer.from('a1\nb1\na2\nb2\na3\n');
  const onlyA = new BackwardLines(10, 1_000, (line) => line.startsWith('a'));
  onlyA.feed(log, 0);
  assert.deepEqual(onlyA.lines(), ['a1', 'a2', 'a3']);
  assert.equal(onlyA.done, false);
  const capped = new BackwardLines(10, 7);
  capped.feed(log, 0);
  assert.deepEqual(capped.lines(), ['b2', 'a3']);
  assert.equal(capped.capped, true);
  assert.equal(capped.fromByte, log.indexOf('b2'));
});

test('a line splitter lets out whole lines only, across chunks, CRLF or LF', () => {
  const splitter = new LineSplitter();
  assert.deepEqual(splitter.push(Buffer.from('first\r\nsec')), { lines: ['first'], bytes: 7 });
  assert.equal(splitter.pendingBytes, 3);
  assert.deepEqual(splitter.push(Buffer.from('ond\nthird')), { lines: ['second'], bytes: 7 });
  const long = new LineSplitter(4);
  assert.deepEqual(long.push(Buffer.from('abcdefgh')), { lines: ['abcdefgh'], bytes: 8 });
});

test('a time window takes untimed lines with the timed line before them', () => {
  const window = new LineWindow(
    { sinceTime: new Date('2025-08-12T10:00:00Z'), untilTime: new Date('2025-08-12T11:00:00Z') },
    reference,
  );
  const shown = [
    'I0812 09:59:59.000000 1 a.go:1] before',
    '  its continuation',
    'I0812 10:30:00.000000 1 a.go:1] inside',
    '  its continuation',
    'I0812 11:00:00.500000 1 a.go:1] after',
  ].filter((line) => window.accepts(line));
  assert.deepEqual(shown, ['I0812 10:30:00.000000 1 a.go:1] inside', '  its continuation']);
  assert.equal(window.passedEnd, true);
});

test('the file server listing gives entries, folders marked, nothing outside the folder', () => {
  const html =
    '<!doctype html>\n<pre>\n<a href="kubelet/">kubelet/</a>\n<a href="kube-proxy.exe.INFO">x</a>\n' +
    '<a href="a%20b.log">a b.log</a>\n<a href="../etc/">..</a>\n<a href="/abs">abs</a>\n</pre>\n';
  assert.deepEqual(parseDirectoryListing(html), [
    { name: 'kubelet', folder: true },
    { name: 'kube-proxy.exe.INFO', folder: false },
    { name: 'a b.log', folder: false },
  ]);
});
