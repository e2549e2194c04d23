/**
 * The registry of formats and format detection: from the file's name and path first, then from its content.
 */
import type { FormatDetection } from './format';

export class FormatRegistry<F extends FormatDetection = FormatDetection> {
  private readonly byId = new Map<string, F>();

  constructor(readonly formats: readonly F[]) {
    for (const f of formats) this.byId.set(f.id, f);
  }

  get(id: string): F | undefined {
    return this.byId.get(id);
  }

  get ids(): string[] {
    return this.formats.map((f) => f.id);
  }

  /** The format a path names by itself (file name or path pattern), if any. */
  fromPath(pathOrUri: string): F | undefined {
    const p = normalisePath(pathOrUri);
    const base = p.slice(p.lastIndexOf('/') + 1).toLowerCase();
    for (const f of this.formats) if (f.fileNames.includes(base)) return f;
    for (const f of this.formats) if (f.pathPatterns.some((re) => re.test(p))) return f;
    return undefined;
  }

  /** The format whose content signature is strongest, if any is plain enough (score >= 0.5). */
  fromContent(text: string): F | undefined {
    const sample = text.length > 32768 ? text.slice(0, 32768) : text;
    let best: F | undefined;
    let bestScore = 0.5;
    for (const f of this.formats) {
      const score = f.sniff(sample);
      if (score > bestScore || (score === bestScore && !best && score >= 0.5)) {
        best = f;
        bestScore = score;
      }
    }
    return best;
  }

  /** Path first, then content. */
  detect(pathOrUri: string, text: string): F | undefined {
    return this.fromPath(pathOrUri) ?? this.fromContent(text);
  }
}

function normalisePath(pathOrUri: string): string {
  let p = pathOrUri;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p)) {
    try {
      p = decodeURIComponent(new URL(p).pathname);
    } catch {
      /* keep it as written */
    }
  }
  return p.replace(/\\/g, '/');
}
