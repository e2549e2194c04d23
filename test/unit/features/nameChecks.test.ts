/** The undefined and unused checks built from the name specs, alone and with a workspace view. */
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import { diagnose, type WorkspaceView } from '../../../server/src/service';
import { namesOf, nodeNames } from '../../../server/src/service/names';
import { open } from '../../helpers';

const codes = (list: ReturnType<typeof diagnose>) => list.filter((d) => /\.(undefined|unused)-/.test(String(d.code))).map((d) => `${d.range.start.line}:${d.code}:${d.severity}`);

const FRONT = 'frontend www\n  bind :80\n  use_backend api if { path_beg /api }\n  default_backend web\n';

describe('name checks', () => {
  it('an HAProxy use_backend to a missing backend is an error (haproxy -c rejects it), an unused backend a faded hint', async () => {
    const doc = await open('haproxy', `${FRONT}backend web\n  server w 10.0.0.1:80\nbackend spare\n  server s 10.0.0.2:80\n`);
    const diags = diagnose(doc);
    assert.deepEqual(codes(diags), ['2:haproxy.undefined-backend:1', '6:haproxy.unused-backend:4']);
    const unused = diags.find((d) => d.code === 'haproxy.unused-backend')!;
    assert.deepEqual(unused.tags, [DiagnosticTag.Unnecessary]);
    assert.equal(diags.find((d) => d.code === 'haproxy.undefined-backend')!.message, "No backend named 'api' is defined.");
    doc.dispose();
  });

  it('an undefined ACL is an error, a predefined one is fine; an .if makes it a warning', async () => {
    const doc = await open('haproxy', 'frontend www\n  bind :80\n  http-request deny if is_bad || TRUE\n');
    assert.deepEqual(codes(diagnose(doc)), ['2:haproxy.undefined-acl:1']);
    doc.dispose();
    const guarded = await open('haproxy', 'frontend www\n  bind :80\n.if defined(X)\n  acl is_bad src 1.2.3.4\n.endif\n  http-request deny if is_bad\n  http-request deny if is_worse\n');
    assert.deepEqual(codes(diagnose(guarded)), ['6:haproxy.undefined-acl:2']);
    guarded.dispose();
  });

  it('a dynamic use_backend makes every backend possibly used; a file with no reference at all reports none unused', async () => {
    const dyn = await open('haproxy', 'frontend www\n  bind :80\n  use_backend %[req.hdr(host)]\n  default_backend web\nbackend web\nbackend spare\n');
    assert.deepEqual(codes(diagnose(dyn)), []);
    dyn.dispose();
    const only = await open('haproxy', 'backend a\n  server s 10.0.0.1:80\nbackend b\n');
    assert.deepEqual(codes(diagnose(only)), []);
    only.dispose();
  });

  it('keepalived: a missing tracked script is an error (keepalived -t: "track script nope not found"), an unused script a hint', async () => {
    const doc = await open('keepalived', 'vrrp_script chk {\n  script "/bin/true"\n}\nvrrp_script spare {\n  script "/bin/true"\n}\nvrrp_instance VI_1 {\n  track_script {\n    chk\n    nope\n  }\n}\n');
    assert.deepEqual(codes(diagnose(doc)), ['3:keepalived.unused-vrrp_script:4', '9:keepalived.undefined-vrrp_script:1']);
    doc.dispose();
  });

  it('DRBD: a connection host with no `on` section is the semantic drbd.connection-host (an error), not a name check', async () => {
    const doc = await open('drbd', 'resource r0 {\n  on alice { address 10.0.0.1:7789; node-id 0; }\n  connection { host alice; host carol; }\n}\n');
    assert.deepEqual(codes(diagnose(doc)), []);
    assert.ok(diagnose(doc).some((d) => d.code === 'drbd.connection-host' && d.severity === 1));
    doc.dispose();
    // drbdadm knows `on n1.example.com` as n1 too (a corpus file it accepts).
    const short = await open('drbd', 'resource r0 {\n  on n1.example.com { address 10.0.0.1:7789; node-id 0; }\n  connection-mesh { hosts n1; }\n}\n');
    assert.deepEqual(codes(diagnose(short)), []);
    short.dispose();
  });

  it('consults the workspace view: a backend defined or used in another file of the set', async () => {
    const doc = await open('haproxy', `${FRONT}backend web\n  server w 10.0.0.1:80\nbackend spare\n`);
    const ws: WorkspaceView = {
      shared: true,
      definitions: (kind) => (kind === 'backend' ? [{ name: 'api', uri: 'file:///other.cfg', range: { start: { line: 0, character: 8 }, end: { line: 0, character: 11 } } }] : []),
      referenceCount: (kind, name) => (kind === 'backend' && name === 'spare' ? 1 : 0),
      referencesKind: (kind) => kind === 'backend',
    };
    assert.deepEqual(codes(diagnose(doc, { workspace: ws })), []);
    doc.dispose();
  });

  it('the message of a missing name in a shared configuration says so; suppression works on the codes', async () => {
    const ws: WorkspaceView = { shared: true, definitions: () => [], referenceCount: () => 0 };
    const doc = await open('haproxy', `${FRONT}backend web\n`);
    const d = diagnose(doc, { workspace: ws }).find((x) => x.code === 'haproxy.undefined-backend')!;
    assert.equal(d.message, "No backend named 'api' is defined in this configuration.");
    assert.equal(d.severity, DiagnosticSeverity.Error);
    doc.dispose();
    const quiet = await open('haproxy', 'frontend www\n  bind :80\n  # haconf-ignore: haproxy.undefined-backend\n  use_backend api\n  default_backend web\nbackend web\n');
    assert.deepEqual(codes(diagnose(quiet)), []);
    quiet.dispose();
  });

  it('follows edits: a fix clears the error; an edit re-extracts only the section it touched', async () => {
    const doc = await open('haproxy', `${FRONT}backend web\n  server w 10.0.0.1:80\nbackend apx\n  server a 10.0.0.2:80\n`);
    assert.deepEqual(codes(diagnose(doc)), ['2:haproxy.undefined-backend:1', '6:haproxy.unused-backend:4']);
    const before = doc.model.nodes.map((n) => nodeNames(namesOf(doc)!.spec, n));
    doc.update([{ range: { start: { line: 6, character: 10 }, end: { line: 6, character: 11 } }, text: 'i' }], 2);
    assert.deepEqual(codes(diagnose(doc)), []);
    const after = doc.model.nodes.map((n) => nodeNames(namesOf(doc)!.spec, n));
    assert.equal(after[0], before[0], 'the frontend kept its names');
    assert.equal(after[1], before[1], 'backend web kept its names');
    assert.notEqual(after[2], before[2], 'the edited backend was extracted again');
    // An edit that changes no name keeps the findings, at their new place.
    doc.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# edge\n' }], 3);
    doc.update([{ range: { start: { line: 7, character: 10 }, end: { line: 7, character: 11 } }, text: 'x' }], 4);
    assert.deepEqual(codes(diagnose(doc)), ['3:haproxy.undefined-backend:1', '7:haproxy.unused-backend:4']);
    doc.update([{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '  # note\n' }], 5);
    assert.deepEqual(codes(diagnose(doc)), ['3:haproxy.undefined-backend:1', '8:haproxy.unused-backend:4']);
    doc.dispose();
  });

  it('keeps nothing of a document once it is dropped (a closed file\'s model is not held by the carried-over findings)', async () => {
    const v8 = await import('v8');
    const vm = await import('vm');
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const uri = 'file:///etc/haproxy/closed.cfg';
    let doc: Awaited<ReturnType<typeof open>> | undefined = await open('haproxy', `${FRONT}backend web\n  server w 10.0.0.1:80\n`, uri);
    assert.deepEqual(codes(diagnose(doc)), ['2:haproxy.undefined-backend:1']);
    const model = new WeakRef(doc.model);
    doc.dispose();
    doc = undefined;
    await new Promise((r) => setImmediate(r));
    gc();
    assert.equal(model.deref(), undefined, 'the dropped document\'s model was collected');
    // A document opened later under the same URI starts afresh.
    const again = await open('haproxy', `${FRONT}backend web\n  server w 10.0.0.1:80\nbackend api\n`, uri);
    assert.deepEqual(codes(diagnose(again)), []);
    again.dispose();
  });
});
