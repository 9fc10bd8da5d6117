import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const LIBS = path.resolve(__dirname, '..', '..', 'libs');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [full] : [];
  });
}

/** lib → the other libs it imports (type-only imports count: a type cycle is still a cycle). */
function libGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const lib of readdirSync(LIBS).filter((name) => statSync(path.join(LIBS, name)).isDirectory())) {
    const targets = new Set<string>();
    for (const file of sources(path.join(LIBS, lib))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'@vangrail\/([a-z-]+)/g)) if (match[1] !== lib) targets.add(match[1]);
      // A relative import that climbs out of the lib is an import of another lib too.
      for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.\.?\/[^']+)'/g)) {
        const resolved = path.relative(LIBS, path.resolve(path.dirname(file), match[1])).split(path.sep)[0];
        if (resolved !== lib && !resolved.startsWith('..')) targets.add(resolved);
      }
    }
    graph.set(lib, targets);
  }
  return graph;
}

/** Strongly connected groups of more than one lib (Tarjan): each is an import cycle. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (lib: string): void => {
    order.set(lib, index);
    low.set(lib, index++);
    stack.push(lib);
    for (const next of graph.get(lib) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(lib, Math.min(low.get(lib)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(lib, Math.min(low.get(lib)!, order.get(next)!));
      }
    }
    if (low.get(lib) === order.get(lib)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        group.push(member);
      } while (member !== lib);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const lib of graph.keys()) if (!order.has(lib)) visit(lib);
  return found.sort((a, b) => a.join().localeCompare(b.join()));
}

/**
 * Cycles that exist today and are being removed (routing and inbox to depend one way, signals not
 * on routing: issue 10). The list may only shrink: a new cycle fails, and so does a listed one
 * that is gone (take it off the list).
 */
const KNOWN_CYCLES: string[][] = [['inbox', 'routing', 'signals']];

describe('Feature boundaries', () => {
  it('finds the libs and their imports', () => {
    const graph = libGraph();
    expect(graph.get('privacy')).toEqual(new Set(['config', 'core', 'observability', 'persistence']));
  });

  it('has no import cycle between libs beyond the known ones being removed', () => {
    expect(cycles(libGraph())).toEqual(KNOWN_CYCLES);
  });

  it('detects a cycle when there is one', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
  });

  it('keeps the foundation libs free of feature imports', () => {
    const graph = libGraph();
    const foundation = ['config', 'core', 'persistence', 'privacy', 'observability', 'queue'];
    for (const lib of foundation) {
      expect({ lib, imports: [...(graph.get(lib) ?? [])].filter((target) => !foundation.includes(target)) }).toEqual({ lib, imports: [] });
    }
  });
});
