import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bandOf } from '../../../domain/dma/scoring';
import { BOM, formatCsv } from '../../../platform/files/csv';
import {
  MAX_RESULTS_ROWS,
  parseResultsFile,
  resultsColumnName,
  resultsHeaders,
  resultsSheetName,
  writeResultsCsv,
  writeResultsXlsx,
  type TResultsRow,
} from './dta-results';
import type { TScores } from './types';

const SME_HEADERS = [
  'SME ID',
  'SME name',
  'DMA Timing',
  'DMA Score',
  'Digital Business Strategy',
  'Digital Readiness',
  'Human-Centric Digitalisation',
  'Data Governance',
  'Automation & Artificial Intelligence',
  'Green Digitalisation',
  'EDIH Name',
];

function scores(dims: number[]): TScores {
  const overall = dims.reduce((s, d) => s + d, 0) / dims.length;
  return {
    overall: { score: overall, band: bandOf(overall) },
    dimensions: dims.map((score, i) => ({ id: `D${i + 1}` as 'D1', score, band: bandOf(score) })),
  };
}

// The worked example of dma.md: overall 41.76 → 41.8.
const WORKED = scores([40, 38.5714285714, 46.4285714286, 53.5714285714, 32, 40]);

const ROWS: TResultsRow[] = [
  { id: '0123456789', name: 'Про Дрон Систем ООД', stage: 'T0', scores: WORKED, hubName: 'EDIH Загоре' },
  {
    id: '987654321',
    name: 'Alpha, "Beta"\nGamma',
    stage: 'T1',
    scores: scores([75.05, 0, 100, 25, 50, 12.25]),
    hubName: 'EDIH Загоре',
  },
  { id: '111', name: '=HYPERLINK("x")', stage: 'T2', scores: scores([1, 2, 3, 4, 5, 6]), hubName: 'EDIH Загоре' },
];

describe('headers', () => {
  it('name the columns exactly as the platform does', () => {
    expect(resultsHeaders('sme')).toEqual(SME_HEADERS);
    expect(resultsHeaders('pso')).toEqual([
      'PSO ID',
      'PSO name',
      'DMA Timing',
      'DMA Score',
      'Digital Strategy and Investments',
      'Digital Readiness',
      'Human-Centric Digitalisation',
      'Data Management and Security',
      'Interoperability',
      'Green Digitalisation',
      'EDIH Name',
    ]);
    expect(resultsSheetName('sme')).toBe('My SMEs DMA Results');
    expect(resultsSheetName('pso')).toBe('My PSOs DMA Results');
    expect(resultsColumnName('pso', 'D5')).toBe('Interoperability');
    expect(resultsColumnName('sme', 'overall')).toBe('DMA Score');
  });
});

describe('XLSX', () => {
  it('writes the sheet with bold headers and one-decimal numbers, readable by ExcelJS', async () => {
    const buffer = await writeResultsXlsx('sme', ROWS);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['My SMEs DMA Results']);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(SME_HEADERS);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const first = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(first).toEqual([
      '0123456789',
      'Про Дрон Систем ООД',
      'T0',
      41.8,
      40,
      38.6,
      46.4,
      53.6,
      32,
      40,
      'EDIH Загоре',
    ]);
    expect(sheet.getCell('D2').numFmt).toBe('0.0');
    // Half up: 75.05 → 75.1, 12.25 → 12.3.
    expect(sheet.getCell('E3').value).toBe(75.1);
    expect(sheet.getCell('J3').value).toBe(12.3);
    // XLSX keeps text as text: no apostrophe guard needed.
    expect(sheet.getCell('B4').value).toBe('=HYPERLINK("x")');
  });

  it('round-trips through parseResultsFile', async () => {
    const parsed = await parseResultsFile('sme', await writeResultsXlsx('sme', ROWS), 'xlsx');
    expect(parsed).toEqual({
      ok: true,
      issues: [],
      rows: [
        {
          row: 2,
          id: '0123456789',
          name: 'Про Дрон Систем ООД',
          stage: 'T0',
          overall: 41.8,
          dimensions: [40, 38.6, 46.4, 53.6, 32, 40],
        },
        // Line breaks inside a name collapse to one space.
        {
          row: 3,
          id: '987654321',
          name: 'Alpha, "Beta" Gamma',
          stage: 'T1',
          overall: 43.7,
          dimensions: [75.1, 0, 100, 25, 50, 12.3],
        },
        { row: 4, id: '111', name: '=HYPERLINK("x")', stage: 'T2', overall: 3.5, dimensions: [1, 2, 3, 4, 5, 6] },
      ],
    });
  });

  it('picks the sheet named for the questionnaire and accepts text cells with a decimal comma', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['nothing here']);
    const sheet = workbook.addWorksheet('my psos dma results');
    sheet.addRow(['pso name', 'PSO ID', 'dma timing', 'DMA Score', ...resultsHeaders('pso').slice(4, 10)]);
    sheet.addRow(['Община Стара Загора', '000000001', 't1', '41,8', '10', 20, 30, 40, 50, '60,5']);
    const parsed = await parseResultsFile('pso', Buffer.from(await workbook.xlsx.writeBuffer()), 'xlsx');
    expect(parsed).toEqual({
      ok: true,
      issues: [],
      rows: [
        {
          row: 2,
          id: '000000001',
          name: 'Община Стара Загора',
          stage: 'T1',
          overall: 41.8,
          dimensions: [10, 20, 30, 40, 50, 60.5],
        },
      ],
    });
  });

  it('refuses a workbook that would unpack past the limit, without inflating it', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet(resultsSheetName('sme')).addRow(['SME ID']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const end = xlsx.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    xlsx.writeUInt32LE(0xfffffff0, xlsx.readUInt32LE(end + 16) + 24); // the first entry now claims ~4 GB
    expect(await parseResultsFile('sme', xlsx, 'xlsx')).toMatchObject({
      ok: false,
      code: 'unreadable',
      message: expect.stringContaining('100 MB'),
    });
  });

  it('refuses what is not a workbook', async () => {
    const parsed = await parseResultsFile('sme', Buffer.from('SME ID,SME name'), 'xlsx');
    expect(parsed).toMatchObject({ ok: false, code: 'unreadable' });
  });
});

describe('CSV', () => {
  it('writes RFC 4180 with a BOM, CRLF, quoted names and a formula guard', () => {
    const text = writeResultsCsv('sme', ROWS);
    expect(text.startsWith(BOM)).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(SME_HEADERS.join(','));
    // Every text field quoted (formula injection through a reader on another separator), scores bare.
    expect(lines[1]).toBe('"0123456789","Про Дрон Систем ООД","T0",41.8,40.0,38.6,46.4,53.6,32.0,40.0,"EDIH Загоре"');
    expect(text).toContain('"Alpha, ""Beta""\nGamma"');
    expect(text).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('round-trips through parseResultsFile, the formula guard removed', async () => {
    const parsed = await parseResultsFile('sme', Buffer.from(writeResultsCsv('sme', ROWS), 'utf8'), 'csv');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows.map((r) => [r.row, r.id, r.name, r.stage, r.overall])).toEqual([
      [2, '0123456789', 'Про Дрон Систем ООД', 'T0', 41.8],
      [3, '987654321', 'Alpha, "Beta" Gamma', 'T1', 43.7],
      [4, '111', '=HYPERLINK("x")', 'T2', 3.5],
    ]);
  });

  it('reads semicolon-separated files with decimal commas, reordered and differently cased headers', async () => {
    const headers = [...SME_HEADERS].reverse().map((h) => ` ${h.toUpperCase()} `);
    const values = ['EDIH Zagore', '60', '50', '40', '30', '20', '10', '41,8', 'T0', 'Про Дрон Систем ООД', '123'];
    const body = Buffer.from(formatCsv([headers, values], { separator: ';' }), 'utf8');
    expect(await parseResultsFile('sme', body, 'csv')).toEqual({
      ok: true,
      issues: [],
      rows: [
        {
          row: 2,
          id: '123',
          name: 'Про Дрон Систем ООД',
          stage: 'T0',
          overall: 41.8,
          dimensions: [10, 20, 30, 40, 50, 60],
        },
      ],
    });
  });

  it('reads windows-1251 text, as Excel saves CSV on a Bulgarian Windows', async () => {
    const text = `${SME_HEADERS.slice(0, 10).join(';')}\r\n1;Про Дрон;T0;1;1;1;1;1;1;1\r\n`;
    // Encode by hand: ASCII stays, Cyrillic А–я map to 0xC0–0xFF in windows-1251.
    const bytes = [...text].map((ch) =>
      ch >= 'А' && ch <= 'я' ? 0xc0 + ch.charCodeAt(0) - 'А'.charCodeAt(0) : ch.charCodeAt(0),
    );
    const parsed = await parseResultsFile('sme', Buffer.from(bytes), 'csv');
    expect(parsed.ok && parsed.rows[0]!.name).toBe('Про Дрон');
  });

  it('names every missing column', async () => {
    const body = Buffer.from(formatCsv([['SME ID', 'SME name', 'DMA Score', 'Digital Readiness']]), 'utf8');
    const parsed = await parseResultsFile('sme', body, 'csv');
    expect(parsed).toMatchObject({
      ok: false,
      code: 'missing_columns',
      missing: [
        'DMA Timing',
        'Digital Business Strategy',
        'Human-Centric Digitalisation',
        'Data Governance',
        'Automation & Artificial Intelligence',
        'Green Digitalisation',
      ],
    });
    expect(!parsed.ok && parsed.message).toContain('DMA Timing');
    // The SME file is not a PSO file.
    const pso = await parseResultsFile('pso', Buffer.from(writeResultsCsv('sme', ROWS)), 'csv');
    expect(pso).toMatchObject({ ok: false, code: 'missing_columns' });
    expect(!pso.ok && pso.missing).toEqual([
      'PSO ID',
      'PSO name',
      'Digital Strategy and Investments',
      'Data Management and Security',
      'Interoperability',
    ]);
  });

  it('turns bad numbers, out-of-range scores and bad stages into issues, keeping the good rows', async () => {
    const records = [
      SME_HEADERS,
      ['1', 'Good', 'T0', '41.8', '1', '2', '3', '4', '5', '6', 'Hub'],
      ['2', 'Bad number', 'T1', 'abc', '1', '2', '3', '4', '5', '6', 'Hub'],
      ['', '', '', '', '', '', '', '', '', '', ''],
      ['3', 'Bad stage', 'T3', '41.8', '1', '2', '3', '4', '5', '6', 'Hub'],
      ['4', 'Out of range', 'T0', '41.8', '101', '2', '3', '4', '5', '', 'Hub'],
      ['5', 'Thousands', 'T0', '1.234,5', '1', '2', '3', '4', '5', '6', 'Hub'],
    ];
    const parsed = await parseResultsFile('sme', Buffer.from(formatCsv(records)), 'csv');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows.map((r) => r.row)).toEqual([2]);
    expect(parsed.issues.map((i) => [i.row, i.code, i.column])).toEqual([
      [3, 'bad_number', 'DMA Score'],
      // The blank row 4 is skipped but still counted, so numbers match the spreadsheet.
      [5, 'bad_stage', 'DMA Timing'],
      [6, 'out_of_range', 'Digital Business Strategy'],
      [6, 'bad_number', 'Green Digitalisation'],
      [7, 'bad_number', 'DMA Score'],
    ]);
    expect(parsed.issues[1]!.message).toBe('Row 5: DMA Timing "T3" is not one of T0, T1, T2.');
  });

  it('refuses an unterminated quote and an empty file', async () => {
    expect(await parseResultsFile('sme', Buffer.from('SME ID,"SME name\r\n'), 'csv')).toMatchObject({
      ok: false,
      code: 'unreadable',
    });
    expect(await parseResultsFile('sme', Buffer.from(''), 'csv')).toMatchObject({ ok: false, code: 'empty' });
  });

  it(`refuses more than ${MAX_RESULTS_ROWS} data rows`, async () => {
    const line = '1,A,T0,1,1,1,1,1,1,1,H\r\n';
    const head = SME_HEADERS.join(',') + '\r\n';
    const atLimit = await parseResultsFile('sme', Buffer.from(head + line.repeat(MAX_RESULTS_ROWS)), 'csv');
    expect(atLimit.ok && atLimit.rows.length).toBe(MAX_RESULTS_ROWS);
    const over = await parseResultsFile('sme', Buffer.from(head + line.repeat(MAX_RESULTS_ROWS + 1)), 'csv');
    expect(over).toMatchObject({ ok: false, code: 'too_many_rows' });
  });
});
