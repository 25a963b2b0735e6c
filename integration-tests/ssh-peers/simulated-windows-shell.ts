// TEST DOUBLE, never part of the product: a simulated Windows shell (cmd.exe or PowerShell as the
// default SSH shell) for the BYOH test peers. It answers the BFF's command catalogue as the host of
// its profile would, remembers the firewall rules remediation creates, and records every command
// line it receives. Anything not in the catalogue gets cmd.exe's "not recognized" and exit code 1.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nodePorts } from '../../server/src/domain/byoh/node-ports';
import { commandCatalogue } from '../../server/src/ssh/command-catalogue';
import { hostFiles, type ShellProfile } from './host-profiles';

const hostDir = process.env.BYOH_SIM_HOST_DIR ?? '.';
const [flag, command = ''] = process.argv.slice(2);
appendFileSync(path.join(hostDir, hostFiles.commands), `${JSON.stringify(command)}\n`);

function answer(text: string, exitCode = 0): never {
  process.stdout.write(`${text}\r\n`);
  process.exit(exitCode);
}

if (flag !== '-c') answer('Interactive sessions are not simulated.', 1);
const profile = JSON.parse(
  readFileSync(path.join(hostDir, hostFiles.profile), 'utf8'),
) as ShellProfile;
const rulesFile = path.join(hostDir, hostFiles.createdRules);
const firewallRules = existsSync(rulesFile)
  ? (JSON.parse(readFileSync(rulesFile, 'utf8')) as string[])
  : profile.facts.firewallRules;

switch (command) {
  case commandCatalogue.shellProbe:
    answer(profile.shell === 'cmd' ? 'C:\\Windows\\system32\\cmd.exe' : '%COMSPEC%');
    break;
  case commandCatalogue.hostFacts:
    answer(JSON.stringify({ ...profile.facts, firewallRules }));
    break;
  case commandCatalogue.openNodePorts:
    writeFileSync(rulesFile, JSON.stringify(nodePorts.map(({ rule }) => rule)));
    answer('');
    break;
  default:
    answer(
      `'${command.split(' ')[0] ?? ''}' is not recognized as an internal or external command,\r\noperable program or batch file.`,
      1,
    );
}
