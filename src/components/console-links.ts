import { wmcoNames } from '../../server/src/domain/wmco-names';

/** A namespaced kind as the console writes it in URLs: `group~version~Kind`. */
const machineSetReference = 'machine.openshift.io~v1beta1~MachineSet';
const machineReference = 'machine.openshift.io~v1beta1~Machine';
const runtimeClassReference = 'node.k8s.io~v1~RuntimeClass';

function segment(name: string): string {
  return encodeURIComponent(name);
}

/** The console's own pages of the objects the Windows pages list, so a name leads to its details. */
export const consoleLinks = {
  node: (name: string) => `/k8s/cluster/nodes/${segment(name)}`,
  machineSet: (name: string) =>
    `/k8s/ns/${wmcoNames.machineApiNamespace}/${machineSetReference}/${segment(name)}`,
  machine: (name: string) =>
    `/k8s/ns/${wmcoNames.machineApiNamespace}/${machineReference}/${segment(name)}`,
  runtimeClass: (name: string) => `/k8s/cluster/${runtimeClassReference}/${segment(name)}`,
};
