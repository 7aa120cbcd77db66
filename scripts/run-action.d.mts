export const ROOT: string;
export function inputEnv(inputs: Record<string, string>): Record<string, string>;
export function parseFileCommands(text: string): Record<string, string>;
export interface StepResult {
  code: number;
  stdout: string;
  stderr: string;
}
export interface ActionRun extends StepResult {
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
  post?: StepResult;
  dir: string;
  runnerTemp: string;
  workspace: string;
}
export interface RunOptions {
  inputs: Record<string, string>;
  scenario: { payload: object; env: Record<string, string> };
  env?: Record<string, string>;
  workspace?: string;
  post?: boolean;
  timeoutMs?: number;
  node?: string;
  dockerCli?: string;
  echo?: boolean | ((chunk: Buffer, stream: 'stdout' | 'stderr') => void);
}
export function runAction(o: RunOptions): Promise<ActionRun>;
