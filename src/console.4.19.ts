/**
 * The SDK and router seam for consoles 4.19–4.21 (console-4.19/webpack.config.ts picks it over
 * console.ts). Those consoles run react-router 5 and share react-router-dom-v5-compat for the v6 API.
 */
export {
  consoleFetch,
  consoleFetchJSON,
  DocumentTitle,
} from '@openshift-console/dynamic-plugin-sdk';
export { Link, useHref, useNavigate, useLocation } from 'react-router-dom-v5-compat';
