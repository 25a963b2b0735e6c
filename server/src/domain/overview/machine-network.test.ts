import assert from 'node:assert/strict';
import test from 'node:test';
import { insideNetworks, machineNetworkCidrs } from './machine-network';

const installConfig = (networking: string) =>
  `apiVersion: v1\nbaseDomain: example.com\nmetadata:\n  name: winlab\nnetworking:\n${networking}`;

const parsing: [string, string | undefined, string[] | undefined][] = [
  [
    'machine networks of a dual-stack install-config',
    installConfig('  machineNetwork:\n  - cidr: 10.0.0.0/16\n  - cidr: fd00:10::/64\n'),
    ['10.0.0.0/16', 'fd00:10::/64'],
  ],
  [
    'the machineCIDR of an install-config before 4.2',
    installConfig('  machineCIDR: 10.0.0.0/16\n'),
    ['10.0.0.0/16'],
  ],
  ['no networking section: none, never a guess', 'apiVersion: v1\n', undefined],
  ['not YAML', 'networking: [unclosed', undefined],
  ['no install-config at all', undefined, undefined],
  [
    'machineNetwork that is not a list',
    installConfig('  machineNetwork: 10.0.0.0/16\n'),
    undefined,
  ],
  [
    'entries that are not CIDRs are dropped',
    installConfig(
      '  machineNetwork:\n  - cidr: 10.0.0.0/33\n  - cidr: nonsense\n  - null\n  - cidr: 192.168.0.0/24\n',
    ),
    ['192.168.0.0/24'],
  ],
];

for (const [name, document, expected] of parsing) {
  test(`install-config: ${name}`, () => {
    assert.deepEqual(machineNetworkCidrs(document), expected);
  });
}

const membership: [string, string, string[], boolean][] = [
  ['an IPv4 address inside', '10.0.42.1', ['10.0.0.0/16'], true],
  ['an IPv4 address outside', '10.1.42.1', ['10.0.0.0/16'], false],
  ['the network’s first address', '10.0.0.0', ['10.0.0.0/16'], true],
  ['inside the second of two networks', '192.168.1.5', ['10.0.0.0/16', '192.168.1.0/24'], true],
  ['an IPv6 address inside', 'fd00:10::5', ['10.0.0.0/16', 'fd00:10::/64'], true],
  ['an IPv6 address outside', 'fd00:11::5', ['fd00:10::/64'], false],
  ['an IPv4 address against IPv6 networks only', '10.0.0.1', ['fd00:10::/64'], false],
  ['not an address', 'win-host.example.com', ['0.0.0.0/0'], false],
  ['a malformed network never matches', '10.0.0.1', ['10.0.0.0/99'], false],
];

for (const [name, address, cidrs, inside] of membership) {
  test(`machine network: ${name}`, () => {
    assert.equal(insideNetworks(address, cidrs), inside);
  });
}
