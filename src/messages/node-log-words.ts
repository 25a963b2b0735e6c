import type {
  NodeLogProblemCatalogue,
  logQueryProblemCatalogue,
} from '../../server/contract/node-logs';
import type { WordsFor } from './wording';

/** Why a node's log cannot be read, in the reader's language (the API server's answer as it is). */
export const nodeLogProblemWords: WordsFor<NodeLogProblemCatalogue> = {
  'node-logs-forbidden': ({ t }, p) =>
    t(
      'Reading the logs of node {{node}} needs permission to {{verb}} {{resource}}, which your user does not have. A cluster administrator can grant it; the same right lets you run {{command}}.',
      p,
    ),
  'node-not-found': ({ t }, p) => t('There is no node {{node}}', p),
  'node-proxy-failed': ({ t }, p) =>
    t('Node {{node}}: the API server answered {{status}}: {{message}}', p),
  'log-not-found': (w, { node, service, tried }) =>
    w.t('{{service}} has no log on node {{node}}: none of these files exists: {{files}}', {
      node,
      service,
      files: w.list(tried),
    }),
};

/** Why a log read's query was refused. */
export const logQueryProblemWords: WordsFor<typeof logQueryProblemCatalogue> = {
  'log-max-bytes-too-large': (w, { largest }) =>
    w.t('At most {{largest}} bytes can be read at once.', { largest: w.number(largest) }),
  'log-window-reversed': ({ t }) => t('The end of the time window is before its start.'),
};
