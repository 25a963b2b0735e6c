import type { Catalogue, ParamsOf } from '../../server/contract/messages';
import { formatDateTime, formatDuration, formatList, formatNumber } from './format';

/** The plugin's `t()`: a key of the plugin's namespace and its interpolation values. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What a code's words are written with: `t()` and the language's way with lists, numbers and times. */
export interface Wording {
  t: Translate;
  /** The reader's language, as the console's i18next has it (`zh-CN`, `ja`, `en`…). */
  language: string;
  list: (items: readonly string[]) => string;
  number: (value: number) => string;
  dateTime: (timestamp: string) => string;
  duration: (seconds: number) => string;
  /** Sentences one after another: Chinese and Japanese put no space between them. */
  sentences: (...sentences: string[]) => string;
}

const unspaced = /^(zh|ja)\b/;

export function wordingFor(t: Translate, language: string): Wording {
  return {
    t,
    language,
    list: (items) => formatList(language, items),
    number: (value) => formatNumber(language, value),
    dateTime: (timestamp) => formatDateTime(language, timestamp),
    duration: (seconds) => formatDuration(language, seconds),
    sentences: (...sentences) => sentences.join(unspaced.test(language) ? '' : ' '),
  };
}

/**
 * The words for every code of a catalogue, each given the params its code names: the compiler checks
 * that no code is missing and that each entry reads only params its code has.
 */
export type WordsFor<C extends Catalogue, R = string> = {
  [K in keyof C & string]: (wording: Wording, params: ParamsOf<C[K]>) => R;
};

/** A message as it arrives: its code, and params the BFF built for that code. */
export interface Message<C extends Catalogue> {
  code: keyof C & string;
  params?: object;
}

/** The words for one message, by its code's entry in a table. */
export function say<C extends Catalogue, R>(
  table: WordsFor<C, R>,
  wording: Wording,
  message: Message<C>,
): R {
  // The contract pairs each code with its params; the wire cannot say so to the compiler.
  const words = table[message.code] as (wording: Wording, params: object) => R;
  return words(wording, message.params ?? {});
}

/** Names shown in a finding (at most a few of `count`), with how many more there are. */
export function namesAndMore(wording: Wording, names: readonly string[], count: number): string {
  const more = count - names.length;
  if (more <= 0) return wording.list(names);
  return wording.list([...names, wording.t('{{count, number}} more', { count: more })]);
}
