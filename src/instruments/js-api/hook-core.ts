/**
 * The first half of the in-page hook script, as source text: the machinery every hook shares. It captures the
 * built-ins it needs before any page script runs (so a page that overwrites globals cannot blind it), wraps
 * functions and accessors in Proxies whose `toString()` still reads as native code (so anti-tamper checks
 * pass), finds the calling script from V8's structured stack (skipping the hook's own frames), and
 * aggregates records in a bounded buffer that is pushed out through a binding and can be drained on demand.
 * It is kept as text rather than a TypeScript function because transpilers may inject helpers into a
 * function's source, and this code runs in pages and workers where those helpers do not exist.
 *
 * Inside the script, `cfg` is `{ key, sink, maxKeys, maxArgs, argLen }` and the hooks (hook-apis.ts) use:
 * `hookFn(obj, prop, onCall, isCtor)`, `hookGet(obj, prop, onGet)`, `hookSet(obj, prop, onSet)` — each
 * callback gets `(self, args, trap)` and calls `rec(api, where(trap), arg, detail)`; `store(kind, key, len,
 * trap)` and `cookie(name, trap)` feed the storage and cookie lists.
 */
export const HOOK_CORE = String.raw`
var G = globalThis;
var DRAIN = Symbol.for(cfg.key);
try { if (Object.prototype.hasOwnProperty.call(G, DRAIN)) return; } catch (e) { return; }
var R = Reflect, rApply = R.apply, rConstruct = R.construct, rDefine = R.defineProperty;
var gOPD = Object.getOwnPropertyDescriptor, create = Object.create, hasOwn = Object.prototype.hasOwnProperty;
var P = Proxy, WM = WeakMap, wmGet = WM.prototype.get, wmSet = WM.prototype.set;
var ErrorC = Error, captureStack = Error.captureStackTrace, now = Date.now, jsonStr = JSON.stringify;
var setT = G.setTimeout, StringC = String, strSlice = String.prototype.slice, strIndexOf = String.prototype.indexOf;
var reExec = RegExp.prototype.exec, fnToString = Function.prototype.toString;
var isWorker = typeof G.document === 'undefined';
var locHref = (function () { try { var d = G.location && gOPD(G.location, 'href'); return d && d.get; } catch (e) { return undefined; } })();
var wLocHref = (function () { var d = G.WorkerLocation && gOPD(G.WorkerLocation.prototype, 'href'); return d && d.get; })();
var theLocation = G.location;
function here() {
  try { return StringC(rApply(isWorker ? wLocHref : locHref, theLocation, [])); } catch (e) { return ''; }
}
function slice(s, a, b) { return rApply(strSlice, s, [a, b]); }
function has(s, sub) { return rApply(strIndexOf, s, [sub]) >= 0; }
function str(v, n) { try { return slice(StringC(v), 0, n || cfg.argLen); } catch (e) { return '?'; } }
function wmg(m, k) { return rApply(wmGet, m, [k]); }
function wms(m, k, v) { rApply(wmSet, m, [k, v]); }

/* Wrappers remember their originals so Function.prototype.toString answers for the original. */
var originals = new WM();
var tsHandler = { apply: function (target, self, args) {
  var o = self;
  if (typeof self === 'function') { var orig = wmg(originals, self); if (orig) o = orig; }
  return rApply(target, o, args);
} };
var toStringProxy = new P(fnToString, tsHandler);
wms(originals, toStringProxy, fnToString);
rDefine(Function.prototype, 'toString', { value: toStringProxy, writable: true, enumerable: false, configurable: true });

/* The calling script: V8 call sites, with every frame from the hook's trap upwards cut off. */
function prep(e, sites) { return sites; }
function where(trap) {
  var oldPrep = ErrorC.prepareStackTrace, oldLimit = ErrorC.stackTraceLimit, holder = {}, sites;
  try {
    ErrorC.prepareStackTrace = prep; ErrorC.stackTraceLimit = 16;
    rApply(captureStack, ErrorC, [holder, trap]);
    sites = holder.stack;
  } catch (e) { sites = null; } finally {
    try { ErrorC.prepareStackTrace = oldPrep; ErrorC.stackTraceLimit = oldLimit; } catch (e) {}
  }
  if (!sites || typeof sites.length !== 'number') return null;
  var doc = isWorker ? '' : here();
  var hash = rApply(strIndexOf, doc, ['#']);
  if (hash >= 0) doc = slice(doc, 0, hash);
  for (var i = 0; i < sites.length; i++) {
    var s = sites[i], f;
    try { f = s.getFileName(); } catch (e) { continue; }
    /* Scripts injected by the browser driver itself are not the page's doing. */
    if (f && has(f, '__playwright')) return null;
    if (f) return { scriptUrl: f === doc ? 'inline:' + doc : f, line: s.getLineNumber(), column: s.getColumnNumber() };
    if (s.isEval()) {
      var origin = StringC(s.getEvalOrigin() || '');
      if (has(origin, '__playwright')) return null;
      return { scriptUrl: 'eval', line: s.getLineNumber(), column: s.getColumnNumber() };
    }
  }
  /* No page script on the stack: an init script or an extension, not the site. */
  return null;
}

/* Bounded aggregation, pushed out in batches. */
var pending = create(null), pendingCount = 0, dropped = 0, timer = 0;
var storeList = [], cookieList = [], storeSeen = create(null);
function rec(api, site, arg, detail) {
  if (!site) return;
  var key = api + '|' + site.scriptUrl + ':' + site.line + ':' + site.column;
  var r = pending[key];
  if (!r) {
    if (pendingCount >= cfg.maxKeys) { dropped++; return; }
    r = pending[key] = { api: api, caller: site, where: here(), worker: isWorker, count: 0, t: now(), args: [] };
    pendingCount++;
  }
  r.count++;
  if (arg !== undefined && r.args.length < cfg.maxArgs) {
    var a = str(arg), dup = false;
    for (var i = 0; i < r.args.length; i++) if (r.args[i] === a) { dup = true; break; }
    if (!dup) r.args[r.args.length] = a;
  }
  if (detail) { if (!r.detail) r.detail = create(null); for (var k in detail) r.detail[k] = detail[k]; }
  schedule();
}
function store(kind, key, len, trap) {
  var site = where(trap);
  if (!site) return;
  var k = kind + '|' + key;
  if (storeSeen[k] || storeList.length >= 200) return;
  storeSeen[k] = 1;
  var origin = '';
  try { origin = StringC(G.origin); } catch (e) {}
  storeList[storeList.length] = { kind: kind, origin: origin, key: str(key, 120), valueLength: len, caller: site, t: now() };
  schedule();
}
function cookie(name, trap) {
  var site = where(trap);
  if (!site || cookieList.length >= 200) return;
  cookieList[cookieList.length] = { name: str(name, 120), caller: site, t: now() };
  rec('document.cookie', site, name);
}
function take() {
  if (!pendingCount && !dropped && !storeList.length && !cookieList.length) return null;
  var out = [];
  for (var k in pending) out[out.length] = pending[k];
  var batch = { records: out, storage: storeList, cookies: cookieList, dropped: dropped };
  pending = create(null); pendingCount = 0; dropped = 0; storeList = []; cookieList = [];
  try { return jsonStr(batch); } catch (e) { return null; }
}
var sinkFn = null;
function flush() {
  timer = 0;
  if (!sinkFn) { try { var f = G[cfg.sink]; if (typeof f === 'function') sinkFn = f; } catch (e) {} }
  if (!sinkFn) return;
  var s = take();
  if (!s) return;
  /* The driver's binding serialises with the page's JSON.stringify: lend it the original for the call. */
  var J = G.JSON, cur;
  try { cur = J.stringify; if (cur !== jsonStr) J.stringify = jsonStr; } catch (e) {}
  try { var p = rApply(sinkFn, G, [s]); if (p && typeof p.catch === 'function') p.catch(function () {}); } catch (e) {}
  try { if (J.stringify !== cur) J.stringify = cur; } catch (e) {}
}
function schedule() { if (!timer && setT) { try { timer = rApply(setT, G, [flush, 250]); } catch (e) {} } }
rDefine(G, DRAIN, { value: take, enumerable: false, configurable: false, writable: false });
try { if (!isWorker) rApply(EventTarget.prototype.addEventListener, G, ['pagehide', flush, true]); } catch (e) {}

/* Wrapping helpers: Proxies keep name, length, prototype and native-looking source. */
function wrap(orig, handler) { var w = new P(orig, handler); wms(originals, w, orig); return w; }
function hookFn(obj, prop, onCall, isCtor) {
  var d = obj && gOPD(obj, prop);
  if (!d || typeof d.value !== 'function') return;
  var h = {};
  h.apply = function (target, self, args) { try { onCall(self, args, h.apply); } catch (e) {} return rApply(target, self, args); };
  if (isCtor) h.construct = function (target, args, nt) { try { onCall(null, args, h.construct); } catch (e) {} return rConstruct(target, args, nt); };
  var w = wrap(d.value, h);
  rDefine(obj, prop, { value: w, writable: d.writable, enumerable: d.enumerable, configurable: d.configurable });
  if (isCtor && d.value.prototype) {
    var cd = gOPD(d.value.prototype, 'constructor');
    if (cd && cd.value === d.value) rDefine(d.value.prototype, 'constructor', { value: w, writable: cd.writable, enumerable: cd.enumerable, configurable: cd.configurable });
  }
}
function hookAccessor(obj, prop, which, onUse) {
  var d = obj && gOPD(obj, prop);
  if (!d || typeof d[which] !== 'function') return;
  var h = {};
  h.apply = function (target, self, args) { try { onUse(self, args, h.apply); } catch (e) {} return rApply(target, self, args); };
  var nd = { get: d.get, set: d.set, enumerable: d.enumerable, configurable: d.configurable };
  nd[which] = wrap(d[which], h);
  rDefine(obj, prop, nd);
}
function hookGet(obj, prop, onGet) { hookAccessor(obj, prop, 'get', onGet); }
function hookSet(obj, prop, onSet) { hookAccessor(obj, prop, 'set', onSet); }
function getter(obj, prop) { var d = obj && gOPD(obj, prop); return d && d.get; }
function read(get, self) { try { return get ? rApply(get, self, []) : undefined; } catch (e) { return undefined; } }
`;
