import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { BrowserServer } from 'playwright-core';
import { openTemplateCopy, type TemplateInfo } from '../../src/test/template.js';
import { launchBrowserServer } from './browser.js';
import { startServer, type RunningServer } from './server.js';

/**
 * The shared side of the browser tests, in Vitest's main process (global-setup.ts):
 *
 * - a pool of servers, each on its own fresh copy of the demo template. Every test file leases
 *   one for itself and gives it back when done; a returned server is closed, never reused, so no
 *   file sees another file's changes (plans, throttled logins, sessions). A few spare servers are
 *   started ahead, so a file rarely waits for one.
 * - one Chromium per Vitest worker (VITEST_POOL_ID), which the files of that worker connect to.
 * - a small HTTP control API on loopback through which the workers do both, and through which a
 *   test reaches the database of its own server (remote-db.ts): on PGlite that database lives in
 *   this process, so the worker cannot open it itself.
 */

/** What a test file gets for its lease; see remote-db.ts for `database`. */
export interface Lease {
  id: string;
  url: string;
  database: { kind: 'pglite' } | { kind: 'postgres'; url: string };
}

export interface SqlRequest {
  sql: string;
  params: unknown[];
  method: 'all' | 'execute';
  /** A transaction begun with /tx/begin, or none. */
  tx?: string;
}

interface Held {
  tx: Transaction;
  finish(commit: boolean): void;
  done: Promise<void>;
}

const ROLLBACK = Symbol('rollback');

class ServerPool {
  private readonly spare: Promise<RunningServer & { dbUrl?: string }>[] = [];
  private readonly leased = new Map<string, RunningServer & { dbUrl?: string }>();
  private readonly closing = new Set<Promise<void>>();
  private readonly transactions = new Map<string, Held>();
  private readonly dump: Blob | undefined;
  private closed = false;

  constructor(
    private readonly template: TemplateInfo,
    private readonly spareCount: number,
  ) {
    this.dump = template.kind === 'pglite' ? new Blob([fs.readFileSync(template.location)]) : undefined;
    for (let i = 0; i < spareCount; i++) this.spare.push(this.start());
  }

  private start() {
    const started = (async () => {
      const database = await openTemplateCopy(this.template, this.dump);
      const server = await startServer(database);
      return { ...server, dbUrl: database.url };
    })();
    started.catch(() => undefined); // reported to the file that leases it
    return started;
  }

  async lease(): Promise<Lease> {
    if (this.closed) throw new Error('De serverpool is al gesloten.');
    const next = this.spare.shift() ?? this.start();
    this.spare.push(this.start());
    const server = await next;
    const id = crypto.randomUUID();
    this.leased.set(id, server);
    return { id, url: server.url, database: server.dbUrl ? { kind: 'postgres', url: server.dbUrl } : { kind: 'pglite' } };
  }

  release(id: string): void {
    const server = this.leased.get(id);
    if (!server) return;
    this.leased.delete(id);
    for (const [key, held] of this.transactions) {
      if (key.startsWith(`${id}:`)) held.finish(false);
    }
    const closing = server.close().finally(() => this.closing.delete(closing));
    this.closing.add(closing);
  }

  private client(id: string): PGlite {
    const server = this.leased.get(id);
    if (!server) throw new Error(`Onbekende of teruggegeven server ${id}.`);
    if (server.database.kind !== 'pglite') throw new Error('Alleen PGlite-databases gaan via de controle-API.');
    return (server.database.db as unknown as { $client: PGlite }).$client;
  }

  async query(id: string, request: SqlRequest): Promise<unknown[]> {
    const target = request.tx ? this.transactions.get(`${id}:${request.tx}`)?.tx : this.client(id);
    if (!target) throw new Error(`Onbekende transactie ${request.tx}.`);
    const result = await target.query(request.sql, request.params, request.method === 'all' ? { rowMode: 'array' } : {});
    return result.rows;
  }

  /**
   * Opens a transaction on the server's database and holds it (PGlite's transaction lock, so the
   * server's own requests wait) until the test commits or rolls back.
   */
  async begin(id: string): Promise<string> {
    const client = this.client(id);
    const key = `${id}:${crypto.randomUUID()}`;
    let finish!: (commit: boolean) => void;
    const decided = new Promise<boolean>((resolve) => (finish = resolve));
    let started!: (tx: Transaction) => void;
    const opened = new Promise<Transaction>((resolve) => (started = resolve));
    const done = client
      .transaction(async (tx) => {
        started(tx);
        if (!(await decided)) throw ROLLBACK;
      })
      .then(
        () => undefined,
        (error: unknown) => {
          if (error !== ROLLBACK) throw error;
        },
      );
    done.catch(() => undefined); // awaited in end(); a release without end ends it quietly
    const tx = await Promise.race([opened, done.then(() => Promise.reject(new Error('De transactie eindigde voor ze begon.')))]);
    this.transactions.set(key, { tx, finish, done });
    return key.slice(id.length + 1);
  }

  async end(id: string, key: string, commit: boolean): Promise<void> {
    const held = this.transactions.get(`${id}:${key}`);
    if (!held) throw new Error(`Onbekende transactie ${key}.`);
    this.transactions.delete(`${id}:${key}`);
    held.finish(commit);
    await held.done;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const id of [...this.leased.keys()]) this.release(id);
    const spare = this.spare.splice(0);
    await Promise.allSettled([...spare.map(async (server) => (await server).close()), ...this.closing]);
  }
}

class BrowserPool {
  private readonly browsers = new Map<string, Promise<BrowserServer>>();

  /** The websocket endpoint of this worker's Chromium, launched on first use. */
  async endpoint(worker: string): Promise<string> {
    let browser = this.browsers.get(worker);
    if (!browser) {
      browser = launchBrowserServer();
      this.browsers.set(worker, browser);
    }
    return (await browser).wsEndpoint();
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.browsers.values()].map(async (browser) => (await browser).close()));
  }
}

export interface Control {
  url: string;
  close(): Promise<void>;
}

/** Starts the pool, the browsers and the control API; `spare` servers are kept started ahead. */
export async function startControl(template: TemplateInfo, options: { spare: number }): Promise<Control> {
  const servers = new ServerPool(template, options.spare);
  const browsers = new BrowserPool();

  // The body is JSON from our own workers (remote-db.ts): only `sql` reads it.
  const routes: Record<string, (body: unknown, parts: string[]) => Promise<unknown>> = {
    lease: () => servers.lease(),
    release: async (_body, [id]) => servers.release(id!),
    sql: (body, [id]) => servers.query(id!, body as SqlRequest),
    begin: async (_body, [id]) => ({ tx: await servers.begin(id!) }),
    commit: (_body, [id, tx]) => servers.end(id!, tx!, true),
    rollback: (_body, [id, tx]) => servers.end(id!, tx!, false),
    browser: async (_body, [worker]) => ({ wsEndpoint: await browsers.endpoint(worker ?? '1') }),
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const [name, ...parts] = (request.url ?? '').split('/').filter(Boolean).map(decodeURIComponent);
      const route = routes[name ?? ''];
      const send = (status: number, value: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(value ?? null, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));
      };
      if (!route || request.method !== 'POST') return send(404, { error: `Onbekend: ${request.method} ${request.url}` });
      let body: unknown = null;
      try {
        body = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : null;
      } catch {
        return send(400, { error: 'Geen JSON.' });
      }
      route(body, parts).then(
        (value) => send(200, value),
        (error: unknown) => send(500, { error: error instanceof Error ? error.message : String(error) }),
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled([servers.close(), browsers.close()]);
    },
  };
}
