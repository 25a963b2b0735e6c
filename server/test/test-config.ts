import type { BffConfig } from '../src/config';

/** A BFF configuration for tests; nothing listens on port 1, so the API server counts as unreachable. */
export function testConfig(overrides: Partial<BffConfig> = {}): BffConfig {
  return {
    host: '127.0.0.1',
    port: 0,
    pluginDistDir: '/nonexistent',
    logLevel: 'silent',
    cluster: { server: 'https://127.0.0.1:1' },
    ...overrides,
  };
}
