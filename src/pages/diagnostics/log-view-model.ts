import type {
  LogCut,
  LogSourceDocument,
  LogStreamLine,
  NodeLogProblem,
  ServiceLogId,
} from '../../../server/contract/node-logs';

/** What the Logs view asks for, as its form holds it. */
export interface LogForm {
  service: ServiceLogId;
  /** The last N lines; '' for the whole log (from its start, within the window). */
  tailLines: string;
  /** `datetime-local` values (the reader's local time); '' for no bound. */
  sinceTime: string;
  untilTime: string;
  filter: string;
  follow: boolean;
}

export const initialLogForm: LogForm = {
  service: 'kubelet',
  tailLines: '500',
  sinceTime: '',
  untilTime: '',
  filter: '',
  follow: false,
};

/** The most lines the browser keeps of a followed log; older ones are let go, and counted. */
export const keptLines = 20_000;

/** The query the BFF reads one service's log with (also the download's, without follow). */
export function logQuery(form: LogForm, { download = false } = {}): string {
  const query = new URLSearchParams();
  if (form.tailLines) query.set('tailLines', form.tailLines);
  if (form.sinceTime) query.set('sinceTime', new Date(form.sinceTime).toISOString());
  if (form.untilTime) query.set('untilTime', new Date(form.untilTime).toISOString());
  if (form.filter.trim()) query.set('filter', form.filter.trim());
  if (form.follow && !download) query.set('follow', 'true');
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Why the form cannot be sent, by field; none when it can. */
export function logFormProblems(form: LogForm): Partial<Record<keyof LogForm, 'tail' | 'window'>> {
  const tail = form.tailLines;
  const tailOk = tail === '' || (/^[1-9][0-9]*$/.test(tail) && Number(tail) <= 100_000);
  const windowOk =
    !form.sinceTime || !form.untilTime || new Date(form.untilTime) >= new Date(form.sinceTime);
  return { ...(tailOk ? {} : { tailLines: 'tail' }), ...(windowOk ? {} : { untilTime: 'window' }) };
}

/** A read of one service's log as the view shows it. */
export interface LogViewState {
  source?: LogSourceDocument;
  lines: string[];
  /** Lines received and let go to keep the page light (a long follow). */
  droppedLines: number;
  cuts: LogCut[];
  problem?: NodeLogProblem;
  ended: boolean;
}

export const emptyLogView: LogViewState = { lines: [], droppedLines: 0, cuts: [], ended: false };

/** The view after one more line of the BFF's stream. */
export function applyLogLine(
  state: LogViewState,
  line: LogStreamLine,
  keep = keptLines,
): LogViewState {
  switch (line.type) {
    case 'source':
      return { ...state, source: line.source };
    case 'cut':
      return { ...state, cuts: [...state.cuts, line.cut] };
    case 'problem':
      return { ...state, problem: line.problem, ended: true };
    case 'end':
      return { ...state, ended: true };
    case 'lines': {
      const lines = [...state.lines, ...line.lines];
      const over = Math.max(0, lines.length - keep);
      return {
        ...state,
        lines: over > 0 ? lines.slice(over) : lines,
        droppedLines: state.droppedLines + over,
      };
    }
  }
}
