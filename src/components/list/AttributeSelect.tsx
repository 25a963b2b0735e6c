import { useState, type Ref } from 'react';
import {
  Badge,
  MenuToggle,
  Select,
  SelectList,
  SelectOption,
  type MenuToggleElement,
} from '@patternfly/react-core';
import type { AttributeOption } from './useList';

interface AttributeSelectProps {
  title: string;
  placeholder: string;
  options: readonly AttributeOption[];
  selected: readonly string[];
  onToggle: (option: string) => void;
}

/** Checkboxes for one attribute, each option with how many rows of the whole list have it. */
export function AttributeSelect({
  title,
  placeholder,
  options,
  selected,
  onToggle,
}: AttributeSelectProps) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <Select
      role="menu"
      isOpen={isOpen}
      selected={selected}
      onOpenChange={setIsOpen}
      onSelect={(_event, value) => {
        onToggle(String(value));
      }}
      maxMenuHeight="60vh"
      isScrollable
      toggle={(toggleRef: Ref<MenuToggleElement>) => (
        <MenuToggle
          ref={toggleRef}
          isExpanded={isOpen}
          onClick={() => {
            setIsOpen((open) => !open);
          }}
          badge={selected.length > 0 ? <Badge isRead>{selected.length}</Badge> : undefined}
          data-test="attribute-filter"
        >
          {placeholder}
        </MenuToggle>
      )}
    >
      <SelectList aria-label={title}>
        {options.map((option) => (
          <SelectOption
            key={option.id}
            value={option.id}
            hasCheckbox
            isSelected={selected.includes(option.id)}
            data-test={`filter-option-${option.id}`}
          >
            {option.label} <Badge isRead>{option.count}</Badge>
          </SelectOption>
        ))}
      </SelectList>
    </Select>
  );
}
