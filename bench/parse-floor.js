// The parse floor of a cold start: a fresh Node process that loads `yaml` and reads, parses and converts one file,
// the least any checker of YAML dossiers must do. `node bench/parse-floor.js FILE`.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';

parseDocument(readFileSync(process.argv[2], 'utf8'), { lineCounter: new LineCounter() }).toJS();
