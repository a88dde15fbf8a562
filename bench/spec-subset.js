// Cuts a self-contained smaller spec out of a big one: paths in document order until the spec,
// with every component they reference (transitively), reaches the target size. Written as JSON,
// or as YAML when the output name ends in .yaml (needs @stoplight/yaml on NODE_PATH).
//   node bench/spec-subset.js IN.json OUT.(json|yaml) TARGET_BYTES
const fs = require('fs');
const [, , input, output, targetArg] = process.argv;
const target = Number(targetArg);
const spec = JSON.parse(fs.readFileSync(input, 'utf8'));

function refsIn(node, out) {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/')) out.add(v);
      else refsIn(v, out);
    }
  }
}
function at(pointer) {
  return pointer.slice(2).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((n, t) => (n == null ? n : n[t]), spec);
}
function build(pathKeys) {
  const out = { ...spec, paths: {}, components: {} };
  delete out.webhooks;
  delete out['x-webhooks'];
  const seen = new Set();
  const queue = [];
  const first = new Set();
  for (const k of pathKeys) {
    out.paths[k] = spec.paths[k];
    refsIn(spec.paths[k], first);
  }
  queue.push(...first);
  while (queue.length) {
    const ref = queue.pop();
    if (seen.has(ref)) continue;
    seen.add(ref);
    const [, , kind, name] = ref.split('/');
    const value = at(ref);
    if (value === undefined) continue;
    (out.components[kind] ||= {})[name] = spec.components[kind][name];
    const more = new Set(); refsIn(value, more); queue.push(...more);
  }
  return out;
}
const keys = Object.keys(spec.paths);
let lo = 1, hi = keys.length;
while (lo < hi) { // the fewest paths whose closure reaches the target size
  const mid = (lo + hi) >> 1;
  if (JSON.stringify(build(keys.slice(0, mid)), null, 2).length >= target) hi = mid; else lo = mid + 1;
}
const subset = build(keys.slice(0, lo));
const text = output.endsWith('.yaml')
  ? require('@stoplight/yaml').safeStringify(subset, { lineWidth: 120 })
  : JSON.stringify(subset, null, 2);
fs.writeFileSync(output, text);
console.log(`${output}: ${lo} paths, ${(text.length / 1e6).toFixed(2)} MB`);
