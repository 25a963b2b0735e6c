import { useRef } from 'react';
import { Td, Th, type TdProps, type ThProps } from '@patternfly/react-table';

// PatternFly's Td and Th measure themselves (offsetWidth against scrollWidth) in an effect keyed on
// their ref, which is a new object on every render unless one is given: a forced layout per cell per
// render. With a ref that stays, they measure once, when mounted.

export function ListTd(props: Omit<TdProps, 'ref'>) {
  const ref = useRef<HTMLTableCellElement>(null);
  return <Td ref={ref} {...props} />;
}

export function ListTh(props: Omit<ThProps, 'ref'>) {
  const ref = useRef<HTMLTableCellElement>(null);
  return <Th ref={ref} {...props} />;
}
