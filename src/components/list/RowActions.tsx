import { useRef, useState } from 'react';
import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import { EllipsisVIcon } from '@patternfly/react-icons';

export interface RowAction {
  title: string;
  onClick: () => void;
  isDisabled?: boolean;
  isDanger?: boolean;
}

/**
 * The kebab menu of one row; `label` names the row, so a screen reader says whose actions these are.
 * The menu (a Dropdown and its Popper) exists only while open: a page of rows holds just the toggles,
 * and no row component asks for translations (each such hook costs a page of rows dearly).
 */
export function RowActions({ label, actions }: { label: string; actions: readonly RowAction[] }) {
  const [isOpen, setIsOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <MenuToggle
        ref={toggleRef}
        variant="plain"
        icon={<EllipsisVIcon />}
        aria-label={label}
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
