// The step log as a GitHub runner shows it, from what the action wrote to stdout/stderr: workflow
// commands are consumed, not printed (`::add-mask::`, `::debug::`, `::group::`, `::stop-commands::`
// …), annotations show as `Error:` / `Warning:` / `Notice:` lines, and every value registered with
// `::add-mask::` reads `***` in every later line. Used by `npm run demo`; the tests keep the raw
// output (test/support/runner.ts `leaks()` reads the `::add-mask::` lines).

/** The runner's unescaping of a command's data (`%25`, `%0D`, `%0A`). */
function unescapeData(s) {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

const ANNOTATIONS = { error: 'Error', warning: 'Warning', notice: 'Notice' };
const CONSUMED = new Set([
  'add-mask',
  'debug',
  'endgroup',
  'stop-commands',
  'echo',
  'set-output',
  'save-state',
  'set-env',
  'add-path',
  'add-matcher',
  'remove-matcher'
]);

/** A runner's view of one job's log: masks registered by one step apply to every later line, of every later step. */
export class RunnerLog {
  constructor() {
    this.masks = new Set();
    this.stopToken = undefined;
  }

  mask(text) {
    let out = text;
    for (const m of [...this.masks].sort((a, b) => b.length - a.length)) if (out.includes(m)) out = out.split(m).join('***');
    return out;
  }

  /** The lines the runner shows for one line the action wrote (none for a consumed command). */
  line(raw) {
    const trimmed = raw.trim();
    if (this.stopToken !== undefined) {
      if (trimmed === `::${this.stopToken}::`) {
        this.stopToken = undefined;
        return [];
      }
      return [this.mask(raw)];
    }
    const m = /^::([^\s:]+)( [^:]*)?::(.*)$/s.exec(trimmed);
    if (!m) return [this.mask(raw)];
    const [, name, , rawData] = m;
    const data = unescapeData(rawData);
    if (name === 'add-mask') {
      if (data.trim()) this.masks.add(data);
      return [];
    }
    if (name === 'stop-commands') {
      if (data) this.stopToken = data;
      return [];
    }
    if (ANNOTATIONS[name]) return this.mask(`${ANNOTATIONS[name]}: ${data}`).split(/\r?\n/);
    if (name === 'group') return [this.mask(`▶ ${data}`)];
    if (CONSUMED.has(name)) return [];
    return [this.mask(raw)];
  }

  /** Renders a whole text (lines split on \n, as the runner reads them). */
  render(text) {
    const lines = text.split('\n');
    const last = lines.pop();
    const out = lines.flatMap((l) => this.line(l.replace(/\r$/, '')));
    if (last) out.push(...this.line(last));
    return out.map((l) => `${l}\n`).join('');
  }

  /** A writer for a stream of chunks: whole lines are rendered as they complete. */
  writer(write) {
    let pending = '';
    return {
      chunk: (c) => {
        const text = pending + c.toString();
        const cut = text.lastIndexOf('\n') + 1;
        pending = text.slice(cut);
        if (cut) write(this.render(text.slice(0, cut)));
      },
      end: () => {
        if (pending) write(this.render(pending));
        pending = '';
      }
    };
  }
}

/** The log a runner would show for this output (a fresh job: no masks yet). */
export function renderRunnerLog(text) {
  return new RunnerLog().render(text);
}
