import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CLIENT_ADDRESS_HEADER } from './client-address.mjs';
import { ClientHasher } from './client-hash';
import { handleFeedback, type FeedbackDependencies } from './handler';
import { RateLimiter } from './rate-limit';
import { SqliteFeedbackStore } from './sqlite-store';

const HOST = '127.0.0.1:3110';
const ENDPOINT = `http://${HOST}/api/feedback`;
const PUBLISHED = new Set(['alpha', 'beta']);
const NOW = new Date('2026-03-14T09:26:53.589Z');
const CLIENT = '203.0.113.7';
const ID = '0b6c6e0e-5a4f-4c2b-9d1e-7f3a2b1c0d9e';
const SERVER_ID = 'a3c1e5f7-0b2d-4f6e-8a1c-3e5d7f9b1a2c';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-feedback-'));
let store: SqliteFeedbackStore;
let hasher: ClientHasher;
let clock: number;
let deps: FeedbackDependencies;

beforeEach(() => {
  store = new SqliteFeedbackStore(path.join(directory, `${crypto.randomUUID()}.db`));
  hasher = new ClientHasher(() => clock);
  clock = NOW.getTime();
  deps = {
    store: () => store,
    isPublished: (slug) => PUBLISHED.has(slug),
    rateLimiter: new RateLimiter({ maxRequests: 10, windowSeconds: 60 }, () => clock),
    hasher,
    allowedHosts: ['blog.example.com'],
    now: () => new Date(clock),
    newId: () => SERVER_ID,
  };
});

afterEach(async () => {
  await store.close();
});

afterAll(() => {
  fs.rmSync(directory, { recursive: true, force: true });
});

interface RequestOptions {
  contentType?: string | null;
  headers?: Record<string, string>;
}

function request(body: BodyInit, options: RequestOptions = {}): Request {
  const headers: Record<string, string> = { host: HOST, [CLIENT_ADDRESS_HEADER]: CLIENT, ...options.headers };
  const contentType = options.contentType === undefined ? 'application/json' : options.contentType;
  if (contentType !== null) headers['content-type'] = contentType;
  return new Request(ENDPOINT, { method: 'POST', headers, body });
}

function json(fields: Record<string, unknown>, options: RequestOptions = {}): Request {
  return request(JSON.stringify(fields), options);
}

function form(fields: Record<string, string>, options: RequestOptions = {}): Request {
  return request(new URLSearchParams(fields).toString(), { contentType: 'application/x-www-form-urlencoded', ...options });
}

const vote = { id: ID, slug: 'alpha', rating: 'helpful' };

describe('bad requests', () => {
  const oneMegabyte = JSON.stringify({ ...vote, comment: 'x'.repeat(1024 * 1024) });
  const overLimit = JSON.stringify({ ...vote, comment: 'x'.repeat(8192) });

  const cases: { name: string; request: () => Request; status: number; error: string }[] = [
    {
      name: 'unknown slug',
      request: () => json({ ...vote, slug: 'no-such-post' }),
      status: 400,
      error: 'slug: no published post has the slug "no-such-post"',
    },
    {
      name: 'draft slug',
      request: () => json({ ...vote, slug: 'draft-post' }),
      status: 400,
      error: 'slug: no published post has the slug "draft-post"',
    },
    {
      name: 'missing slug',
      request: () => json({ id: ID, rating: 'helpful' }),
      status: 400,
      error: 'slug: missing; must name a published post',
    },
    {
      name: 'script tag as slug',
      request: () => json({ ...vote, slug: '<script>alert(1)</script>' }),
      status: 400,
      error: 'slug: no published post has the slug "<script>alert(1)</script>"',
    },
    {
      name: 'SQL-looking slug',
      request: () => json({ ...vote, slug: "alpha' OR '1'='1" }),
      status: 400,
      error: 'slug: no published post has the slug "alpha\' OR \'1\'=\'1"',
    },
    {
      name: 'SQL-looking id',
      request: () => json({ ...vote, id: "'; DROP TABLE submissions; --" }),
      status: 400,
      error: 'id: must be a UUID; got "\'; DROP TABLE submissions; --"',
    },
    {
      name: 'bad rating',
      request: () => json({ ...vote, rating: 'great' }),
      status: 400,
      error: 'rating: must be "helpful" or "not-helpful"; got "great"',
    },
    {
      name: 'right-to-left rating',
      request: () => json({ ...vote, rating: 'مفيد' }),
      status: 400,
      error: 'rating: must be "helpful" or "not-helpful"; got "مفيد"',
    },
    {
      name: 'missing rating',
      request: () => json({ id: ID, slug: 'alpha' }),
      status: 400,
      error: 'rating: must be "helpful" or "not-helpful"; missing',
    },
    {
      name: 'rating that is not a string',
      request: () => json({ ...vote, rating: 1 }),
      status: 400,
      error: 'rating: must be a string; got number',
    },
    {
      name: 'comment of 1,001 characters',
      request: () => json({ ...vote, comment: 'a'.repeat(1001) }),
      status: 400,
      error: 'comment: must be at most 1000 characters; got 1001',
    },
    {
      // Each of these emoji is two UTF-16 code units, as a textarea counts them.
      name: 'comment of 501 emoji',
      request: () => json({ ...vote, comment: '😀'.repeat(501) }),
      status: 400,
      error: 'comment: must be at most 1000 characters; got 1002',
    },
    {
      name: 'right-to-left comment over the limit',
      request: () => json({ ...vote, comment: 'שלום '.repeat(201) }),
      status: 400,
      error: 'comment: must be at most 1000 characters; got 1005',
    },
    {
      name: 'body of 8,193 bytes',
      request: () => request(overLimit.slice(0, 8193)),
      status: 413,
      error: 'body: must be at most 8192 bytes',
    },
    {
      name: 'body of 1 MB',
      request: () => request(oneMegabyte),
      status: 413,
      error: 'body: must be at most 8192 bytes',
    },
    {
      name: 'plain text content type',
      request: () => request(JSON.stringify(vote), { contentType: 'text/plain' }),
      status: 415,
      error: 'content-type: must be application/json, application/x-www-form-urlencoded or multipart/form-data; got "text/plain"',
    },
    {
      name: 'no content type',
      request: () => request(new TextEncoder().encode(JSON.stringify(vote)), { contentType: null }),
      status: 415,
      error: 'content-type: must be application/json, application/x-www-form-urlencoded or multipart/form-data; got none',
    },
    {
      name: 'broken JSON',
      request: () => request('{"id": "0b6c6e0e-5a4f-4c2b-9d1e-7f3a2b1c0d9e", "slug": '),
      status: 400,
      error: 'body: invalid JSON; expected an object such as {"id": "…", "slug": "…", "rating": "helpful"}',
    },
    {
      name: 'JSON array',
      request: () => request(JSON.stringify([vote])),
      status: 400,
      error: 'body: must be a JSON object',
    },
    {
      name: 'invalid UTF-8',
      request: () => request(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])),
      status: 400,
      error: 'body: must be valid UTF-8',
    },
    {
      name: 'id that is not a UUID',
      request: () => json({ ...vote, id: 'abc' }),
      status: 400,
      error: 'id: must be a UUID; got "abc"',
    },
    {
      name: 'JSON without an id',
      request: () => json({ slug: 'alpha', rating: 'helpful' }),
      status: 400,
      error: 'id: missing; JSON requests must carry the submission id',
    },
    {
      name: 'Origin of another site',
      request: () => json(vote, { headers: { origin: 'https://evil.example' } }),
      status: 403,
      error: 'origin: cross-site requests are rejected; got "https://evil.example"',
    },
    {
      name: 'null Origin',
      request: () => json(vote, { headers: { origin: 'null' } }),
      status: 403,
      error: 'origin: cross-site requests are rejected; got "null"',
    },
    {
      name: 'Origin on another port',
      request: () => json(vote, { headers: { origin: 'http://127.0.0.1:9999' } }),
      status: 403,
      error: 'origin: cross-site requests are rejected; got "http://127.0.0.1:9999"',
    },
    {
      name: 'Sec-Fetch-Site cross-site',
      request: () => json(vote, { headers: { 'sec-fetch-site': 'cross-site' } }),
      status: 403,
      error: 'sec-fetch-site: cross-site requests are rejected; got "cross-site"',
    },
    {
      name: 'Sec-Fetch-Site same-site',
      request: () => json(vote, { headers: { 'sec-fetch-site': 'same-site', origin: `http://${HOST}` } }),
      status: 403,
      error: 'sec-fetch-site: cross-site requests are rejected; got "same-site"',
    },
  ];

  for (const { name, request: build, status, error } of cases) {
    test(`${name} is rejected`, async () => {
      const response = await handleFeedback(build(), deps);

      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(await response.json()).toEqual({ error });
      expect(await store.list()).toEqual([]);
    });
  }

  test('form post error is an escaped HTML page', async () => {
    const response = await handleFeedback(form({ slug: '<script>alert(1)</script>', rating: 'helpful' }), deps);

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await response.text();
    expect(page).toContain(
      '<p id="feedback-error">slug: no published post has the slug &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;</p>',
    );
    expect(page).not.toContain('<script>');
    expect(await store.list()).toEqual([]);
  });

  test('cross-site form post gets an HTML page', async () => {
    const response = await handleFeedback(form({ slug: 'alpha', rating: 'helpful' }, { headers: { origin: 'null' } }), deps);

    expect(response.status).toBe(403);
    expect(await response.text()).toContain('<p id="feedback-error">origin: cross-site requests are rejected; got &quot;null&quot;</p>');
    expect(await store.list()).toEqual([]);
  });

  test('endless body is cut off while reading', async () => {
    let pulled = 0;
    let cancelled = false;
    const source: UnderlyingDefaultSource<Uint8Array> = {
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
      cancel() {
        cancelled = true;
      },
    };
    // A high-water mark of 0 makes the stream produce a chunk only when read.
    const endless = new ReadableStream(source, { highWaterMark: 0 });
    const streaming = new Request(ENDPOINT, {
      method: 'POST',
      headers: { host: HOST, 'content-type': 'application/json' },
      body: endless,
      duplex: 'half',
    } as RequestInit);

    const response = await handleFeedback(streaming, deps);

    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'body: must be at most 8192 bytes' });
    // The ninth 1 KB chunk passes 8,192 bytes; with no queue, nothing more is pulled.
    expect(pulled).toBe(9);
    expect(cancelled).toBe(true);
    expect(await store.list()).toEqual([]);
  });

  test('declared Content-Length over the limit is rejected unread', async () => {
    let pulled = 0;
    const source: UnderlyingDefaultSource<Uint8Array> = {
      pull(controller) {
        pulled += 1;
        controller.close();
      },
    };
    const body = new ReadableStream(source, { highWaterMark: 0 });
    const declared = new Request(ENDPOINT, {
      method: 'POST',
      headers: { host: HOST, 'content-type': 'application/json', 'content-length': '1048576' },
      body,
      duplex: 'half',
    } as RequestInit);

    const response = await handleFeedback(declared, deps);

    expect(response.status).toBe(413);
    expect(pulled).toBe(0);
  });
});

describe('good requests', () => {
  const hashOfClient = () => hasher.hash(CLIENT);

  test('JSON vote is stored exactly', async () => {
    const response = await handleFeedback(json(vote, { headers: { origin: `http://${HOST}`, 'sec-fetch-site': 'same-origin' } }), deps);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: ID, status: 'created' });
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await store.list()).toEqual([
      {
        id: ID,
        slug: 'alpha',
        rating: 'helpful',
        comment: null,
        clientHash: hashOfClient(),
        createdAt: '2026-03-14T09:26:53.589Z',
        updatedAt: '2026-03-14T09:26:53.589Z',
        commentedAt: null,
      },
    ]);
  });

  test('vote, comment and changed vote update one submission', async () => {
    await handleFeedback(json(vote), deps);
    clock += 5000;
    const commented = await handleFeedback(json({ ...vote, comment: 'Clear and short.' }), deps);
    clock += 5000;
    const changed = await handleFeedback(json({ ...vote, rating: 'not-helpful' }), deps);

    expect(await commented.json()).toEqual({ id: ID, status: 'updated' });
    expect(await changed.json()).toEqual({ id: ID, status: 'updated' });
    expect(await store.list()).toEqual([
      {
        id: ID,
        slug: 'alpha',
        rating: 'not-helpful',
        comment: 'Clear and short.',
        clientHash: hashOfClient(),
        createdAt: '2026-03-14T09:26:53.589Z',
        updatedAt: '2026-03-14T09:27:03.589Z',
        commentedAt: '2026-03-14T09:26:58.589Z',
      },
    ]);
  });

  const comments = [
    { name: 'script tag', comment: '<script>alert("hi")</script>' },
    { name: 'SQL-looking text', comment: "Robert'); DROP TABLE submissions;--" },
    { name: 'emoji', comment: 'Great post 🎉👍🏽 thanks 🇳🇿' },
    { name: 'right-to-left text', comment: 'مقال رائع، شكراً لك. תודה רבה!' },
    { name: 'exactly 1,000 characters', comment: 'é'.repeat(1000) },
    { name: '500 emoji', comment: '😀'.repeat(500) },
  ];

  for (const { name, comment } of comments) {
    test(`comment with ${name} is stored as sent`, async () => {
      const response = await handleFeedback(json({ ...vote, comment }), deps);

      expect(response.status).toBe(200);
      const [stored] = await store.list();
      expect(stored.comment).toBe(comment);
    });
  }

  test('CRLF line breaks are stored as LF', async () => {
    await handleFeedback(json({ ...vote, comment: 'one\r\ntwo\r\n' }), deps);

    const [stored] = await store.list();
    expect(stored.comment).toBe('one\ntwo\n');
  });

  test('white-space comment keeps no comment', async () => {
    await handleFeedback(json({ ...vote, comment: '  \n ' }), deps);

    const [stored] = await store.list();
    expect(stored.comment).toBeNull();
  });

  test('upper-case id is stored in lower case', async () => {
    await handleFeedback(json({ ...vote, id: ID.toUpperCase() }), deps);

    const [stored] = await store.list();
    expect(stored.id).toBe(ID);
  });

  test('Origin of the configured base URL passes', async () => {
    const response = await handleFeedback(json(vote, { headers: { origin: 'https://blog.example.com' } }), deps);

    expect(response.status).toBe(200);
  });

  test('form vote gets a new id and a 303 to the thank-you page', async () => {
    const response = await handleFeedback(
      form({ slug: 'beta', rating: 'not-helpful', website: '' }, { headers: { origin: `http://${HOST}` } }),
      deps,
    );

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/feedback/thanks?post=beta&id=${SERVER_ID}&rating=not-helpful#feedback`);
    expect(response.headers.get('set-cookie')).toBeNull();
    const [stored] = await store.list();
    expect(stored).toMatchObject({ id: SERVER_ID, slug: 'beta', rating: 'not-helpful', comment: null });
  });

  test('form comment updates the submission and returns to the post', async () => {
    await handleFeedback(form({ slug: 'beta', rating: 'not-helpful', website: '' }), deps);
    const response = await handleFeedback(
      form({ id: SERVER_ID, slug: 'beta', rating: 'not-helpful', comment: 'An example of the API.\r\nAnd a diagram.', website: '' }),
      deps,
    );

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/posts/beta#feedback-thanks');
    const submissions = await store.list();
    expect(submissions).toHaveLength(1);
    expect(submissions[0]).toMatchObject({ id: SERVER_ID, rating: 'not-helpful', comment: 'An example of the API.\nAnd a diagram.' });
  });

  test('multipart comment of 1,000 Chinese characters is accepted', async () => {
    await handleFeedback(form({ slug: 'beta', rating: 'helpful', website: '' }), deps);
    const body = new FormData();
    for (const [name, value] of Object.entries({ id: SERVER_ID, slug: 'beta', rating: 'helpful', comment: '中'.repeat(1000), website: '' })) body.append(name, value);
    const encoded = new Response(body);
    const response = await handleFeedback(request(await encoded.text(), { contentType: encoded.headers.get('content-type') }), deps);

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/posts/beta#feedback-thanks');
    const submissions = await store.list();
    expect(submissions).toHaveLength(1);
    expect(submissions[0].comment).toBe('中'.repeat(1000));
  });

  test('broken multipart body is rejected', async () => {
    const response = await handleFeedback(request('not a multipart body', { contentType: 'multipart/form-data; boundary=x' }), deps);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('body: invalid multipart form data');
    expect(await store.list()).toEqual([]);
  });

  test('multipart file field is rejected', async () => {
    const body = new FormData();
    body.append('slug', 'beta');
    body.append('rating', 'helpful');
    body.append('comment', new Blob(['x']), 'note.txt');
    const encoded = new Response(body);
    const response = await handleFeedback(request(await encoded.text(), { contentType: encoded.headers.get('content-type') }), deps);

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('comment: must be text, not a file');
    expect(await store.list()).toEqual([]);
  });

  test('id of another post is a conflict', async () => {
    await handleFeedback(json(vote), deps);
    const response = await handleFeedback(json({ ...vote, slug: 'beta' }), deps);

    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: 'id: already used for another post; create a new id for "beta"' });
    const submissions = await store.list();
    expect(submissions.map((submission) => submission.slug)).toEqual(['alpha']);
  });
});

describe('honeypot', () => {
  test('filled honeypot in JSON succeeds and stores nothing', async () => {
    const response = await handleFeedback(json({ ...vote, website: 'https://spam.example' }), deps);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: ID, status: 'created' });
    expect(await store.list()).toEqual([]);
  });

  test('filled honeypot in a form succeeds and stores nothing', async () => {
    const response = await handleFeedback(form({ slug: 'alpha', rating: 'helpful', website: 'buy now' }), deps);

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/feedback/thanks?post=alpha&id=${SERVER_ID}&rating=helpful#feedback`);
    expect(await store.list()).toEqual([]);
  });
});

describe('rate limit', () => {
  async function send(slug: string, address: string, index: number): Promise<Response> {
    const id = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
    return handleFeedback(json({ id, slug, rating: 'helpful' }, { headers: { [CLIENT_ADDRESS_HEADER]: address } }), deps);
  }

  test('eleventh request in a minute gets 429 with Retry-After', async () => {
    for (let index = 0; index < 10; index++) expect((await send('alpha', CLIENT, index)).status).toBe(200);
    clock += 15_000;
    const limited = await send('alpha', CLIENT, 10);

    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('45');
    expect(await limited.json()).toEqual({ error: 'rate limit: too many requests for this post from one client; retry after 45 seconds' });
    expect(await store.list()).toHaveLength(10);
  });

  test('limit is per client and per post', async () => {
    for (let index = 0; index < 10; index++) await send('alpha', CLIENT, index);

    expect((await send('beta', CLIENT, 10)).status).toBe(200);
    expect((await send('alpha', '198.51.100.4', 11)).status).toBe(200);
    expect((await send('alpha', CLIENT, 12)).status).toBe(429);
  });

  test('next window accepts again', async () => {
    for (let index = 0; index < 11; index++) await send('alpha', CLIENT, index);
    clock += 60_000;

    expect((await send('alpha', CLIENT, 11)).status).toBe(200);
  });
});
