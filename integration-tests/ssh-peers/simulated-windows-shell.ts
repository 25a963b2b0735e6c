// TEST DOUBLE, never part of the product: a simulated Windows shell (cmd.exe or PowerShell as the
// default SSH shell) for the BYOH test peers. It answers the BFF's command catalogue as the host of
// its profile would, remembers the firewall rules remediation creates, looks names up in the profile's
// own DNS, and records every command line it receives. Anything not in the catalogue gets cmd.exe's
// "not recognized" and exit code 1.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nodePorts } from '../../server/src/domain/byoh/node-ports';
import { commandCatalogue } from '../../server/src/ssh/command-catalogue';
import { hostFiles, type ShellProfile } from './host-profiles';

interface Output {
  kind: 'output';
  text: string;
  exitCode: number;
  /** Answered only this long after the command started. */
  afterMs?: number;
}

export type ShellAnswer =
  | Output
  /** The command never finishes. */
  | { kind: 'hang' }
  /** The SSH session running the command dies. */
  | { kind: 'kill-session' };

function output(text: string, exitCode = 0): Output {
  return { kind: 'output', text: `${text}\r\n`, exitCode };
}

/** The name a catalogue lookup command asks for, if the command is exactly the catalogue's for it. */
function nameLookedUp(command: string): string | undefined {
  const encoded = /-EncodedCommand (\S+)$/.exec(command)?.[1] ?? '';
  const name = /Resolve-DnsName -Name '([^']*)'/.exec(
    Buffer.from(encoded, 'base64').toString('utf16le'),
  )?.[1];
  return name !== undefined && commandCatalogue.resolveName(name) === command ? name : undefined;
}

/** Resolve-DnsName with `-ErrorAction Stop`: the addresses, or its error and exit code 1. */
function lookUp(profile: ShellProfile, name: string): Output {
  const address = profile.resolves[name];
  return address === undefined
    ? output(`Resolve-DnsName : ${name} : DNS name does not exist`, 1)
    : output(address);
}

/** What the host in `hostDir` answers to `<shell> <flag> <command>`, as sshd runs its login shell. */
export function simulatedWindowsShell(hostDir: string, flag: string, command: string): ShellAnswer {
  appendFileSync(path.join(hostDir, hostFiles.commands), `${JSON.stringify(command)}\n`);
  if (flag !== '-c') return output('Interactive sessions are not simulated.', 1);
  const profile = JSON.parse(
    readFileSync(path.join(hostDir, hostFiles.profile), 'utf8'),
  ) as ShellProfile;
  const rulesFile = path.join(hostDir, hostFiles.createdRules);
  const firewallRules = existsSync(rulesFile)
    ? (JSON.parse(readFileSync(rulesFile, 'utf8')) as string[])
    : profile.facts.firewallRules;

  switch (command) {
    case commandCatalogue.shellProbe:
      return output(profile.shell === 'cmd' ? 'C:\\Windows\\system32\\cmd.exe' : '%COMSPEC%');
    case commandCatalogue.hostFacts:
      if (profile.hostFactsFault) return { kind: profile.hostFactsFault };
      return {
        ...output(JSON.stringify({ ...profile.facts, firewallRules })),
        afterMs: profile.hostFactsDelayMs,
      };
    case commandCatalogue.openNodePorts:
      writeFileSync(rulesFile, JSON.stringify(nodePorts.map(({ rule }) => rule)));
      return output('');
    default: {
      const name = nameLookedUp(command);
      if (name !== undefined) return lookUp(profile, name);
      return output(
        `'${command.split(' ')[0] ?? ''}' is not recognized as an internal or external command,\r\noperable program or batch file.`,
        1,
      );
    }
  }
}
