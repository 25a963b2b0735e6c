import type { CheckCatalogue } from '../../server/contract/byoh';
import type { CheckText } from './check-text';
import type { Wording, WordsFor } from './wording';

type ApiIntCodes = Extract<keyof CheckCatalogue, `api-int-${string}`>;

/** vSphere hosts download their Ignition config from api-int (guide 5.3.2.2). */
function unresolved({ t }: Wording, message: string, params: { name: string }): CheckText {
  return {
    message,
    fix: t(
      "Make the host's DNS resolve {{name}} to the API server (a CNAME or an A record): on vSphere, BYOH hosts download their Ignition config from it.",
      params,
    ),
  };
}

/** What the api-int check (vSphere only) found, and how to fix it. */
export const apiIntCheckWords: Pick<WordsFor<CheckCatalogue, CheckText>, ApiIntCodes> = {
  'api-int-resolves': ({ t }, p) => ({
    message: t('{{name}} resolves on the host to {{addresses}}.', p),
  }),
  'api-int-unresolved': (w, p) =>
    unresolved(w, w.t('{{name}} does not resolve on the host.', p), p),
  'api-int-no-answer': (w, p) =>
    unresolved(w, w.t("The host's lookup of {{name}} did not finish in time.", p), p),
  'api-int-unnamed': ({ t }) => ({
    message: t('The Infrastructure resource names no internal API host to look up.'),
    fix: t('Check by hand that api-int.<cluster domain> resolves on the host.'),
  }),
};
