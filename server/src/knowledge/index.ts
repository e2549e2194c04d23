/** Lookup into the course-notes knowledge base (concepts.ts) by format, keyword and context. */
import { CONCEPTS, type Concept, type ConceptKeyword } from './concepts';

export { CONCEPTS, type Concept, type ConceptKeyword } from './concepts';

let index: Map<string, { concept: Concept; ref: ConceptKeyword }[]> | undefined;

function key(format: string, keyword: string): string {
  return `${format}\0${keyword}`;
}

function build(): Map<string, { concept: Concept; ref: ConceptKeyword }[]> {
  const map = new Map<string, { concept: Concept; ref: ConceptKeyword }[]>();
  for (const concept of CONCEPTS) {
    for (const ref of concept.keywords) {
      const k = key(ref.format, ref.keyword);
      const list = map.get(k) ?? [];
      list.push({ concept, ref });
      map.set(k, list);
    }
  }
  return map;
}

/** Whether a reference's context fits a context path such as `virtual_server/real_server` (any of its segments). */
function contextFits(ref: ConceptKeyword, context: string | undefined): boolean {
  if (!ref.context) return true;
  if (!context) return false;
  return context === ref.context || context.split('/').includes(ref.context);
}

/**
 * The concepts that explain `keyword` of `format` where it stands: `context` is the schema context path the keyword is
 * in (`backend`, `vrrp_instance`, `totem/interface`), or, for a value of a directive, that directive's keyword. In the
 * order of the knowledge base, each once.
 */
export function conceptsFor(format: string, keyword: string, context?: string): Concept[] {
  index ??= build();
  const out: Concept[] = [];
  for (const { concept, ref } of index.get(key(format, keyword)) ?? []) {
    if (contextFits(ref, context) && !out.includes(concept)) out.push(concept);
  }
  return out;
}

export function conceptById(id: string): Concept | undefined {
  return CONCEPTS.find((c) => c.id === id);
}
