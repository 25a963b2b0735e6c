// A random /24 inside 127.0.0.0/8 for one set of test peers: every 127.x.y.z reaches this machine,
// so concurrent runs each get addresses (and ports 22-like, 10250, 9182) of their own, and no
// test traffic ever leaves loopback.
import { randomInt } from 'node:crypto';

export interface LoopbackBlock {
  /** `127.<a>.<b>` */
  prefix: string;
  address(octet: number): string;
}

export function randomLoopbackBlock(): LoopbackBlock {
  const prefix = `127.${String(randomInt(100, 250))}.${String(randomInt(1, 255))}`;
  return { prefix, address: (octet) => `${prefix}.${String(octet)}` };
}
