import { Button, ClipboardCopy, Content, Flex, FlexItem } from '@patternfly/react-core';
import { DownloadIcon } from '@patternfly/react-icons';
import type { PublicKeyInfo } from '../../../server/contract/install';
import { downloadText } from '../../components/download';
import { usePluginTranslation } from '../../i18n';

/** The public half of WMCO's key: what golden images and BYOH hosts must trust. */
export function PublicKeyPanel({ publicKey }: { publicKey: PublicKeyInfo }) {
  const { t } = usePluginTranslation();
  return (
    <Flex direction={{ default: 'column' }} data-test="public-key">
      <FlexItem>
        <Content component="p">
          {t(
            'Add this public key to administrators_authorized_keys on Windows golden images and BYOH hosts. Fingerprint: {{fingerprint}}',
            { fingerprint: publicKey.fingerprint },
          )}
        </Content>
      </FlexItem>
      <FlexItem>
        <ClipboardCopy isReadOnly isCode hoverTip={t('Copy')} clickTip={t('Copied')}>
          {publicKey.publicKey}
        </ClipboardCopy>
      </FlexItem>
      <FlexItem>
        <Button
          variant="secondary"
          icon={<DownloadIcon />}
          onClick={() => {
            downloadText('wmco-key.pub', `${publicKey.publicKey}\n`);
          }}
        >
          {t('Download public key')}
        </Button>
      </FlexItem>
    </Flex>
  );
}
