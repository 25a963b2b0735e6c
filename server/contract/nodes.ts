import Type from 'typebox';

export const NodeSource = Type.Union([Type.Literal('MachineSet'), Type.Literal('BYOH')]);

/** A Windows node as the pages show it. */
export const WindowsNode = Type.Object({
  name: Type.String(),
  ready: Type.Boolean(),
  schedulable: Type.Boolean(),
  /** `node.kubernetes.io/windows-build`, e.g. 10.0.20348. */
  build: Type.Optional(Type.String()),
  /** Windows Server version name of the build (2019, 2022, 2025). */
  windowsServer: Type.Optional(Type.String()),
  /** WMCO version annotation: set once WMCO has fully configured the node. */
  wmcoVersion: Type.Optional(Type.String()),
  source: NodeSource,
  /** The MachineSet (or Machine) behind the node, or the BYOH address. */
  origin: Type.Optional(Type.String()),
  /** Every address of the node (InternalIP, ExternalIP, InternalDNS, ExternalDNS, Hostname), IPs first. */
  addresses: Type.Array(Type.String()),
  upgrading: Type.Boolean(),
  createdAt: Type.Optional(Type.String()),
});
export type WindowsNode = Type.Static<typeof WindowsNode>;

export const NodesResponse = Type.Object({
  nodes: Type.Array(WindowsNode),
  /** The WMCO version nodes should reach, when known. */
  operatorVersion: Type.Optional(Type.String()),
  /** What the caller could not read, so a partial list says why it is partial. */
  unreadable: Type.Array(Type.String()),
});
export type NodesResponse = Type.Static<typeof NodesResponse>;
