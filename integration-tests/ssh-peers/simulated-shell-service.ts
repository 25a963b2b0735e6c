// TEST DOUBLE plumbing: the simulated Windows shell of every test peer, served from the test's own
// process. sshd runs the Windows account's login shell (simulated-windows-shell.sh) for each command; the
// script only forwards its arguments here over loopback and prints the answer. A command then costs a
// bash start instead of a Node start, which on a 2-core machine would dominate a 50-host preflight and
// bill the BFF's CPU for work a real Windows host does on its own.
import path from 'node:path';
import { simulatedWindowsShell, type ShellAnswer } from './simulated-windows-shell';
import { listenTcp, type TcpListener } from './tcp-listener';

/** Forwarded by the login shell: `<host dir>\0<flag>\0<command>\0`. */
function parseRequest(request: string): [string, string, string] | undefined {
  const fields = request.split('\0');
  if (fields.length < 4) return undefined;
  const [hostDir = '', flag = '', command = ''] = fields;
  return [hostDir, flag, command];
}

/** `<exit code or kill-session>\n<output>`. */
function reply(answer: Exclude<ShellAnswer, { kind: 'hang' }>): string {
  return answer.kind === 'output' ? `${String(answer.exitCode)}\n${answer.text}` : 'kill-session\n';
}

/**
 * Answers for the hosts whose directories are in `root`; `onHang` hears of every command that hangs, as
 * it starts. Stopping the service ends the hung commands too.
 */
export function startSimulatedShellService(
  root: string,
  onHang: (hostDir: string) => void,
): Promise<TcpListener> {
  return listenTcp('127.0.0.1', 0, (socket) => {
    let request = '';
    let answered = false;
    socket.on('data', (chunk: Buffer) => {
      request += chunk.toString('utf8');
      const parsed = answered ? undefined : parseRequest(request);
      if (!parsed) return;
      answered = true;
      const [hostDir, flag, command] = parsed;
      if (path.dirname(path.resolve(hostDir)) !== root) {
        socket.end(`1\n${hostDir} is not a test peer's directory\r\n`);
        return;
      }
      let answer: ShellAnswer;
      try {
        answer = simulatedWindowsShell(hostDir, flag, command);
      } catch (error) {
        answer = {
          kind: 'output',
          text: `the simulated shell failed: ${String(error)}\r\n`,
          exitCode: 1,
        };
      }
      if (answer.kind === 'hang') onHang(hostDir);
      else {
        const text = reply(answer);
        setTimeout(() => socket.end(text), answer.kind === 'output' ? (answer.afterMs ?? 0) : 0);
      }
    });
  });
}
