import { useState } from 'react';
import {
  Button,
  Form,
  FormSelect,
  FormSelectOption,
  Switch,
  TextInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { serviceLogIds } from '../../../server/src/domain/diagnostics/service-logs';
import type { ServiceLogId } from '../../../server/contract/node-logs';
import { FormFieldGroup } from '../../components/FormFieldGroup';
import { usePluginTranslation } from '../../i18n';
import { logFormProblems, type LogForm } from './log-view-model';

interface LogToolbarProps {
  applied: LogForm;
  onApply: (form: LogForm) => void;
  /** Where the selected lines download from (the BFF's text route). */
  downloadUrl: (form: LogForm) => string;
}

/**
 * What to read of a node's logs: the service, the last N lines, a time window, a text filter and
 * follow. Shown when the admin asks (Enter or Show); follow and the service take effect at once.
 */
export function LogToolbar({ applied, onApply, downloadUrl }: LogToolbarProps) {
  const { t } = usePluginTranslation();
  const [form, setForm] = useState(applied);
  const problems = logFormProblems(form);
  const valid = Object.keys(problems).length === 0;
  const change = (next: Partial<LogForm>, now = false) => {
    const updated = { ...form, ...next };
    setForm(updated);
    if (now && Object.keys(logFormProblems(updated)).length === 0) onApply(updated);
  };
  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onApply(form);
      }}
    >
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <FormFieldGroup label={t('Service')} fieldId="log-service">
              <FormSelect
                id="log-service"
                value={form.service}
                onChange={(_event, service) => {
                  change({ service: service as ServiceLogId }, true);
                }}
              >
                {serviceLogIds.map((service) => (
                  <FormSelectOption key={service} value={service} label={service} />
                ))}
              </FormSelect>
            </FormFieldGroup>
          </ToolbarItem>
          <ToolbarItem>
            <FormFieldGroup
              label={t('Last lines')}
              fieldId="log-tail"
              help={t('Empty: the whole log.')}
              error={
                problems.tailLines
                  ? t('A number from 1 to 100000, or empty for the whole log.')
                  : undefined
              }
            >
              <TextInput
                id="log-tail"
                inputMode="numeric"
                value={form.tailLines}
                validated={problems.tailLines ? 'error' : 'default'}
                onChange={(_event, tailLines) => {
                  change({ tailLines: tailLines.trim() });
                }}
              />
            </FormFieldGroup>
          </ToolbarItem>
          <ToolbarItem>
            <FormFieldGroup label={t('From')} fieldId="log-since">
              <TextInput
                id="log-since"
                type="datetime-local"
                value={form.sinceTime}
                onChange={(_event, sinceTime) => {
                  change({ sinceTime });
                }}
              />
            </FormFieldGroup>
          </ToolbarItem>
          <ToolbarItem>
            <FormFieldGroup
              label={t('To')}
              fieldId="log-until"
              error={problems.untilTime ? t('Not before From.') : undefined}
            >
              <TextInput
                id="log-until"
                type="datetime-local"
                value={form.untilTime}
                validated={problems.untilTime ? 'error' : 'default'}
                onChange={(_event, untilTime) => {
                  change({ untilTime });
                }}
              />
            </FormFieldGroup>
          </ToolbarItem>
          <ToolbarItem>
            <FormFieldGroup label={t('Containing')} fieldId="log-filter">
              <TextInput
                id="log-filter"
                type="search"
                value={form.filter}
                maxLength={200}
                onChange={(_event, filter) => {
                  change({ filter });
                }}
              />
            </FormFieldGroup>
          </ToolbarItem>
          <ToolbarItem alignSelf="end">
            <Switch
              id="log-follow"
              label={t('Follow')}
              isChecked={form.follow}
              isDisabled={form.untilTime !== ''}
              onChange={(_event, follow) => {
                change({ follow }, true);
              }}
            />
          </ToolbarItem>
          <ToolbarItem alignSelf="end">
            <Button type="submit" isDisabled={!valid}>
              {t('Show')}
            </Button>
          </ToolbarItem>
          <ToolbarItem alignSelf="end">
            <Button
              variant="secondary"
              component="a"
              href={downloadUrl(form)}
              download
              isDisabled={!valid}
            >
              {t('Download')}
            </Button>
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
    </Form>
  );
}
