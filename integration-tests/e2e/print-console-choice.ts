// Playwright's global setup: says once, before any spec, which console the browser tests run in.
import { chooseConsole } from './console-choice';

export default function printConsoleChoice(): void {
  console.log(chooseConsole().notice);
}
