/**
 * The second half of the in-page hook script, as source text: which browser APIs are hooked and what each
 * records. Canvas drawing is tracked per canvas so that a read-back (toDataURL, getImageData, toBlob,
 * convertToBlob) carries the canvas size and the text drawn on it before, joined from however many short
 * fillText pieces; font probing is recorded once per distinct font family; the rest (WebGL, audio, camera,
 * WebRTC, input listeners, navigator reads, cookie and storage writes) are recorded per calling script.
 * Every hook guards for APIs missing in the current global (a worker has no DOM), and never throws.
 */
export const HOOK_APIS = String.raw`
var W = G;
function proto(name) { try { var c = W[name]; return c && c.prototype; } catch (e) { return undefined; } }

/* Canvas: drawing state per canvas, read-backs carry what was drawn. */
var canvasState = new WM(), canvasSeq = 0;
function cstate(c) {
  if (!c || (typeof c !== 'object')) return null;
  var s = wmg(canvasState, c);
  if (!s) { s = { id: ++canvasSeq, text: '', pieces: 0, images: 0 }; wms(canvasState, c, s); }
  return s;
}
function sizeOf(c) { try { return { width: Number(c.width) || 0, height: Number(c.height) || 0 }; } catch (e) { return { width: 0, height: 0 }; } }
function readback(api, c, trap, arg) {
  var s = cstate(c), z = sizeOf(c);
  var d = { width: z.width, height: z.height };
  if (s) { d.canvasId = s.id; d.textPieces = s.pieces; d.drawnText = s.text; d.imagesDrawn = s.images; }
  rec(api, where(trap), arg, d);
}
var FONT_RE = /^(?:.*?\s)?[\d.]+(?:px|pt|em|rem|ex|ch|%|vw|vh|pc|cm|mm|in)(?:\s*\/\s*\S+)?\s+(.+)$/;
var fontSeen = create(null), fontSeenCount = 0;
function fontProbe(api, family, trap) {
  if (!family) return;
  var k = api + '|' + family;
  if (fontSeen[k] || fontSeenCount > 2000) return;
  fontSeen[k] = 1; fontSeenCount++;
  rec(api, where(trap), family);
}
function hook2d(ctxName, canvasName) {
  var p = proto(ctxName);
  if (!p) return;
  var canvasGet = getter(p, 'canvas'), fontGet = getter(p, 'font');
  function draw(self, args) {
    var s = cstate(read(canvasGet, self));
    if (s && s.text.length < 400) { s.text += str(args[0], 400 - s.text.length); s.pieces++; }
  }
  /* Text drawing is hot in chart libraries: past a budget only the canvas state is kept, not the caller. */
  var textBudget = 1000;
  hookFn(p, 'fillText', function (self, args, trap) { draw(self, args); if (textBudget-- > 0) rec(ctxName + '.prototype.fillText', where(trap), args[0]); });
  hookFn(p, 'strokeText', function (self, args, trap) { draw(self, args); if (textBudget-- > 0) rec(ctxName + '.prototype.strokeText', where(trap), args[0]); });
  hookFn(p, 'drawImage', function (self) { var s = cstate(read(canvasGet, self)); if (s) s.images++; });
  hookFn(p, 'getImageData', function (self, args, trap) { readback(ctxName + '.prototype.getImageData', read(canvasGet, self), trap); });
  hookFn(p, 'measureText', function (self, args, trap) {
    var f = read(fontGet, self), m = f ? rApply(reExec, FONT_RE, [StringC(f)]) : null;
    fontProbe(ctxName + '.prototype.measureText', m ? m[1] : f, trap);
  });
  var cp = proto(canvasName);
  if (cp) {
    hookFn(cp, 'toDataURL', function (self, args, trap) { readback(canvasName + '.prototype.toDataURL', self, trap, args[0]); });
    hookFn(cp, 'toBlob', function (self, args, trap) { readback(canvasName + '.prototype.toBlob', self, trap, args[1]); });
    hookFn(cp, 'convertToBlob', function (self, args, trap) { readback(canvasName + '.prototype.convertToBlob', self, trap); });
  }
}
hook2d('CanvasRenderingContext2D', 'HTMLCanvasElement');
hook2d('OffscreenCanvasRenderingContext2D', 'OffscreenCanvas');

/* Font probing by element size: only elements whose inline style names a font family. */
var hp = proto('HTMLElement'), styleGet = getter(hp, 'style');
function elementProbe(self, args, trap) {
  var st = read(styleGet, self), ff = st && st.fontFamily;
  if (ff) fontProbe('HTMLElement.prototype.offsetWidth', StringC(ff), trap);
}
hookGet(hp, 'offsetWidth', elementProbe);
hookGet(hp, 'offsetHeight', elementProbe);

/* WebGL: the unmasked renderer and vendor, and pixel read-back. */
function hookGl(name) {
  var p = proto(name);
  if (!p) return;
  var canvasGet = getter(p, 'canvas');
  hookFn(p, 'getParameter', function (self, args, trap) {
    var n = args[0];
    if (n === 0x9245 || n === 0x9246) rec(name + '.prototype.getParameter', where(trap), n === 0x9246 ? 'UNMASKED_RENDERER_WEBGL' : 'UNMASKED_VENDOR_WEBGL');
  });
  hookFn(p, 'getExtension', function (self, args, trap) {
    var n = StringC(args[0]);
    if (has(n, 'debug_renderer_info')) rec(name + '.prototype.getExtension', where(trap), n);
  });
  hookFn(p, 'readPixels', function (self, args, trap) { readback(name + '.prototype.readPixels', read(canvasGet, self), trap); });
}
hookGl('WebGLRenderingContext');
hookGl('WebGL2RenderingContext');

/* Audio fingerprinting: oscillator into compressor, rendered offline, samples read back. */
var audioState = new WM();
function ast(c) { var s = c && wmg(audioState, c); if (!s && c) { s = { oscillator: false, compressor: false, analyser: false }; wms(audioState, c, s); } return s; }
hookFn(W, 'OfflineAudioContext', function (self, args, trap) { rec('OfflineAudioContext', where(trap), args.length === 1 && args[0] ? jsonStr(args[0]) : str(args[0]) + ',' + str(args[1]) + ',' + str(args[2])); }, true);
hookFn(W, 'AudioContext', function (self, args, trap) { rec('AudioContext', where(trap)); }, true);
var bac = proto('BaseAudioContext');
hookFn(bac, 'createOscillator', function (self, args, trap) { var s = ast(self); if (s) s.oscillator = true; rec('BaseAudioContext.prototype.createOscillator', where(trap)); });
hookFn(bac, 'createDynamicsCompressor', function (self, args, trap) { var s = ast(self); if (s) s.compressor = true; rec('BaseAudioContext.prototype.createDynamicsCompressor', where(trap)); });
hookFn(bac, 'createAnalyser', function (self) { var s = ast(self); if (s) s.analyser = true; });
hookFn(proto('OfflineAudioContext'), 'startRendering', function (self, args, trap) {
  var s = ast(self) || {};
  rec('OfflineAudioContext.prototype.startRendering', where(trap), undefined, { oscillator: !!s.oscillator, compressor: !!s.compressor });
});
hookFn(proto('AudioBuffer'), 'getChannelData', function (self, args, trap) { rec('AudioBuffer.prototype.getChannelData', where(trap)); });
hookFn(proto('AnalyserNode'), 'getFloatFrequencyData', function (self, args, trap) { rec('AnalyserNode.prototype.getFloatFrequencyData', where(trap)); });

/* Camera, microphone and their permissions. */
function mediaKinds(c) {
  var out = [];
  try { if (c && c.video) out[out.length] = 'video'; if (c && c.audio) out[out.length] = 'audio'; } catch (e) {}
  return out.length ? out.join('+') : 'none';
}
var mdp = proto('MediaDevices');
hookFn(mdp, 'getUserMedia', function (self, args, trap) { rec('navigator.mediaDevices.getUserMedia', where(trap), mediaKinds(args[0])); });
hookFn(mdp, 'getDisplayMedia', function (self, args, trap) { rec('navigator.mediaDevices.getDisplayMedia', where(trap)); });
hookFn(mdp, 'enumerateDevices', function (self, args, trap) { rec('navigator.mediaDevices.enumerateDevices', where(trap)); });
var np = proto('Navigator');
hookFn(np, 'getUserMedia', function (self, args, trap) { rec('navigator.getUserMedia', where(trap), mediaKinds(args[0])); });
hookFn(np, 'webkitGetUserMedia', function (self, args, trap) { rec('navigator.getUserMedia', where(trap), mediaKinds(args[0])); });
hookFn(proto('Permissions'), 'query', function (self, args, trap) {
  var n; try { n = args[0] && args[0].name; } catch (e) {}
  rec('navigator.permissions.query', where(trap), n);
});

/* WebRTC: a peer connection with a data channel and an offer gathers local addresses. */
hookFn(W, 'RTCPeerConnection', function (self, args, trap) { rec('RTCPeerConnection', where(trap)); }, true);
var rtc = proto('RTCPeerConnection');
hookFn(rtc, 'createDataChannel', function (self, args, trap) { rec('RTCPeerConnection.prototype.createDataChannel', where(trap)); });
hookFn(rtc, 'createOffer', function (self, args, trap) { rec('RTCPeerConnection.prototype.createOffer', where(trap)); });
hookSet(rtc, 'onicecandidate', function (self, args, trap) { rec('RTCPeerConnection.prototype.onicecandidate', where(trap)); });

/* Listeners that can see what a patron types or pastes. */
var WATCHED = { keydown: 1, keyup: 1, keypress: 1, input: 1, beforeinput: 1, paste: 1, copy: 1, cut: 1, blur: 1, focusout: 1, change: 1, icecandidate: 1 };
var nodeTypeGet = getter(proto('Node'), 'nodeType'), tagGet = getter(proto('Element'), 'tagName'), typeGet = getter(proto('HTMLInputElement'), 'type');
function targetKind(t) {
  if (t === G) return isWorker ? 'worker' : 'window';
  var nt = read(nodeTypeGet, t);
  if (nt === 9) return 'document';
  if (nt === 1) {
    var tag = StringC(read(tagGet, t) || '').toLowerCase();
    if (tag === 'input') return 'input[' + (read(typeGet, t) || 'text') + ']';
    return tag;
  }
  return 'other';
}
hookFn(proto('EventTarget'), 'addEventListener', function (self, args, trap) {
  var type = args[0];
  if (typeof type !== 'string' || !rApply(hasOwn, WATCHED, [type])) return;
  rec('EventTarget.prototype.addEventListener', where(trap), type + '@' + targetKind(self));
});
function hookOn(p, type) { hookSet(p, 'on' + type, function (self, args, trap) { if (args[0]) rec('GlobalEventHandlers.on' + type, where(trap), type + '@' + targetKind(self)); }); }
var ON = ['keydown', 'keyup', 'keypress', 'input', 'paste', 'change', 'blur'];
for (var oi = 0; oi < ON.length; oi++) { hookOn(hp, ON[oi]); hookOn(proto('Document'), ON[oi]); }

/* Navigator properties read by fingerprinting scripts; stack capture is bounded per property. */
var NAV = ['plugins', 'mimeTypes', 'hardwareConcurrency', 'deviceMemory', 'languages', 'platform', 'userAgentData', 'maxTouchPoints', 'vendor', 'webdriver', 'doNotTrack', 'connection', 'userAgent', 'appVersion', 'pdfViewerEnabled'];
var navBudget = create(null);
function hookNav(p, prop, label) {
  hookGet(p, prop, function (self, args, trap) {
    var b = navBudget[label] || 0;
    if (b >= 300) return;
    navBudget[label] = b + 1;
    rec(label, where(trap));
  });
}
for (var ni = 0; ni < NAV.length; ni++) { hookNav(np, NAV[ni], 'navigator.' + NAV[ni]); hookNav(proto('WorkerNavigator'), NAV[ni], 'navigator.' + NAV[ni]); }
hookFn(np, 'getBattery', function (self, args, trap) { rec('navigator.getBattery', where(trap)); });

/* Cookie writes by script: the name only. */
hookSet(proto('Document'), 'cookie', function (self, args, trap) {
  var v = StringC(args[0]), semi = rApply(strIndexOf, v, [';']), first = semi >= 0 ? slice(v, 0, semi) : v;
  var eq = rApply(strIndexOf, first, ['=']);
  cookie((eq >= 0 ? slice(first, 0, eq) : first).trim(), trap);
});

/* Web Storage and IndexedDB writes: key names and value sizes, never values. */
var lsRef = null, ssRef = null;
try { lsRef = W.localStorage; } catch (e) {}
try { ssRef = W.sessionStorage; } catch (e) {}
hookFn(proto('Storage'), 'setItem', function (self, args, trap) {
  var kind = self === lsRef ? 'localStorage' : self === ssRef ? 'sessionStorage' : (function () { try { return self === W.localStorage ? 'localStorage' : 'sessionStorage'; } catch (e) { return 'sessionStorage'; } })();
  store(kind, StringC(args[0]), StringC(args[1]).length, trap);
});
hookFn(proto('IDBFactory'), 'open', function (self, args, trap) { store('indexedDB', StringC(args[0]), undefined, trap); rec('indexedDB.open', where(trap), args[0]); });
var osp = proto('IDBObjectStore'), osName = getter(osp, 'name'), osPath = getter(osp, 'keyPath'), osTx = getter(osp, 'transaction');
var txDb = getter(proto('IDBTransaction'), 'db'), dbName = getter(proto('IDBDatabase'), 'name');
function idbWrite(self, args, trap) {
  var db = read(dbName, read(txDb, read(osTx, self))), name = read(osName, self), kp = read(osPath, self);
  var key = typeof kp === 'string' && kp ? kp : (args.length > 1 ? str(args[1], 60) : '(generated)');
  var len; try { len = jsonStr(args[0]).length; } catch (e) {}
  store('indexedDB', db + '/' + name + '/' + key, len, trap);
}
hookFn(osp, 'put', idbWrite);
hookFn(osp, 'add', idbWrite);
`;
