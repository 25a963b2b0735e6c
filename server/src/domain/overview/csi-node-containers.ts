/**
 * Azure File's Windows node containers as its upstream chart deploys them, for the CSI rule's tests:
 * the registrar names file.csi.azure.com in its registration path (through an environment variable),
 * the plugin's image names it too.
 */
export const azureFileRegistrar = {
  name: 'node-driver-registrar',
  image: 'mcr.microsoft.com/oss/kubernetes-csi/csi-node-driver-registrar:v2.13.0',
  args: [
    '--v=2',
    '--csi-address=$(CSI_ENDPOINT)',
    '--kubelet-registration-path=$(DRIVER_REG_SOCK_PATH)',
  ],
  env: [
    { name: 'CSI_ENDPOINT', value: 'unix://C:\\csi\\csi.sock' },
    {
      name: 'DRIVER_REG_SOCK_PATH',
      value: 'C:\\var\\lib\\kubelet\\plugins\\file.csi.azure.com\\csi.sock',
    },
  ],
};

export const azureFilePlugin = {
  name: 'azurefile',
  image: 'mcr.microsoft.com/oss/kubernetes-csi/azurefile-csi:v1.33.0',
};
