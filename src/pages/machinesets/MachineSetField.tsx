import {
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import type { MachineSetDefaults } from '../../../server/contract/machinesets';
import { usePluginTranslation } from '../../i18n';
import type { FormField, FormProblems, MachineSetForm } from './machine-set-form';
import { useProblemText } from './useProblemText';

interface MachineSetFieldProps {
  field: FormField;
  form: MachineSetForm;
  /** The form as first filled: a value there came from the cluster. */
  initial: MachineSetForm;
  problems: FormProblems;
  defaults: MachineSetDefaults;
  onChange: (field: FormField, value: string) => void;
}

/** The zones the platform's Linux workers use, offered as a choice. */
function knownZones(defaults: MachineSetDefaults): string[] {
  return (
    defaults.aws?.zones.map((zone) => zone.name) ??
    defaults.azure?.zones ??
    defaults.gcp?.zones ??
    []
  );
}

/** One text field of the wizard, with its error, or where its value came from and where to look. */
export function MachineSetField({
  field,
  form,
  initial,
  problems,
  defaults,
  onChange,
}: MachineSetFieldProps) {
  const { t } = usePluginTranslation();
  const problemText = useProblemText();
  const labels: Record<FormField, string> = {
    name: t('Name'),
    replicas: t('Replicas'),
    zone: t('Zone'),
    region: form.platform === 'Azure' ? t('Location') : t('Region'),
    instanceType: t('Instance type'),
    iamInstanceProfile: t('IAM instance profile'),
    securityGroups: t('Security groups'),
    subnet: t('Subnet'),
    ami: t('AMI ID'),
    vmSize: t('VM size'),
    resourceGroup: t('Resource group'),
    networkResourceGroup: t('Network resource group'),
    vnet: t('Virtual network'),
    managedIdentity: t('Managed identity'),
    imagePublisher: t('Image publisher'),
    imageOffer: t('Image offer'),
    imageSku: t('Image SKU'),
    imageVersion: t('Image version'),
    template: t('VM template'),
    networkName: t('VM network'),
    server: t('vCenter server'),
    datacenter: t('Datacenter'),
    datastore: t('Datastore'),
    folder: t('VM folder'),
    resourcePool: t('Resource pool'),
    projectID: t('Project ID'),
    machineType: t('Machine type'),
    network: t('Network'),
    subnetwork: t('Subnetwork'),
    serviceAccountEmail: t('Service account'),
    tags: t('Network tags'),
    image: t('Image'),
  };
  const ownHints: Partial<Record<FormField, string>> = {
    name:
      form.platform === 'AWS' || form.platform === 'GCP'
        ? t('The guide’s pattern is <infrastructure ID>-windows-worker-<zone>.')
        : t(
            'At most 9 characters: Windows computer names are at most 15, and machine names add 6.',
          ),
    replicas: t('How many Windows machines to run, 0 to 100.'),
    ami: t('A Windows Server image with a container runtime; the command below lists them.'),
    template: t(
      'Full path of the template made from your golden image, e.g. golden-images/windows-server-template.',
    ),
    image: t('Full path of a Windows Server image or image family.'),
  };
  // Said before where a prefilled value came from.
  const notes: Partial<Record<FormField, string>> = {
    securityGroups: t('Comma-separated.'),
    tags: t('Comma-separated.'),
    resourcePool: t('Optional.'),
  };
  const value = form.values[field];
  const problem = problems[field];
  const fromCluster = initial.values[field] !== '' && !['name', 'replicas'].includes(field);
  const [worker] = defaults.workerMachineSets;
  const note = notes[field] ? `${notes[field]} ` : '';
  const hint = problem
    ? problemText({ code: problem })
    : (ownHints[field] ??
      note +
        (fromCluster && worker
          ? t('From the Linux worker MachineSet {{name}}.', { name: worker })
          : t(
              'Not found in the Linux worker MachineSets; see their providerSpec (oc get machinesets -n openshift-machine-api -o yaml).',
            )));
  const id = `machineset-${field}`;
  const zones = field === 'zone' ? knownZones(defaults) : [];
  return (
    <FormGroup label={labels[field]} fieldId={id} isRequired={field !== 'resourcePool'}>
      {zones.length > 0 ? (
        <FormSelect
          id={id}
          value={value}
          onChange={(_event, zone) => {
            onChange(field, zone);
          }}
        >
          {zones.map((zone) => (
            <FormSelectOption key={zone} value={zone} label={zone} />
          ))}
        </FormSelect>
      ) : (
        <TextInput
          id={id}
          value={value}
          type={field === 'replicas' ? 'number' : 'text'}
          readOnlyVariant={
            field === 'region' && initial.values.region !== '' ? 'default' : undefined
          }
          validated={problem ? 'error' : 'default'}
          onChange={(_event, text) => {
            onChange(field, text);
          }}
        />
      )}
      <FormHelperText>
        <HelperText>
          <HelperTextItem variant={problem ? 'error' : 'default'} data-test={`${id}-help`}>
            {hint}
          </HelperTextItem>
        </HelperText>
      </FormHelperText>
    </FormGroup>
  );
}
