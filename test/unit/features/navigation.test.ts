/** Definition, references, rename, highlights, workspace symbols and the reference hover, in one file and across a set. */
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import type { MarkupContent, WorkspaceEdit } from 'vscode-languageserver-types';
import {
  definition,
  documentHighlights,
  plainNames,
  prepareRename,
  referenceHover,
  references,
  rename,
  workspaceSymbols,
  type ConfigDocument,
  type FileNames,
  type NavWorkspace,
} from '../../../server/src/service';
import { open } from '../../helpers';

const MAIN = [
  'frontend www', //                         0
  '  bind :80', //                           1
  '  acl is_api path_beg /api', //           2
  '  use_backend api if is_api', //          3
  '  default_backend web', //                4
  'backend web', //                          5
  '  server w1 10.0.0.1:80', //              6
  'frontend other', //                       7
  '  acl is_api path_beg /v2', //            8
  '  use_backend api if !is_api', //         9
].join('\n') + '\n';

const BACKENDS = 'backend api\n  balance roundrobin\n  server a1 10.0.0.2:80\n';

/** A workspace of documents that all form one set. */
function set(...docs: ConfigDocument[]): NavWorkspace {
  const files: FileNames[] = docs.map(plainNames);
  return {
    others: (uri) => files.filter((f) => f.uri !== uri),
    files: () => files,
    lines: (uri, from, to) => docs.find((d) => d.uri === uri)?.text.split('\n').slice(from, to + 1),
  };
}

const pos = (line: number, character: number) => ({ line, character });

describe('navigation in one file', () => {
  it('goes from a use_backend to its backend, and from a condition to the ACL of its own section', async () => {
    const doc = await open('haproxy', MAIN, 'file:///ws/haproxy.cfg');
    assert.deepEqual(definition(doc, pos(4, 20)), [{ uri: doc.uri, range: { start: pos(5, 8), end: pos(5, 11) } }]);
    assert.deepEqual(definition(doc, pos(3, 24)), [{ uri: doc.uri, range: { start: pos(2, 6), end: pos(2, 12) } }]);
    // `!is_api` in the second frontend: its own ACL, the name without the `!`.
    assert.deepEqual(definition(doc, pos(9, 23)), [{ uri: doc.uri, range: { start: pos(8, 6), end: pos(8, 12) } }]);
    assert.deepEqual(definition(doc, pos(9, 21)), [], 'on the `!`');
    assert.deepEqual(definition(doc, pos(1, 4)), []);
    doc.dispose();
  });

  it('highlights an ACL within its section only: the definition as write, the uses as read', async () => {
    const doc = await open('haproxy', MAIN, 'file:///ws/haproxy.cfg');
    assert.deepEqual(documentHighlights(doc, pos(8, 8)), [
      { range: { start: pos(8, 6), end: pos(8, 12) }, kind: 3 },
      { range: { start: pos(9, 22), end: pos(9, 28) }, kind: 2 },
    ]);
    doc.dispose();
  });

  it('renames an ACL in its section, and refuses a predefined ACL or a bad name', async () => {
    const doc = await open('haproxy', MAIN + 'backend x\n  http-request deny if TRUE\n', 'file:///ws/haproxy.cfg');
    assert.deepEqual(prepareRename(doc, pos(2, 7)), { range: { start: pos(2, 6), end: pos(2, 12) }, placeholder: 'is_api' });
    const edit = rename(doc, pos(2, 7), 'is_rest') as WorkspaceEdit;
    assert.deepEqual(edit.changes![doc.uri].map((e) => e.range.start), [pos(2, 6), pos(3, 21)]);
    assert.ok('error' in (prepareRename(doc, pos(11, 24)) as object));
    assert.ok('error' in (rename(doc, pos(2, 7), 'two words') as object));
    assert.equal(prepareRename(doc, pos(1, 3)), null);
    doc.dispose();
  });

  it('finds the references of a backend from its definition, with or without the declaration', async () => {
    const doc = await open('haproxy', MAIN, 'file:///ws/haproxy.cfg');
    assert.deepEqual(references(doc, pos(5, 9), false).map((l) => l.range.start), [pos(4, 18)]);
    assert.deepEqual(references(doc, pos(5, 9), true).map((l) => l.range.start), [pos(5, 8), pos(4, 18)]);
    doc.dispose();
  });
});

describe('navigation across the files of a set', () => {
  it('definition, references and rename reach the other file', async () => {
    const main = await open('haproxy', MAIN, 'file:///ws/haproxy.cfg');
    const other = await open('haproxy', BACKENDS, 'file:///ws/backends.cfg');
    const ws = set(main, other);
    assert.deepEqual(definition(main, pos(3, 15), ws), [{ uri: other.uri, range: { start: pos(0, 8), end: pos(0, 11) } }]);
    const refs = references(other, pos(0, 9), true, ws);
    assert.deepEqual(refs.map((l) => `${l.uri.split('/').pop()}:${l.range.start.line}:${l.range.start.character}`), [
      'backends.cfg:0:8',
      'haproxy.cfg:3:14',
      'haproxy.cfg:9:14',
    ]);
    const edit = rename(main, pos(3, 15), 'api_v2', ws) as WorkspaceEdit;
    assert.deepEqual(Object.keys(edit.changes!).sort(), [other.uri, main.uri].sort());
    assert.deepEqual(edit.changes![other.uri], [{ range: { start: pos(0, 8), end: pos(0, 11) }, newText: 'api_v2' }]);
    assert.equal(edit.changes![main.uri].length, 2);
    main.dispose();
    other.dispose();
  });

  it('hover on a reference previews the definition, from this file or the other', async () => {
    const main = await open('haproxy', MAIN, 'file:///ws/haproxy.cfg');
    const other = await open('haproxy', BACKENDS, 'file:///ws/backends.cfg');
    const ws = set(main, other);
    const local = referenceHover(main, pos(4, 20), ws)!;
    assert.equal((local.contents as MarkupContent).value, '**backend** `web` · line 6\n\n```haproxy\nbackend web\n  server w1 10.0.0.1:80\n```');
    const far = (referenceHover(main, pos(3, 15), ws)!.contents as MarkupContent).value;
    assert.ok(far.startsWith('**backend** `api` · backends.cfg line 1\n\n```haproxy\nbackend api\n  balance roundrobin'), far);
    assert.equal(referenceHover(main, pos(5, 9), ws), null, 'a definition is not a reference');
    main.dispose();
    other.dispose();
  });

  it('workspace symbols list the named objects of every file, filtered by a fuzzy query', async () => {
    const main = await open('haproxy', MAIN, 'file:///ws/haproxy.cfg');
    const other = await open('haproxy', BACKENDS, 'file:///ws/backends.cfg');
    const ws = set(main, other);
    assert.deepEqual(workspaceSymbols('ap', ws).map((s) => `${s.name} ${s.containerName} ${s.location.uri.split('/').pop()}`), ['api haproxy backend backends.cfg']);
    assert.equal(workspaceSymbols('', ws).length, 4, 'www, web, other, api (ACLs are scoped and stay out)');
    main.dispose();
    other.dispose();
  });
});
