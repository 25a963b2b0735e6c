import type { DisconnectedSign, FindingCatalogue } from '../../server/contract/findings';
import type { FindingText } from './finding-text';
import { platformName } from './platform-name';
import { namesAndMore, type Wording, type WordsFor } from './wording';

/** Which signs said the cluster is disconnected. */
function disconnectedSigns(
  w: Wording,
  { signs, mirrorSets }: { signs: DisconnectedSign[]; mirrorSets: number },
): string {
  const named = signs.map((sign) =>
    sign === 'mirror-sets'
      ? w.t('{{count}} ImageDigestMirrorSet or ImageTagMirrorSet', { count: mirrorSets })
      : w.t('OperatorHub’s default catalog sources turned off'),
  );
  return w.t('This cluster is disconnected: {{signs}}.', { signs: w.list(named) });
}

/** How the cluster was installed and reaches its images, and what BYOH hosts need from it. */
export const topologyFindingWords = {
  'cluster-user-provisioned': (w, { platform, machineSets }) => ({
    title: w.t('User-provisioned cluster on {{platform}}: Windows nodes join as BYOH only', {
      platform: platformName(w, platform),
    }),
    detail: w.sentences(
      w.t(
        'The Machine API does not manage this cluster’s machines, so Windows MachineSets cannot create Windows machines here; add existing Windows instances as Bring-Your-Own-Host nodes instead.',
      ),
      ...(machineSets.length > 0
        ? [
            w.t('These Windows MachineSets will not create machines: {{machineSets}}.', {
              machineSets: w.list(machineSets),
            }),
          ]
        : []),
    ),
  }),
  'cluster-disconnected': (w, params) => ({
    title: w.t('Disconnected cluster: WMCO and Windows images must be mirrored'),
    detail: w.sentences(
      disconnectedSigns(w, params),
      w.t(
        'Install WMCO from a mirrored catalog source, and mirror the Windows workload images and the pause image; WMCO configures the mirrors on Windows nodes per registry.',
      ),
      w.t(
        'The panel “{{panel}}” on this page shows the mirrors WMCO will configure and the entries that will not work for Windows.',
        { panel: w.t('Registry mirrors on Windows nodes') },
      ),
    ),
  }),
  'cluster-disconnected-unsupported': (w, params) => ({
    title: w.t('WMCO {{wmco}} does not support disconnected clusters', { wmco: params.wmco }),
    detail: w.sentences(
      disconnectedSigns(w, params),
      w.t(
        'Windows nodes run on disconnected clusters from WMCO 10.16 on; install that or a later release from a mirrored catalog source.',
      ),
    ),
  }),
  'byoh-outside-machine-network': (w, { count, addresses, cidrs }) => ({
    title: w.t('{{count}} BYOH instance is outside the machine network', { count }),
    detail: w.t(
      'BYOH instances must be on the same network as the Linux workers ({{cidrs}}); these are not: {{addresses}}.',
      { cidrs: w.list(cidrs), addresses: namesAndMore(w, addresses, count) },
    ),
  }),
  'byoh-machine-network-unknown': ({ t }, { configMap }) => ({
    title: t('Cannot tell whether BYOH instances share the Linux workers’ network'),
    detail: t(
      'The machine network is read from install-config in ConfigMap {{configMap}}, which cannot be read or names no machine network; check by hand that each BYOH instance is on the Linux workers’ network.',
      { configMap },
    ),
  }),
  'byoh-prerequisites': (w, { awsTag, apiInt }) => ({
    title: w.t('What each BYOH instance needs'),
    detail: w.sentences(
      w.t(
        'Each instance must be on the Linux workers’ network, run an SSH server on port 22 whose default shell is cmd.exe, accept the key in cloud-private-key for its administrator, have port 10250 open for logs, and have a hostname that is a lowercase RFC 1123 label; the preflight on the BYOH page checks these on each host.',
      ),
      ...(awsTag
        ? [
            w.t(
              'The plugin cannot see instance tags: on AWS, tag each instance {{tag}} with the value owned or shared.',
              {
                tag: awsTag,
              },
            ),
          ]
        : []),
      ...(apiInt
        ? [
            w.t(
              'On vSphere, {{host}} must resolve from each instance to the API server (a CNAME or an A record), so that it can download its Ignition config; the preflight does not check this yet.',
              { host: apiInt },
            ),
          ]
        : []),
    ),
  }),
} satisfies Partial<WordsFor<FindingCatalogue, FindingText>>;
