import { Button, Content } from '@patternfly/react-core';
import { ExternalLinkAltIcon } from '@patternfly/react-icons';
import type { GuideSection } from '../../server/contract/guide';
import { guideEdition, guideUrl } from '../messages/guide';
import { useWording } from '../messages/useWording';

/** `Guide §2.7.3`, linking to that section of Red Hat's guide in the reader's language, or in English. */
export function GuideLink({ section }: { section: GuideSection }) {
  const { t, language } = useWording();
  const translated = guideEdition(language) !== 'en' || language.startsWith('en');
  const description = translated
    ? t(
        'Section {{section}} of Red Hat’s guide “Windows Container Support for OpenShift” (OpenShift 4.12), which these checks follow',
        { section },
      )
    : t(
        'Section {{section}} of Red Hat’s guide “Windows Container Support for OpenShift” (OpenShift 4.12), which these checks follow; Red Hat publishes it in English only',
        { section },
      );
  return (
    <Button
      variant="link"
      isInline
      component="a"
      href={guideUrl(language, section)}
      target="_blank"
      rel="noopener noreferrer"
      icon={<ExternalLinkAltIcon />}
      iconPosition="end"
      title={description}
      data-test="guide-link"
    >
      {t('Guide §{{section}}', { section })}
    </Button>
  );
}

/** Says, where guide links are shown, which guide they point to. */
export function GuideNote() {
  const { t, language } = useWording();
  return (
    <Content component="small" data-test="guide-note">
      {guideEdition(language) === 'en' && !language.startsWith('en')
        ? t(
            '“Guide §” links go to Red Hat’s guide “Windows Container Support for OpenShift” (OpenShift 4.12), which these checks follow; Red Hat publishes it in English only.',
          )
        : t(
            '“Guide §” links go to Red Hat’s guide “Windows Container Support for OpenShift” (OpenShift 4.12), which these checks follow, in your language.',
          )}
    </Content>
  );
}
