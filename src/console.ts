/**
 * The plugin's only contact with the console SDK and the router. The console provides both at runtime
 * (shared modules); the dev shell provides stand-ins. A build for consoles 4.19–4.21 (react-router 5)
 * replaces this one file.
 */
export { consoleFetch, consoleFetchJSON } from '@openshift-console/dynamic-plugin-sdk';
export { Link, useHref, useNavigate, useLocation } from 'react-router';
