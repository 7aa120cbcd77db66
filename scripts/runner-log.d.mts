export class RunnerLog {
  masks: Set<string>;
  stopToken: string | undefined;
  mask(text: string): string;
  line(raw: string): string[];
  render(text: string): string;
  writer(write: (text: string) => void): { chunk(c: string | Buffer): void; end(): void };
}
export function renderRunnerLog(text: string): string;
