#!/usr/bin/env node
// Node's on-disk compile cache (Node 22.1 and later) spares re-compiling the bundle at every start; the bundle is
// imported only after it is on, since a static import would be compiled before this line runs. Older Node has no
// such cache, and is spared loading `node:module` (a few milliseconds of every start) to find that out.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major > 22 || (major === 22 && minor >= 1)) process.getBuiltinModule('node:module').enableCompileCache?.();
await import('../dist/bundle/dossier-check.js');
