import assert from 'node:assert/strict';
import { parseDocument } from '../../src/core/document';
import { KEPT_DOCUMENTS, Workspace, readEngagement, type Host } from '../../src/core/engagement';

const ENGAGEMENT = `---
engagement: acme
customer: Acme Payments
stakeholders:
  - name: Dana Whitfield
    role: Sponsor
    side: customer
---

# Acme Payments

## Discovery & requirements

- [x] Hold the kickoff
`;

/** A host over in-memory files that counts how often each is read. */
function countingHost(files: Record<string, string>): Host & { reads: Map<string, number> } {
  const reads = new Map<string, number>();
  return {
    reads,
    readText(p) {
      reads.set(p, (reads.get(p) ?? 0) + 1);
      return files[p];
    },
    engagementFiles: () => Object.keys(files).filter((p) => p.endsWith('/engagement.md')),
  };
}

describe('engagement', () => {
  it('readEngagement parses the document on first use of `doc`, once', () => {
    const eng = readEngagement('/ws/acme/engagement.md', ENGAGEMENT);
    assert.equal(eng.customer, 'Acme Payments');
    assert.deepEqual(eng.stakeholders, [{ name: 'Dana Whitfield', role: 'Sponsor', side: 'customer', email: undefined }]);
    const doc = eng.doc;
    assert.equal(eng.doc, doc, 'the same document each time');
    const fresh = parseDocument(ENGAGEMENT);
    assert.equal(doc.text, fresh.text);
    assert.deepStrictEqual(doc.sections, fresh.sections);
    assert.deepStrictEqual(doc.listItems, fresh.listItems);
    assert.deepStrictEqual(doc.frontMatter?.data, fresh.frontMatter?.data);
  });

  it('readEngagement keeps a document it is given', () => {
    const given = parseDocument(ENGAGEMENT);
    const eng = readEngagement('/ws/acme/engagement.md', ENGAGEMENT, given);
    assert.equal(eng.doc, given);
    assert.equal(eng.id, 'acme');
  });

  it('Workspace.document parses a document once while it is among the last ones asked for', () => {
    const host = countingHost({ '/ws/a/prior.md': '# Prior\n' });
    const ws = new Workspace(host);
    const first = ws.document('/ws/a/prior.md');
    assert.ok(first);
    assert.equal(ws.document('/ws/a/./prior.md'), first, 'same document for the same normalised path');
    assert.equal(host.reads.get('/ws/a/prior.md'), 1);
    assert.equal(ws.document('/ws/a/missing.md'), undefined);
    assert.equal(ws.document('/ws/a/missing.md'), undefined);
    assert.equal(host.reads.get('/ws/a/missing.md'), 1, 'a missing file is remembered as missing');
  });

  it('Workspace.document keeps at most KEPT_DOCUMENTS, dropping the least recently used', () => {
    const files: Record<string, string> = {};
    const n = KEPT_DOCUMENTS + 8;
    for (let i = 0; i < n; i++) files[`/ws/a/${i}.md`] = `# Report ${i}\n`;
    const host = countingHost(files);
    const ws = new Workspace(host);
    for (let i = 0; i < n; i++) {
      ws.document('/ws/a/0.md'); // asked for again and again: never dropped
      assert.equal(ws.document(`/ws/a/${i}.md`)?.sections[0].title, `Report ${i}`);
    }
    assert.equal(host.reads.get('/ws/a/0.md'), 1);
    for (let i = 1; i < n; i++) assert.equal(host.reads.get(`/ws/a/${i}.md`), 1);
    // The oldest of the others were dropped: read and parsed again, with the same result.
    assert.equal(ws.document('/ws/a/1.md')?.sections[0].title, 'Report 1');
    assert.equal(host.reads.get('/ws/a/1.md'), 2);
    // The most recent are still kept.
    ws.document(`/ws/a/${n - 1}.md`);
    assert.equal(host.reads.get(`/ws/a/${n - 1}.md`), 1);
  });
});
