import { useState } from 'react';
import {
  Button,
  Checkbox,
  Content,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Stack,
} from '@patternfly/react-core';
import { usePluginTranslation } from '../../i18n';
import { defaultColumnIds } from './useColumnVisibility';
import type { ListColumn } from './useList';

interface ColumnManagementModalProps<T> {
  listId: string;
  columns: readonly ListColumn<T>[];
  shown: readonly string[];
  onSave: (shown: readonly string[]) => void;
  onClose: () => void;
}

/** The console's "Manage columns": pick the columns of a list; the naming column always stays. */
export function ColumnManagementModal<T>({
  listId,
  columns,
  shown,
  onSave,
  onClose,
}: ColumnManagementModalProps<T>) {
  const { t } = usePluginTranslation();
  const [checked, setChecked] = useState<readonly string[]>(shown);
  const titleId = `${listId}-columns-title`;
  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby={titleId}>
      <ModalHeader title={t('Manage columns')} labelId={titleId} />
      <ModalBody>
        <Stack hasGutter>
          <Content component="p">{t('Selected columns appear in the table.')}</Content>
          {columns.map((column) => (
            <Checkbox
              key={column.id}
              id={`${listId}-column-${column.id}`}
              label={column.title}
              isDisabled={column.required}
              isChecked={column.required || checked.includes(column.id)}
              onChange={(_event, isChecked) => {
                setChecked((previous) =>
                  isChecked ? [...previous, column.id] : previous.filter((id) => id !== column.id),
                );
              }}
            />
          ))}
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button
          variant="primary"
          onClick={() => {
            onSave(columns.map(({ id }) => id).filter((id) => checked.includes(id)));
            onClose();
          }}
        >
          {t('Save')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            setChecked(defaultColumnIds(columns));
          }}
        >
          {t('Restore default columns')}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
