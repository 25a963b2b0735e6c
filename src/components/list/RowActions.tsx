import { useRef, useState } from 'react';
import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import { EllipsisVIcon } from '@patternfly/react-icons';
import { usePluginTranslation } from '../../i18n';

export interface RowAction {
  title: string;
  onClick: () => void;
  isDisabled?: boolean;
  isDanger?: boolean;
}

/**
 * The kebab menu of one row, named after the row so a screen reader says whose actions these are. The
 * menu (a Dropdown and its Popper) exists only while open: a page of rows holds just the toggles.
 */
export function RowActions({ name, actions }: { name: string; actions: readonly RowAction[] }) {
  const { t } = usePluginTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <MenuToggle
        ref={toggleRef}
        variant="plain"
        icon={<EllipsisVIcon />}
        aria-label={t('Actions for {{name}}', { name })}
        isExpanded={isOpen}
        onClick={() => {
          setIsOpen((open) => !open);
        }}
        data-test="row-actions"
      />
      {isOpen ? (
        <Dropdown
          isOpen
          onOpenChange={setIsOpen}
          onSelect={() => {
            setIsOpen(false);
          }}
          toggle={{ toggleNode: null, toggleRef }}
          shouldFocusToggleOnSelect
          popperProps={{ position: 'end' }}
        >
          <DropdownList>
            {actions.map((action) => (
              <DropdownItem
                key={action.title}
                isDisabled={action.isDisabled}
                isDanger={action.isDanger}
                onClick={action.onClick}
              >
                {action.title}
              </DropdownItem>
            ))}
          </DropdownList>
        </Dropdown>
      ) : null}
    </>
  );
}
