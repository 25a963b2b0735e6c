import type { LogCut } from '../../../server/contract/node-logs';
import { formatBytes } from '../../components/format-bytes';
import { usePluginTranslation } from '../../i18n';

/** What a log read left out, said plainly. */
export function useCutText(): (cut: LogCut) => string {
  const { t } = usePluginTranslation();
  return ({ code, params }) => {
    switch (code) {
      case 'before-tail':
        return t(
          'Only the last lines are shown: the first {{skipped}} of {{total}} were not read.',
          {
            skipped: formatBytes(params.fromByte),
            total: formatBytes(params.totalBytes),
          },
        );
      case 'before-window':
        return t('The first {{skipped}} lie before the time window and were skipped.', {
          skipped: formatBytes(params.fromByte),
        });
      case 'after-window':
        return t('The last {{skipped}} lie after the time window and were skipped.', {
          skipped: formatBytes(params.totalBytes - params.toByte),
        });
      case 'byte-cap':
        return params.unreadBytes === undefined
          ? t('Cut at {{shown}}: narrow the time window or the filter to see the rest.', {
              shown: formatBytes(params.shownBytes),
            })
          : t('Cut at {{shown}}; {{unread}} more were not read. Narrow the window, or download.', {
              shown: formatBytes(params.shownBytes),
              unread: formatBytes(params.unreadBytes),
            });
      case 'scan-cap':
        return t(
          'Looked back through {{scanned}} without finding as many matching lines as asked for.',
          { scanned: formatBytes(params.scannedBytes) },
        );
      case 'rotated':
        return t('The log was rotated while followed: reading went on from its new start.');
      case 'no-timestamps':
        return t(
          'This log’s lines carry no time this view reads: the time window was not applied.',
        );
    }
  };
}
