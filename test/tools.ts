/** Whether a real tool can be run, for the tests that need one (the adapters add the sbin folders to PATH, so this
 * does too). Kept apart from helpers.ts so that the end-to-end suite can use it without loading the service. */
import { execFileSync } from 'child_process';
import { withSbin } from '../server/src/native';

export function installed(command: string): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v "$1"', 'sh', command], { stdio: 'ignore', env: { ...process.env, PATH: withSbin(process.env.PATH) } });
    return true;
  } catch {
    return false;
  }
}
