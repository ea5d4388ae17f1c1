#!/usr/bin/env node
// Node's on-disk compile cache (Node 22.1 and later) spares re-compiling the bundle at every start; the bundle is
// imported only after it is on, since a static import would be compiled before this line runs.
import module from 'node:module';

module.enableCompileCache?.();
await import('../dist/bundle/dossier-check.js');
