import type { ClusterServiceEvidence } from '../../../contract/node-services';

/** hybrid-overlay-node sets this on its node once it runs; WMCO waits for it before kube-proxy. */
export const hybridOverlayMacAnnotation =
  'k8s.ovn.org/hybrid-overlay-distributed-router-gateway-mac';

/** The parts of a Node the evidence is read from. */
export interface NodeServiceSigns {
  annotations?: Record<string, string>;
  ready?: { status?: string; message?: string };
}

const runtimeTrouble = /container runtime|runtime network|\bcni\b/i;

/**
 * What the Node object shows of its services: the kubelet posts its status (Ready is Unknown once
 * it stops), the container runtime's trouble is in Ready's message in the kubelet's words, and
 * hybrid-overlay-node announces itself with an annotation. Services the node says nothing of are
 * left out.
 */
export function clusterServiceEvidence(
  node: NodeServiceSigns,
): Record<string, ClusterServiceEvidence> {
  const evidence: Record<string, ClusterServiceEvidence> = {};
  const { status, message } = node.ready ?? {};
  const shownBy = 'ready-condition';
  if (status === 'Unknown') evidence.kubelet = { running: false, words: message, shownBy };
  if (status === 'True' || status === 'False') evidence.kubelet = { running: true, shownBy };
  if (status === 'True') evidence.containerd = { running: true, shownBy };
  if (status === 'False' && runtimeTrouble.test(message ?? '')) {
    evidence.containerd = { running: false, words: message, shownBy };
  }
  if (node.annotations?.[hybridOverlayMacAnnotation]) {
    evidence['hybrid-overlay-node'] = { running: true, shownBy: 'hybrid-overlay-annotation' };
  }
  return evidence;
}
