import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';

/**
 * A small Language Server Protocol client over standard input and output: JSON-RPC messages framed by a
 * `Content-Length` header, as every editor speaks to a language server. Enough of the protocol to open documents,
 * collect the diagnostics the server publishes, and ask for hover and completion, so a test drives the same server
 * an editor runs rather than a model of it.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Diagnostic {
  range: Range;
  message: string;
  severity?: number;
  source?: string;
  code?: string | number;
}

export interface MarkupContent {
  kind: string;
  value: string;
}

export interface Hover {
  contents: MarkupContent | string | (MarkupContent | string)[];
  range?: Range;
}

export interface CompletionItem {
  label: string;
  kind?: number;
  documentation?: string | MarkupContent;
  insertText?: string;
}

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** The text of a hover, whichever of its three shapes the server chose. */
export function hoverText(hover: Hover | null): string {
  if (!hover) return '';
  const parts = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
  return parts.map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
}

/** The documentation of a completion item as text. */
export function documentationText(item: CompletionItem): string {
  const { documentation } = item;
  return documentation === undefined ? '' : typeof documentation === 'string' ? documentation : documentation.value;
}

export class LspClient {
  readonly #child: ChildProcessWithoutNullStreams;
  #buffer = Buffer.alloc(0);
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();
  /** Diagnostics by document URI, the latest publication of each; waiters are woken on every publication. */
  readonly #diagnostics = new Map<string, Diagnostic[]>();
  #diagnosticWaiters: (() => void)[] = [];
  #stderr = '';
  #exited = false;
  /** The settings answered to the server's `workspace/configuration` requests, by section (`yaml`, `http`, …). */
  settings: Record<string, unknown> = {};

  /** Starts a server (e.g. `node …/yaml-language-server --stdio`). */
  constructor(command: string, args: readonly string[], options: { cwd?: string } = {}) {
    this.#child = spawn(command, args, { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.#child.stdout.on('data', (chunk: Buffer) => this.#receive(chunk));
    this.#child.stderr.on('data', (chunk: Buffer) => {
      this.#stderr += chunk.toString('utf8');
    });
    this.#child.on('exit', () => {
      this.#exited = true;
      const error = new Error(`the language server exited; its standard error:\n${this.#stderr}`);
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
    });
  }

  /** What the server wrote on standard error, for a failing test's message. */
  get stderr(): string {
    return this.#stderr;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.#send({ jsonrpc: '2.0', method, params });
  }

  /**
   * The next diagnostics published for a document that satisfy `accept`: a server may publish an interim list
   * (before a schema has loaded, say) and then the full one.
   */
  async diagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    for (;;) {
      const current = this.#diagnostics.get(uri);
      if (current && accept(current)) return current;
      if (this.#exited) throw new Error(`the language server exited before publishing diagnostics for ${uri}:\n${this.#stderr}`);
      await new Promise<void>((resolve) => this.#diagnosticWaiters.push(resolve));
    }
  }

  /** Forgets what was published for a document, so `diagnostics` waits for the next publication. */
  forgetDiagnostics(uri: string): void {
    this.#diagnostics.delete(uri);
  }

  /** Asks the server to shut down and exit; kills it if it has not exited shortly after. */
  async stop(): Promise<void> {
    if (this.#exited) return;
    const exited = new Promise<void>((resolve) => this.#child.once('exit', () => resolve()));
    try {
      await Promise.race([this.request('shutdown', null), new Promise((resolve) => setTimeout(resolve, 5_000))]);
      this.notify('exit', null);
    } catch {
      // Already gone: nothing to ask.
    }
    const timer = setTimeout(() => this.#child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }

  #send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.#child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** Splits the stream into messages: a header block ended by a blank line, then `Content-Length` bytes of JSON. */
  #receive(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const headerEnd = this.#buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.#buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: *(\d+)/i.exec(header)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`a message from the language server has no Content-Length: ${header}`);
      const start = headerEnd + 4;
      if (this.#buffer.length < start + length) return;
      const body = this.#buffer.subarray(start, start + length).toString('utf8');
      this.#buffer = this.#buffer.subarray(start + length);
      this.#dispatch(JSON.parse(body) as Message);
    }
  }

  #dispatch(message: Message): void {
    if (message.method === undefined && typeof message.id === 'number') {
      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (message.error) pending?.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else pending?.resolve(message.result ?? null);
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      this.#diagnostics.set(uri, diagnostics);
      const waiters = this.#diagnosticWaiters;
      this.#diagnosticWaiters = [];
      for (const wake of waiters) wake();
      return;
    }
    if (message.id === undefined || message.method === undefined) return;
    // The server pulls its settings, section by section, as an editor's client answers from the user's settings.
    if (message.method === 'workspace/configuration') {
      const { items } = message.params as { items: { section?: string }[] };
      this.#send({ jsonrpc: '2.0', id: message.id, result: items.map((item) => this.settings[item.section ?? ''] ?? null) });
      return;
    }
    // Any other request (registering a capability, creating a progress token) is acknowledged with null.
    this.#send({ jsonrpc: '2.0', id: message.id, result: null });
  }
}
