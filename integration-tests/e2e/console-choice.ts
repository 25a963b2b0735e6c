// Which console the browser tests run in: the real OpenShift console where its files are present (every
// spec in 4.22, the smoke specs in 4.20, which stands for 4.19–4.21), else the dev shell — unless
// REQUIRE_REAL_CONSOLE is set (CI), which makes missing console files an error.
import { consoleDirectory, hasRealConsole } from '../console/real-console';

export const smokeSpecs = 'smoke-4.20-*.spec.ts';

export interface ConsoleChoice {
  realConsole: boolean;
  notice: string;
}

export function chooseConsole(): ConsoleChoice {
  if (hasRealConsole('4.22') && hasRealConsole('4.20')) {
    return {
      realConsole: true,
      notice: `Browser tests run in the real OpenShift console 4.22 (all specs) and 4.20 (${smokeSpecs}), from ${consoleDirectory() ?? ''}.`,
    };
  }
  const missing = `No OpenShift console files (../shared/console/{4.22,4.20}, or $OPENSHIFT_CONSOLE_DIR)`;
  if (process.env.REQUIRE_REAL_CONSOLE) throw new Error(`${missing}: REQUIRE_REAL_CONSOLE is set.`);
  return {
    realConsole: false,
    notice: `${missing}: browser tests run in the dev shell instead, without the 4.20 smoke specs.`,
  };
}
