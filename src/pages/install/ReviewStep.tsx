import { useEffect, useState } from 'react';
import { Alert, Content, Spinner } from '@patternfly/react-core';
import type {
  InstallPreview,
  InstallPreviewRequest,
  InstallRequest,
} from '../../../server/contract/install';
import { failureMessage } from '../../api/bff-client';
import { YamlPreview } from '../../components/YamlPreview';
import { usePluginTranslation } from '../../i18n';
import { previewInstall } from './install-api';

/** The YAML of every object the install creates, as the BFF will create it; the key itself is redacted. */
export function ReviewStep({ request }: { request: InstallRequest }) {
  const { t } = usePluginTranslation();
  const [preview, setPreview] = useState<{ objects?: InstallPreview['objects']; error?: string }>(
    {},
  );
  const { key, ...choices } = request;
  const body = JSON.stringify({ ...choices, keyMode: key.mode });

  useEffect(() => {
    let current = true;
    previewInstall(JSON.parse(body) as InstallPreviewRequest).then(
      (result) => {
        if (current) setPreview({ objects: result.objects });
      },
      (error: unknown) => {
        if (current) setPreview({ error: failureMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [body]);

  if (preview.error) {
    return (
      <Alert component="h2" isInline variant="danger" title={t('The preview failed')}>
        {preview.error}
      </Alert>
    );
  }
  if (!preview.objects) return <Spinner aria-label={t('Preparing the preview')} />;
  const keyNote = {
    generate: t(
      'The Secret shows <generated-on-install> in place of the key: the server generates it when you install and never sends it to the browser.',
    ),
    upload: t('The Secret shows <uploaded-key> in place of your uploaded private key.'),
    keep: t('The Secret shows <stored-key>: the key already stored stays unchanged.'),
  }[key.mode];
  return (
    <>
      <Content component="p">
        {t(
          'Install creates these objects with your permissions. Objects that already exist are adopted, never overwritten.',
        )}{' '}
        {keyNote}
      </Content>
      {preview.objects.map((object) => (
        <YamlPreview key={object.kind} {...object} />
      ))}
    </>
  );
}
