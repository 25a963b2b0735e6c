import {
  Alert,
  Button,
  Content,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  List,
  ListItem,
  Stack,
  TextArea,
} from '@patternfly/react-core';
import type { MachineSetProblem } from '../../../server/src/domain/machinesets/machine-set-problem';
import { downloadText } from '../../components/download';
import { usePluginTranslation } from '../../i18n';
import { useProblemText } from './useProblemText';

interface MachineSetReviewProps {
  name: string;
  yaml: string;
  edited: boolean;
  /** Problems of the YAML as it stands, re-checked on every edit. */
  problems: MachineSetProblem[];
  /** What the BFF or the API server refused on create. */
  createError?: string;
  onChange: (yaml: string) => void;
  onReset: () => void;
}

/**
 * The MachineSet as YAML, editable, with every problem named by its field as the admin types; the verdict
 * comes before the long YAML so it is read without scrolling.
 */
export function MachineSetReview({
  name,
  yaml,
  edited,
  problems,
  createError,
  onChange,
  onReset,
}: MachineSetReviewProps) {
  const { t } = usePluginTranslation();
  const problemText = useProblemText();
  return (
    <Stack hasGutter>
      <Content component="p">
        {t(
          'This is the guide’s MachineSet with your values. Edit it if you need to; it is checked again as you type, and by the API server (dry run) before it is created with your permissions.',
        )}
      </Content>
      {problems.length > 0 ? (
        <Alert
          component="h2"
          isInline
          variant="danger"
          title={t('Fix these before creating')}
          data-test="machineset-yaml-problems"
        >
          <List>
            {problems.map((problem) => (
              <ListItem key={`${problem.field}-${problem.code}`}>
                <code>{problem.field}</code>: {problemText(problem)}
              </ListItem>
            ))}
          </List>
        </Alert>
      ) : (
        <Alert component="h2" isInline isPlain variant="success" title={t('No problems found')} />
      )}
      <Form>
        <FormGroup label={t('MachineSet YAML')} fieldId="machineset-yaml">
          <TextArea
            id="machineset-yaml"
            value={yaml}
            rows={28}
            resizeOrientation="vertical"
            spellCheck={false}
            validated={problems.length > 0 ? 'error' : 'default'}
            style={{ fontFamily: 'var(--pf-t--global--font--family--mono)' }}
            onChange={(_event, text) => {
              onChange(text);
            }}
          />
          <FormHelperText>
            <HelperText>
              <HelperTextItem>
                {edited ? t('Edited by you.') : t('Generated from the previous steps.')}
              </HelperTextItem>
            </HelperText>
          </FormHelperText>
        </FormGroup>
      </Form>
      <div>
        <Button variant="link" isInline isDisabled={!edited} onClick={onReset}>
          {t('Discard my edits')}
        </Button>{' '}
        <Button
          variant="link"
          isInline
          onClick={() => {
            downloadText(`machineset-${name}.yaml`, yaml, 'application/yaml');
          }}
        >
          {t('Download YAML')}
        </Button>
      </div>
      {createError ? (
        <Alert
          component="h2"
          isInline
          variant="danger"
          title={t('The MachineSet was not created')}
          data-test="machineset-create-error"
        >
          {createError}
        </Alert>
      ) : null}
    </Stack>
  );
}
