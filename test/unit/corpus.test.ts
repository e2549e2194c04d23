/**
 * The whole corpus of real configurations (../shared/corpus): every file parses without a crash or a hang; every
 * file the real tool accepts parses with no ERROR or MISSING node and gets no error diagnostic; every file is
 * recognised as its own format from its content alone.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { describe, it } from 'node:test';
import { registry } from '../../server/src/formats';
import { diagnose } from '../../server/src/service';
import { grammarWasmPath } from '../../server/src/service/parsers';
import { corpus, describeDiags, errors, open, SKIP_NO_SHARED } from '../helpers';

const entries = corpus();

describe('corpus', { skip: SKIP_NO_SHARED }, () => {
  for (const format of registry.formats) {
    const files = entries.filter((e) => e.format === format.id);
    const built = fs.existsSync(grammarWasmPath(format.id));
    describe(format.id, { skip: built ? false : `grammar for ${format.id} is not built` }, () => {
      it(`has files (${files.length})`, () => assert.ok(files.length > 0));
      for (const e of files) {
        const name = e.file.split('/').pop()!;
        it(`${e.accepted ? 'accepted' : 'rejected'}: ${name}`, async () => {
          const text = fs.readFileSync(e.path, 'utf8');
          const doc = await open(format.id, text, `file:///corpus/${name}`);
          assert.ok(doc.tree, 'parsed');
          const diags = diagnose(doc);
          if (e.accepted) {
            assert.equal(doc.tree!.rootNode.hasError, false, `ERROR/MISSING nodes in a file ${format.id} accepts:\n${describeDiags(diags)}`);
            assert.deepEqual(errors(diags), [], describeDiags(errors(diags)));
          }
          doc.dispose();
        });
      }
      it('recognises each accepted file by its content', () => {
        const wrong = files
          .filter((e) => e.accepted)
          .map((e) => [e.file, registry.fromContent(fs.readFileSync(e.path, 'utf8'))?.id] as const)
          .filter(([, id]) => id !== format.id);
        assert.deepEqual(wrong, []);
      });
    });
  }
});
