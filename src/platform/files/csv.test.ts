import { describe, expect, it } from 'vitest';
import { BOM, CsvError, csvText, formatCsv, guardFormula, parseCsv, sniffSeparator, unguardFormula } from './csv';

describe('formatCsv', () => {
  it('quotes only fields that need it, doubles inner quotes, ends every record with CRLF', () => {
    const text = formatCsv([
      ['id', 'name', 'score'],
      ['1', 'Про Дрон Систем ООД', 41.8],
      ['2', 'Alpha, Beta "Gamma"', null],
      ['3', 'two\nlines', 0],
    ]);
    expect(text).toBe(
      'id,name,score\r\n1,Про Дрон Систем ООД,41.8\r\n2,"Alpha, Beta ""Gamma""",\r\n3,"two\nlines",0\r\n',
    );
  });

  it('adds a BOM on request and quotes the semicolon when it is the separator', () => {
    const text = formatCsv([['a;b', 'c,d']], { bom: true, separator: ';' });
    expect(text).toBe(`${BOM}"a;b";c,d\r\n`);
  });
});

describe('user text in CSV (formula injection)', () => {
  it('neutralises formula starts at the start and after ; , tab and line breaks', () => {
    expect(guardFormula('=1+1')).toBe("'=1+1");
    expect(guardFormula("Pro Drone;=cmd|' /C calc'!A0")).toBe("Pro Drone;'=cmd|' /C calc'!A0");
    expect(guardFormula('a,+1')).toBe("a,'+1");
    expect(guardFormula('a\t-1')).toBe("a\t'-1");
    expect(guardFormula('a\n@SUM(A1)')).toBe("a\n'@SUM(A1)");
    expect(guardFormula('a\r\n=1')).toBe("a\r\n'=1");
    expect(guardFormula('\t=1')).toBe("'\t=1");
    expect(guardFormula('Про Дрон Систем ООД, София')).toBe('Про Дрон Систем ООД, София');
    expect(guardFormula('e-mail a-b')).toBe('e-mail a-b');
  });

  it('reverses the guard when reading back', () => {
    for (const text of ['=1', "Pro Drone;=cmd|' /C calc'!A0", 'a,+1\n-2', 'plain', 'a;;@x']) {
      expect(unguardFormula(guardFormula(text))).toBe(text);
    }
  });

  it('quotes every user text field, even without separators, so no reader splits it into a formula cell', () => {
    const text = formatCsv([
      ['name', 'amount'],
      [csvText("Pro Drone;=cmd|' /C calc'!A0"), '12.00'],
      [csvText('Plain'), 3],
    ]);
    expect(text).toBe(`name,amount\r\n"Pro Drone;'=cmd|' /C calc'!A0",12.00\r\n"Plain",3\r\n`);
    // Read with the Bulgarian separator, the injected part stays text.
    const bg = parseCsv(text, { separator: ';' });
    for (const cell of bg.flat()) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});

describe('parseCsv', () => {
  it('round-trips commas, quotes, CR/LF inside fields and Cyrillic', () => {
    const records = [
      ['SME ID', 'SME name'],
      ['123', 'Про Дрон "Систем", ООД'],
      ['456', 'multi\r\nline\nname'],
      ['', ''],
      ['"', '""'],
    ];
    expect(parseCsv(formatCsv(records, { bom: true }))).toEqual(records);
  });

  it('strips the BOM and accepts LF and lone CR line ends', () => {
    expect(parseCsv(`${BOM}a,b\nc,d\re,f`)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('keeps blank lines as records so numbering matches the spreadsheet, but not a final line break', () => {
    expect(parseCsv('h\r\n\r\nx\r\n')).toEqual([['h'], [''], ['x']]);
  });

  it('keeps a record made of one empty quoted field', () => {
    expect(parseCsv('""')).toEqual([['']]);
    expect(parseCsv('a,""')).toEqual([['a', '']]);
  });

  it('uses the given separator', () => {
    expect(parseCsv('a;"b;c";41,8\r\n', { separator: ';' })).toEqual([['a', 'b;c', '41,8']]);
  });

  it('refuses an unterminated quote, naming the record', () => {
    expect(() => parseCsv('a,b\r\n1,"open\r\n2,3')).toThrowError(/record 2/);
    const thrown = (() => {
      try {
        parseCsv('"x');
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(thrown).toBeInstanceOf(CsvError);
    expect((thrown as CsvError).code).toBe('unterminated_quote');
  });

  it('stops once more than maxRecords are read', () => {
    const text = 'h\n' + '1\n'.repeat(10);
    expect(parseCsv(text, { maxRecords: 11 })).toHaveLength(11);
    expect(() => parseCsv(text, { maxRecords: 10 })).toThrowError(CsvError);
  });
});

describe('sniffSeparator', () => {
  it('picks the separator of the header line, ignoring quoted text and later lines', () => {
    expect(sniffSeparator('SME ID,SME name,DMA Timing')).toBe(',');
    expect(sniffSeparator(`${BOM}SME ID;SME name;DMA Timing\r\n1,2,3,4,5,6`)).toBe(';');
    expect(sniffSeparator('"a,b,c";d;e')).toBe(';');
  });
});
