import { describe, expect, test } from 'vitest';
import { csvCell, formatReport, summarizeFeedback, terminalText, toCsv } from './report';
import type { StoredSubmission } from './store';

function submission(overrides: Partial<StoredSubmission>): StoredSubmission {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    slug: 'alpha',
    rating: 'helpful',
    comment: null,
    clientHash: 'c0ffee',
    createdAt: '2026-03-14T09:00:00.000Z',
    updatedAt: '2026-03-14T09:00:00.000Z',
    commentedAt: null,
    ...overrides,
  };
}

const submissions = [
  submission({ id: '00000000-0000-4000-8000-000000000001', rating: 'helpful' }),
  submission({
    id: '00000000-0000-4000-8000-000000000002',
    rating: 'not-helpful',
    comment: 'Older comment',
    commentedAt: '2026-03-14T10:00:00.000Z',
  }),
  submission({
    id: '00000000-0000-4000-8000-000000000003',
    rating: 'helpful',
    comment: '<b>Newer</b>\nsecond line',
    commentedAt: '2026-03-15T08:30:00.000Z',
  }),
  submission({ id: '00000000-0000-4000-8000-000000000004', slug: 'beta', rating: 'not-helpful' }),
];

describe('writer report', () => {
  test('counts votes and the helpful share per post', () => {
    const posts = summarizeFeedback(submissions);

    expect(posts.map(({ slug, votes, helpful }) => ({ slug, votes, helpful }))).toEqual([
      { slug: 'alpha', votes: 3, helpful: 2 },
      { slug: 'beta', votes: 1, helpful: 0 },
    ]);
  });

  test('prints comments newest first as text', () => {
    const report = formatReport(summarizeFeedback(submissions), { commentsPerPost: 5 });

    expect(report).toBe(
      [
        'alpha: 3 votes, 67% helpful (2 yes, 1 no)',
        '  2026-03-15 08:30 UTC, yes, id 00000000-0000-4000-8000-000000000003',
        '    <b>Newer</b>',
        '    second line',
        '  2026-03-14 10:00 UTC, no, id 00000000-0000-4000-8000-000000000002',
        '    Older comment',
        '',
        'beta: 1 vote, 0% helpful (0 yes, 1 no)',
      ].join('\n'),
    );
  });

  test('says how many comments it left out', () => {
    const report = formatReport(summarizeFeedback(submissions), { commentsPerPost: 1 });

    expect(report).toContain('  … 1 older comment; --json or --csv lists all');
    expect(report).not.toContain('Older comment');
  });

  test('empty store says so', () => {
    expect(formatReport([], { commentsPerPost: 5 })).toBe('No feedback yet.');
  });

  test('terminal escape sequences are shown, not run', () => {
    expect(terminalText('red \u001b[31mtext\u0007 \u202eevil', '  ')).toBe('red \\u{1b}[31mtext\\u{7} \\u{202e}evil');
  });
});

describe('CSV export', () => {
  const cells: [string | null, string][] = [
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
    ['\rreturn', `"'\rreturn"`],
    ['plain', 'plain'],
    ['comma, and "quotes"', '"comma, and ""quotes"""'],
    ['line\nbreak', '"line\nbreak"'],
    [null, ''],
  ];

  for (const [value, expected] of cells) {
    test(`cell ${JSON.stringify(value)}`, () => {
      expect(csvCell(value)).toBe(expected);
    });
  }

  test('header and one row per submission', () => {
    const csv = toCsv([submissions[1]]);

    expect(csv).toBe(
      'id,slug,rating,comment,createdAt,updatedAt,commentedAt,clientHash\r\n' +
        '00000000-0000-4000-8000-000000000002,alpha,not-helpful,Older comment,2026-03-14T09:00:00.000Z,2026-03-14T09:00:00.000Z,2026-03-14T10:00:00.000Z,c0ffee\r\n',
    );
  });
});
