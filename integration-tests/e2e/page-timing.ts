// How fast a page is for its user, measured inside Chromium: navigation → rows interactive, an input
// (keystroke, click) → the table updated and painted, and the long tasks (PerformanceObserver) in
// between. Reusable by any Playwright script or bench: `instrumentPage` first, then the timers.
import type { CDPSession, Page } from '@playwright/test';

export interface Interval {
  /** Page clock (performance.now()), ms. */
  start: number;
  end: number;
  ms: number;
  /**
   * CPU time the page's main thread spent from arming to settling, ms: what the interval would take
   * on an idle machine, where wall time (`ms`) also counts waiting for a busy CPU.
   */
  cpuMs: number;
  /** The longest task the main thread ran within the interval, ms (0 if none over 50 ms). */
  longestTaskMs: number;
}

interface InPageTiming {
  tasks: { start: number; duration: number }[];
  armed?: Promise<{ start: number; end: number }>;
  arm(eventType: string | undefined, selector: string | undefined): void;
}

declare global {
  interface Window {
    __pageTiming?: InPageTiming;
  }
}

/**
 * Runs before any page script: records long tasks, and offers `arm`, which times the next event of a
 * type (or, without one, from now) until `selector` matches (or, without one, until the event's task is
 * done) and the next frame has been rendered.
 */
function installInPage(): void {
  const tasks: { start: number; duration: number }[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      tasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  const afterNextFrame = (then: () => void) => {
    requestAnimationFrame(() => {
      setTimeout(then, 0);
    });
  };
  const timing: InPageTiming = {
    tasks,
    arm(eventType, selector) {
      timing.armed = new Promise((resolve) => {
        const finish = (start: number) => {
          afterNextFrame(() => {
            resolve({ start, end: performance.now() });
          });
        };
        const waitFrom = (start: number) => {
          if (!selector) {
            // The event's own task (the handler and a synchronous render) ends first.
            setTimeout(() => {
              finish(start);
            }, 0);
            return;
          }
          if (document.querySelector(selector)) {
            finish(start);
            return;
          }
          const observer = new MutationObserver(() => {
            if (!document.querySelector(selector)) return;
            observer.disconnect();
            finish(start);
          });
          observer.observe(document, { subtree: true, childList: true, attributes: true });
        };
        if (!eventType) {
          waitFrom(0);
          return;
        }
        const onEvent = (event: Event) => {
          document.removeEventListener(eventType, onEvent, true);
          waitFrom(event.timeStamp);
        };
        document.addEventListener(eventType, onEvent, true);
      });
    },
  };
  window.__pageTiming = timing;
}

// A script run by tsx (esbuild's keepNames) calls __name() inside every function it serializes into
// the page; the page gets a stand-in so those functions run there too.
const nameShim = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/** Call once per Page, before its first navigation. */
export async function instrumentPage(page: Page): Promise<void> {
  await page.addInitScript({ content: `${nameShim}(${installInPage.toString()})();` });
}

/** The renderer main thread's CPU time so far, ms (Chromium's `ThreadTime` metric). */
async function mainThreadCpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page
      .context()
      .newCDPSession(page)
      .then(async (cdp) => {
        await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
        return cdp;
      });
    sessions.set(page, session);
  }
  return session;
}

async function settle(page: Page, cpuAtStart: number): Promise<Interval> {
  const interval = await page.evaluate(async () => {
    const timing = window.__pageTiming;
    if (!timing?.armed) throw new Error('instrumentPage() and an armed timer are needed first');
    const { start, end } = await timing.armed;
    const longestTaskMs = Math.max(
      0,
      ...timing.tasks
        .filter((task) => task.start + task.duration > start && task.start < end)
        .map((task) => task.duration),
    );
    return { start, end, ms: end - start, longestTaskMs };
  });
  const cpuMs = (await mainThreadCpuMs(await sessionOf(page))) - cpuAtStart;
  return { ...interval, cpuMs };
}

/** From the start of a full page load (navigation start) until `selector` shows, painted. */
export async function timePageLoad(page: Page, url: string, selector: string): Promise<Interval> {
  const cpuAtStart = await mainThreadCpuMs(await sessionOf(page));
  await page.goto(url, { waitUntil: 'commit' });
  await page.evaluate((wanted) => {
    window.__pageTiming?.arm(undefined, wanted);
  }, selector);
  return settle(page, cpuAtStart);
}

/**
 * From the event `eventType` that `act` causes (a `click` on a nav link, a `keydown` in a filter)
 * until `selector` shows, or without one until that event's task is done, and the next frame painted.
 */
export async function timeInteraction(
  page: Page,
  eventType: 'click' | 'keydown',
  act: () => Promise<void>,
  selector?: string,
): Promise<Interval> {
  await page.evaluate(
    ([type, wanted]) => {
      window.__pageTiming?.arm(type, wanted);
    },
    [eventType, selector] as const,
  );
  const cpuAtStart = await mainThreadCpuMs(await sessionOf(page));
  await act();
  return settle(page, cpuAtStart);
}

export interface LongTask {
  /** Page clock, ms. */
  start: number;
  duration: number;
}

/** Long tasks (over 50 ms) since `sinceMs` on the page clock, longest first. */
export async function longTasksSince(page: Page, sinceMs = 0): Promise<LongTask[]> {
  return page.evaluate(
    (since) =>
      (window.__pageTiming?.tasks ?? [])
        .filter((task) => task.start >= since)
        .sort((a, b) => b.duration - a.duration),
    sinceMs,
  );
}

/** The longest of `tasks` that overlaps one of `intervals`, ms (0 if none). */
export function longestWithin(tasks: readonly LongTask[], intervals: readonly Interval[]): number {
  return Math.max(
    0,
    ...tasks
      .filter((task) =>
        intervals.some(
          (interval) => task.start < interval.end && task.start + task.duration > interval.start,
        ),
      )
      .map((task) => task.duration),
  );
}

/** The page clock now, to bound `longTasksSince`. */
export async function pageClock(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** How much a page holds: elements in the document and rows in `tableSelector`'s bodies. */
export async function domSize(
  page: Page,
  tableSelector: string,
): Promise<{ elements: number; rows: number }> {
  return page.evaluate((selector) => {
    return {
      elements: document.getElementsByTagName('*').length,
      rows: document.querySelectorAll(`${selector} tbody tr`).length,
    };
  }, tableSelector);
}

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}
