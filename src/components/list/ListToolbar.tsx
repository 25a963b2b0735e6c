import { memo, useState, type ReactNode, type Ref } from 'react';
import {
  Button,
  MenuToggle,
  SearchInput,
  Select,
  SelectList,
  SelectOption,
  Toolbar,
  ToolbarContent,
  ToolbarFilter,
  ToolbarGroup,
  ToolbarItem,
  ToolbarToggleGroup,
  type MenuToggleElement,
} from '@patternfly/react-core';
import { ColumnsIcon, FilterIcon } from '@patternfly/react-icons';
import { usePluginTranslation } from '../../i18n';
import { AttributeSelect } from './AttributeSelect';
import { ListPagination } from './ListPagination';
import { withAttributeCleared, withAttributeToggled, withoutFilters, withText } from './list-model';
import type { List } from './useList';

const textCategory = '';

/** Which filter the toolbar offers: the text, or one attribute (the console's attribute-value filter). */
function CategorySelect({
  categories,
  value,
  onChange,
}: {
  categories: readonly { id: string; title: string }[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = usePluginTranslation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <Select
      isOpen={isOpen}
      selected={value}
      onOpenChange={setIsOpen}
      onSelect={(_event, id) => {
        onChange(String(id));
        setIsOpen(false);
      }}
      toggle={(toggleRef: Ref<MenuToggleElement>) => (
        <MenuToggle
          ref={toggleRef}
          icon={<FilterIcon />}
          isExpanded={isOpen}
          onClick={() => {
            setIsOpen((open) => !open);
          }}
          data-test="filter-category"
        >
          {categories.find((category) => category.id === value)?.title}
        </MenuToggle>
      )}
    >
      <SelectList aria-label={t('What to filter on')}>
        {categories.map((category) => (
          <SelectOption key={category.id} value={category.id}>
            {category.title}
          </SelectOption>
        ))}
      </SelectList>
    </Select>
  );
}

interface ListToolbarProps<T> {
  list: List<T>;
  /** The list's name, as its table is labelled. */
  label: string;
  /** The page's own actions on the list, such as Create: ToolbarItems. */
  actions?: ReactNode;
  onManageColumns: () => void;
}

/** Filters (text and attributes, with removable labels), the page's actions, columns, pagination. */
function ListToolbarControls<T>({ list, label, actions, onManageColumns }: ListToolbarProps<T>) {
  const { t } = usePluginTranslation();
  const { spec, state, update } = list;
  const attributes = spec.attributes ?? [];
  const [category, setCategory] = useState(textCategory);
  const searchTitle = t('Search');
  return (
    <Toolbar
      clearAllFilters={() => {
        update(withoutFilters);
      }}
      clearFiltersButtonText={t('Clear all filters')}
      data-test={`${spec.id}-toolbar`}
    >
      <ToolbarContent>
        <ToolbarToggleGroup toggleIcon={<FilterIcon />} breakpoint="md">
          <ToolbarGroup variant="filter-group">
            {attributes.length > 0 ? (
              <ToolbarItem>
                <CategorySelect
                  categories={[
                    { id: textCategory, title: searchTitle },
                    ...attributes.map(({ id, title }) => ({ id, title })),
                  ]}
                  value={category}
                  onChange={setCategory}
                />
              </ToolbarItem>
            ) : null}
            <ToolbarFilter
              categoryName={searchTitle}
              labels={state.text ? [state.text] : []}
              deleteLabel={() => {
                update((current) => withText(current, ''));
              }}
              showToolbarItem={category === textCategory}
            >
              <SearchInput
                aria-label={spec.searchPlaceholder}
                placeholder={spec.searchPlaceholder}
                value={state.text}
                onChange={(_event, text) => {
                  update((current) => withText(current, text), { debounceUrl: true });
                }}
                onClear={() => {
                  update((current) => withText(current, ''));
                }}
                data-test="list-filter"
              />
            </ToolbarFilter>
            {attributes.map((attribute) => {
              const options = list.options[attribute.id] ?? [];
              const selected = state.attributes[attribute.id] ?? [];
              return (
                <ToolbarFilter
                  key={attribute.id}
                  categoryName={{ key: attribute.id, name: attribute.title }}
                  labels={selected.map((id) => ({
                    key: id,
                    node: options.find((option) => option.id === id)?.label ?? id,
                  }))}
                  deleteLabel={(_category, label) => {
                    const id = typeof label === 'string' ? label : label.key;
                    update((current) => withAttributeToggled(current, attribute.id, id));
                  }}
                  deleteLabelGroup={() => {
                    update((current) => withAttributeCleared(current, attribute.id));
                  }}
                  showToolbarItem={category === attribute.id}
                >
                  <AttributeSelect
                    title={attribute.title}
                    placeholder={attribute.placeholder}
                    options={options}
                    selected={selected}
                    onToggle={(id) => {
                      update((current) => withAttributeToggled(current, attribute.id, id));
                    }}
                  />
                </ToolbarFilter>
              );
            })}
          </ToolbarGroup>
        </ToolbarToggleGroup>
        {actions ? <ToolbarGroup variant="action-group">{actions}</ToolbarGroup> : null}
        <ToolbarItem>
          <Button
            variant="plain"
            icon={<ColumnsIcon />}
            aria-label={t('Manage columns')}
            onClick={onManageColumns}
            data-test="manage-columns"
          />
        </ToolbarItem>
        <ToolbarItem variant="pagination" align={{ default: 'alignEnd' }}>
          <ListPagination list={list} label={label} />
        </ToolbarItem>
      </ToolbarContent>
    </Toolbar>
  );
}

/** Renders again only when the list or the page's actions changed, not on every URL change. */
export const ListToolbar = memo(ListToolbarControls) as typeof ListToolbarControls;
