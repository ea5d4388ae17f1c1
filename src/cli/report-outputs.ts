import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DossierResult } from '../engine/types.js';
import type { FormatContext } from '../report/format-context.js';
import type { ReportHeader, ReportTail, ReportWriter, StreamingFormatter } from '../report/report-stream.js';
import { AtomicFile, describeWriteError } from './atomic-file.js';
import { ToolFailure } from './errors.js';
import type { CliIo } from './io.js';
import type { ReportTarget } from './output-targets.js';

/** Bytes of report text gathered before a write: one write per dossier would be a system call per dossier. */
const WRITE_CHUNK = 64 * 1024;

/** Where one report's text goes. */
interface Sink {
  write(text: string): void;
  /** The report is complete. */
  finish(): void;
  /** The run failed: nothing more is written, and a file is not left half written. */
  abort(): void;
}

/** Around each write to standard output, e.g. to lift a progress line off the terminal and put it back. */
export interface StdoutGuard {
  before(): void;
  after(): void;
}

function chunked(write: (text: string) => void): { write(text: string): void; flush(): void } {
  let pending = '';
  return {
    write(text) {
      pending += text;
      if (pending.length >= WRITE_CHUNK) {
        write(pending);
        pending = '';
      }
    },
    flush() {
      if (pending !== '') write(pending);
      pending = '';
    },
  };
}

function stdoutSink(stream: CliIo['stdout'], guard: StdoutGuard | undefined): Sink {
  const out = chunked((text) => {
    guard?.before();
    stream.write(text);
    guard?.after();
  });
  // On failure what was already written stays; what is pending is dropped, like the rest of the report.
  return { write: out.write, finish: out.flush, abort: () => {} };
}

function fileSink(file: AtomicFile): Sink {
  const out = chunked((text) => file.write(text));
  return {
    write: out.write,
    finish() {
      out.flush();
      file.commit();
    },
    abort: () => file.abort(),
  };
}

/**
 * A report appended to an existing file once the run is complete, as GitHub wants its job summary: the file collects
 * what every step of a job writes, so it is never replaced. Held until the end (a job summary is bounded by 1 MiB),
 * so a failed run appends nothing.
 */
export interface AppendedReport {
  path: string;
  formatter: StreamingFormatter;
  context: FormatContext;
}

function appendSink(path: string): Sink {
  let text = '';
  return {
    write(more) {
      text += more;
    },
    finish() {
      try {
        appendFileSync(path, text);
      } catch (error) {
        const why = describeWriteError(error);
        throw new ToolFailure({ zh: `无法把作业摘要追加到 ${path}：${why.zh}`, en: `cannot append the job summary to ${path}: ${why.en}` });
      }
    },
    abort() {
      text = '';
    },
  };
}

/**
 * The reports of one run, each with its own writer, fed in the same pass over the results: every dossier is
 * handed to every report as it is checked, and none is kept. Files are created (as temporary files) when the
 * outputs are opened and appear under their names only when `finish` is called.
 */
export class ReportOutputs {
  private begun = false;

  private constructor(private readonly outputs: readonly { writer: ReportWriter; sink: Sink }[]) {}

  /**
   * Opens one output per target. `context` gives each report its formatting context: colour is for the terminal,
   * so a caller gives files a colourless one.
   */
  static open(
    targets: readonly ReportTarget[],
    formatter: (target: ReportTarget) => StreamingFormatter,
    context: (target: ReportTarget) => FormatContext,
    io: CliIo,
    guard?: StdoutGuard,
    appended: readonly AppendedReport[] = [],
  ): ReportOutputs {
    const outputs: { writer: ReportWriter; sink: Sink }[] = [];
    try {
      for (const target of targets) {
        const sink = target.file === undefined ? stdoutSink(io.stdout, guard) : fileSink(new AtomicFile(resolve(io.cwd, target.file), target.file));
        outputs.push({ writer: formatter(target)(context(target)), sink });
      }
      // Last: appended once every report file is in place.
      for (const report of appended) outputs.push({ writer: report.formatter(report.context), sink: appendSink(resolve(io.cwd, report.path)) });
    } catch (error) {
      for (const { sink } of outputs) sink.abort();
      throw error;
    }
    return new ReportOutputs(outputs);
  }

  /** The reports begin with their first dossier: a run that finds none writes nothing, unless it ends. */
  begin(header: ReportHeader): void {
    if (this.begun) return;
    this.begun = true;
    for (const { writer, sink } of this.outputs) sink.write(writer.begin(header));
  }

  dossier(result: DossierResult): void {
    for (const { writer, sink } of this.outputs) sink.write(writer.dossier(result));
  }

  end(header: ReportHeader, tail: ReportTail): void {
    this.begin(header);
    for (const { writer, sink } of this.outputs) sink.write(writer.end(tail));
    // Every report is written in full before any file is renamed, so a failure of one writer leaves no file.
    for (const { sink } of this.outputs) sink.finish();
  }

  abort(): void {
    for (const { sink } of this.outputs) sink.abort();
  }
}
