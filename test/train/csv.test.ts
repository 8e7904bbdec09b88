/** The one CSV reader of src/train: labelled training files, --slices files and one-item lists. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VigilError } from '../../src/core/index.js';
import { parseCsv, readCsvFile, readLabelledCsv, readList, readSlices } from '../../src/train/index.js';

const file = (name: string, text: string) => {
  const p = join(mkdtempSync(join(tmpdir(), 'vigil-csv-')), name);
  writeFileSync(p, text);
  return p;
};
const code = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return err instanceof VigilError ? err.code : String(err);
  }
  return 'no error';
};

describe('parseCsv (RFC 4180)', () => {
  it('handles quoted commas, quotes and line breaks', () => {
    const text =
      'url,label,source\r\n"http://a.example/?q=1,2",malicious,x\n"http://b.example/""q""",benign,"y\nz"\nhttp://c.example/,benign,w';
    expect(parseCsv(text)).toEqual([
      ['url', 'label', 'source'],
      ['http://a.example/?q=1,2', 'malicious', 'x'],
      ['http://b.example/"q"', 'benign', 'y\nz'],
      ['http://c.example/', 'benign', 'w'],
    ]);
    expect(readLabelledCsv(text, ['label', 'url'])[0]).toEqual({
      label: 'malicious',
      url: 'http://a.example/?q=1,2',
    });
    expect(() => readLabelledCsv(text, ['domain'])).toThrow(/domain/);
  });

  it('drops a byte-order mark and blank lines', () => {
    expect(parseCsv('\ufeffa,b\n\n1,2\r\n\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('readCsvFile', () => {
  it('returns the bytes (for the card sha256) and the named columns', () => {
    const p = file('dev.csv', 'domain,label,family,extra\nxq1.test,malicious,fam,1\n');
    const { buf, records } = readCsvFile(p, ['domain', 'label', 'family']);
    expect(buf.toString()).toContain('xq1.test');
    expect(records).toEqual([{ domain: 'xq1.test', label: 'malicious', family: 'fam' }]);
  });
  it('is E_DATA for a missing column and E_READ for a missing file', () => {
    expect(code(() => readCsvFile(file('dev.csv', 'url,label\n'), ['url', 'label', 'source']))).toBe(
      'E_DATA',
    );
    expect(code(() => readCsvFile('/nonexistent/dev.csv', ['url']))).toBe('E_READ');
  });
});

describe('readSlices', () => {
  it('maps file names to slices, header optional, paths reduced to the file name', () => {
    const m = readSlices(file('s.csv', 'file,slice\nmail/a/m1.eml,old\n\n"m2.eml", new \n'));
    expect([...m]).toEqual([
      ['m1.eml', 'old'],
      ['m2.eml', 'new'],
    ]);
    expect([...readSlices(file('s.csv', 'm3.eml,x\n'))]).toEqual([['m3.eml', 'x']]);
  });
  it('reads quoted fields the way training files are read (a comma or a line break inside quotes)', () => {
    // the former line-by-line reader split "b\nc.eml" into two broken rows
    const m = readSlices(file('s.csv', 'file,slice\n"a,1.eml","x,y"\n"b\nc.eml",z\n'));
    expect([...m]).toEqual([
      ['a,1.eml', 'x,y'],
      ['b\nc.eml', 'z'],
    ]);
  });
  it('is E_DATA for a row without a slice and E_READ for a missing file', () => {
    expect(code(() => readSlices(file('s.csv', 'file,slice\nm1.eml\n')))).toBe('E_DATA');
    expect(code(() => readSlices('/nonexistent/s.csv'))).toBe('E_READ');
  });
});

describe('readList', () => {
  it('one item per line; blank lines and # comments skipped', () => {
    expect(readList(file('l.txt', '# phish\r\nhttp://a.test/\n\n  b.test  \n#x\n'))).toEqual([
      'http://a.test/',
      'b.test',
    ]);
    expect(code(() => readList('/nonexistent/l.txt'))).toBe('E_READ');
  });
});
