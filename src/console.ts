/**
 * The plugin's only contact with the console SDK and the router, for consoles 4.22 and later. The console
 * provides both at runtime (shared modules); the dev shell provides stand-ins. The build for consoles
 * 4.19–4.21 uses its sibling console.4.19.ts instead: both export the same names.
 */
export {
  consoleFetch,
  consoleFetchJSON,
  DocumentTitle,
} from '@openshift-console/dynamic-plugin-sdk';
export { Link, useHref, useNavigate, useLocation } from 'react-router';
