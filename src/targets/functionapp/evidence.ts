/**
 * What the site's container (docker) log says about one image: pulled and ready to serve, failed
 * (pull refused, container exited, no answer to the warm-up ping), or not yet. Pure.
 *
 * App Service writes one line per event, `<ISO time> <LEVEL> - <message>`: "Pulling image: <ref>",
 * "Pull Image successful", "Container <name> for site <site> initialized successfully and is ready
 * to serve requests.", "Pulling docker image <ref> failed", "Container <name> didn't respond to HTTP
 * pings on port: 80, failing site start", "Stopping site <site> because it failed during startup."
 * The wording is matched loosely and only lines written after the deploy's write are read, so an
 * old line can never count as evidence.
 */

export interface LogLine {
  /** Epoch ms of the line's timestamp, when it has one. */
  at?: number;
  level: string;
  text: string;
}

export type Verdict =
  { state: 'waiting'; pulled: boolean } | { state: 'ready'; line: string } | { state: 'failed'; line: string; cause?: string; kind: FailureKind };

export type FailureKind = 'unauthorized' | 'not-found' | 'network' | 'exited' | 'no-ping' | 'start';

const LINE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?)\s+([A-Za-z]+)\s*-\s?(.*)$/;
const READY = /ready to serve requests|initialized successfully|started successfully and is ready/i;
const TERMINAL =
  /failing site start|failed during startup|image pull failed|pull image failed|pulling docker image .* failed|has exited|didn't respond to http pings|did not respond to http pings/i;
const PULLING = /pulling image:?\s*(\S+)/i;

export function parseLog(text: string): LogLine[] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((raw) => {
      const m = LINE.exec(raw.trim());
      if (!m) return { level: '', text: raw.trim() };
      const at = Date.parse(m[1].endsWith('Z') ? m[1] : `${m[1]}Z`);
      return { at: Number.isNaN(at) ? undefined : at, level: m[2].toUpperCase(), text: m[3].trim() };
    });
}

/** The lines of `after` written after everything in `before` (by timestamp; by position when `before` has none). */
export function linesSince(before: string, after: string, notBeforeMs?: number): LogLine[] {
  const old = parseLog(before);
  const all = parseLog(after);
  const lastOld = old.reduce<number | undefined>((m, l) => (l.at !== undefined && (m === undefined || l.at > m) ? l.at : m), undefined);
  const seen = new Set(old.map((l) => `${l.at}|${l.text}`));
  const floor = lastOld ?? notBeforeMs;
  if (floor === undefined) return all.slice(old.length);
  return all.filter((l) => l.at !== undefined && l.at >= floor && !seen.has(`${l.at}|${l.text}`));
}

function failureKind(text: string): FailureKind {
  if (/unauthorized|authentication required|access token|not assigned|forbidden/i.test(text)) return 'unauthorized';
  if (/manifest unknown|not found|no such image|does not exist/i.test(text)) return 'not-found';
  if (/not allowed access|i\/o timeout|dial tcp|connection refused|firewall|no such host/i.test(text)) return 'network';
  if (/has exited|exit code|exited with/i.test(text)) return 'exited';
  if (/http pings/i.test(text)) return 'no-ping';
  return 'start';
}

/** The verdict for `image` from the lines written since the deploy. */
export function judge(lines: LogLine[], image: string): Verdict {
  const ref = image.toLowerCase();
  const start = lines.findIndex((l) => l.text.toLowerCase().includes(ref) && /pull/i.test(l.text));
  if (start < 0) return { state: 'waiting', pulled: false };
  let failure: Verdict | undefined;
  let cause: string | undefined;
  for (const l of lines.slice(start)) {
    const other = PULLING.exec(l.text);
    if (other && other[1].toLowerCase() !== ref) break; // a later deploy of another image: what follows is not ours
    if (READY.test(l.text)) return { state: 'ready', line: l.text };
    if (l.level === 'ERROR' && !TERMINAL.test(l.text)) cause ??= l.text;
    if (TERMINAL.test(l.text) && !failure) failure = { state: 'failed', line: l.text, cause, kind: failureKind(`${cause ?? ''} ${l.text}`) };
  }
  return failure ?? { state: 'waiting', pulled: true };
}

/** What to do about a failed start, by its kind. */
export function failureHint(kind: FailureKind, where: string): string {
  switch (kind) {
    case 'unauthorized':
      return `${where} could not pull with its credentials: the pull identity must be attached to ${where} and hold AcrPull on the registry (or the registry user and password must be valid).`;
    case 'not-found':
      return 'The registry does not have that image: check that the push went to the registry and repository the app pulls from.';
    case 'network':
      return `The registry refused ${where}'s network: behind a registry firewall or private endpoint, the site needs VNet integration with image pull over the VNet (outboundVnetRouting.imagePullTraffic).`;
    case 'exited':
      return 'The container exited at start: run the image locally (docker run) and read its output; check the settings it needs.';
    case 'no-ping':
      return 'The container started but never answered App Service on its port: the Functions host listens on 80 (set WEBSITES_PORT otherwise); a slow start may need WEBSITES_CONTAINER_START_TIME_LIMIT.';
    case 'start':
      return 'Read the container log in the portal (Log stream) for the cause.';
  }
}

/** The last lines seen, for an error that says what was (not) there. */
export function tail(lines: LogLine[], n = 5): string {
  if (!lines.length) return '(no new line in the container log)';
  return lines
    .slice(-n)
    .map((l) => `  ${l.level ? `${l.level} - ` : ''}${l.text}`)
    .join('\n');
}
