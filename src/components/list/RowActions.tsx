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
 * The menu (a Dropdown and its Popper) exists only once the toggle is pointed at or focused: a page of
 * rows holds just the toggles, and no row component asks for translations (each such hook costs a
 * page of rows dearly). Mounted before it opens, the menu takes the focus to its first item.
 */
export function RowActions({ label, actions }: { label: string; actions: readonly RowAction[] }) {
  const [isArmed, setIsArmed] = useState(false);
  const [isOpen, setIsOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const arm = () => {
    setIsArmed(true);
  };
  return (
    <>
      <MenuToggle
        ref={toggleRef}
        variant="plain"
        icon={<EllipsisVIcon />}
        aria-label={label}
        isExpanded={isOpen}
        onFocus={arm}
        onMouseEnter={arm}
        onClick={() => {
          setIsArmed(true);
          setIsOpen((open) => !open);
        }}
        data-test="row-actions"
      />
      {isArmed ? (
        <Dropdown
          isOpen={isOpen}
          onOpenChange={setIsOpen}
          onSelect={() => {
            setIsOpen(false);
          }}
          toggle={{ toggleNode: null, toggleRef }}
          shouldFocusToggleOnSelect
          shouldFocusFirstItemOnOpen
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
