import { usePluginTranslation } from '../i18n';

/** A duration in words the reader's language uses: `42 s`, `4 min 12 s`, `2 h 5 min`. */
export function useDurationText(): (ms: number) => string {
  const { t } = usePluginTranslation();
  return (ms) => {
    const seconds = Math.max(0, Math.round(ms / 1000));
    const minutes = Math.floor(seconds / 60);
    const hours = Math.floor(minutes / 60);
    if (hours > 0) return t('{{hours}} h {{minutes}} min', { hours, minutes: minutes % 60 });
    if (minutes > 0) return t('{{minutes}} min {{seconds}} s', { minutes, seconds: seconds % 60 });
    return t('{{seconds}} s', { seconds });
  };
}
