// Installs what `npm start` / `npm test` need on a fresh machine, using only Node built-ins (it runs before
// node_modules exists): npm dependencies from the lock file, and the Debian packages the tests drive.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const debianPackages = {
  '--browser': { probe: '/usr/bin/chromium', name: 'chromium' },
  '--sshd': { probe: '/usr/sbin/sshd', name: 'openssh-server' },
  '--dns': { probe: '/usr/sbin/dnsmasq', name: 'dnsmasq-base' },
  '--registry': { probe: '/usr/bin/docker-registry', name: 'docker-registry' },
};

function run(command, args) {
  console.log(`» ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit' });
}

const lock = 'package-lock.json';
const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

const missing = process.argv
  .slice(2)
  .map((flag) => debianPackages[flag])
  .filter((pkg) => pkg && !existsSync(pkg.probe))
  .map((pkg) => pkg.name);
if (missing.length > 0) {
  if (process.getuid?.() !== 0) {
    console.error(
      `Missing Debian packages: ${missing.join(' ')}. Install them: sudo apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing]);
}

try {
  execSync('go version', { stdio: 'ignore' });
} catch {
  console.error(
    'Go is required to build the local Kubernetes API server and helm from Go modules.',
  );
  process.exit(1);
}
