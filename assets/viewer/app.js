// mirrorcode viewer: a small hash-routed page over the viewer's JSON API. No framework and no
// network access beyond the server it came from; plots use the bundled uPlot.
'use strict';

const app = document.getElementById('app');
let cleanup = [];

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const pct = (x) => (x === null || x === undefined ? '-' : `${(100 * x).toFixed(1)}%`);
const ci = (i) => `${pct(i.rate)} <span class="muted">[${pct(i.low)}, ${pct(i.high)}]</span>`;
const money = (x) => (x === null || x === undefined ? '-' : `$${x.toFixed(x < 1 ? 4 : 2)}`);
const num = (x) => (x === null || x === undefined ? '-' : Number(x).toLocaleString('en-US'));
const hours = (ms) => `${(ms / 3.6e6).toFixed(2)} h`;
const frac = (p, t) => (t ? `${p}/${t} (${pct(p / t)})` : '-');
const runLink = (id, text) => `<a href="#/run/${encodeURIComponent(id)}">${esc(text ?? id)}</a>`;

async function api(path) {
  const r = await fetch(path);
  if (!r.ok) throw new Error(`${path}: ${r.status} ${(await r.json().catch(() => ({}))).error ?? ''}`);
  return r.json();
}

function plot(el, title, series, xLabel, yLabel, opts = {}) {
  const box = document.createElement('div');
  box.className = 'plot';
  box.innerHTML = `<h3>${esc(title)}</h3>`;
  el.appendChild(box);
  if (!series.length || !series.some((s) => s.x.length)) {
    box.insertAdjacentHTML('beforeend', '<p class="muted">no points yet</p>');
    return;
  }
  // uPlot wants one shared x column: merge the series' x values, leaving gaps as null.
  const xs = [...new Set(series.flatMap((s) => s.x))].sort((a, b) => a - b);
  const cols = series.map((s) => {
    const m = new Map(s.x.map((x, i) => [x, s.y[i]]));
    return xs.map((x) => (m.has(x) ? m.get(x) : null));
  });
  const colors = ['#2457c5', '#c5244b', '#1b8a5a', '#a05a00', '#7a3cc2', '#00838f'];
  // eslint-disable-next-line no-undef
  new uPlot({
    width: opts.width ?? 460, height: 240,
    scales: { x: { time: false }, y: { range: [0, 100] } },
    axes: [{ label: xLabel }, { label: yLabel }],
    series: [{}, ...series.map((s, i) => ({ label: s.label, stroke: colors[i % colors.length], width: 2, spanGaps: true, points: { show: true, size: 5 }, paths: opts.stepped ? uPlot.paths.stepped({ align: 1 }) : undefined }))],
  }, [xs, ...cols], box);
}

// ---------------------------------------------------------------- leaderboard
async function leaderboard() {
  const o = await api('/api/overview');
  if (!o.report) {
    app.innerHTML = `<h1>Leaderboard</h1><p class="muted">No finished runs in the store yet. Start one with <code>mirrorcode run TARGET --model PROVIDER/MODEL</code>.</p>${liveList(o.live)}`;
    return;
  }
  const r = o.report;
  const rows = r.groups.map((g) => `<tr>
    <td>${esc(g.key)}</td><td class="num">${g.runs}</td><td class="num">${g.targets}</td>
    <td>${ci(g.solveRate)}</td><td>${ci(g.nearSolveRate)}</td>
    <td class="num">${pct(g.visiblePassRate)}</td><td class="num">${pct(g.hiddenPassRate)}</td>
    <td class="num">${num(Math.round(g.perRun.tokens))}</td><td class="num">${money(g.perRun.costUsd)}</td>
    <td class="num">${hours(g.perRun.wallHours * 3.6e6)}</td><td class="num">${g.perSolve ? money(g.perSolve.costUsd) : '-'}</td></tr>`).join('');
  const grid = `<table class="grid"><tr><th>target \\ model</th>${r.grid.models.map((m) => `<th>${esc(m)}</th>`).join('')}</tr>${r.grid.targets.map((t) => `<tr><th>${esc(t)}</th>${r.grid.models.map((m) => {
    const c = r.grid.cells[t]?.[m];
    if (!c) return '<td></td>';
    const cls = c.solved === c.runs ? 'cell-solved' : c.solved > 0 ? 'cell-partial' : 'cell-none';
    const href = c.runs === 1 ? `#/run/${encodeURIComponent(c.runIds[0])}` : `#/runs?target=${encodeURIComponent(t)}&model=${encodeURIComponent(m)}`;
    return `<td class="${cls}"><a href="${href}" title="solved runs / runs; mean hidden pass rate ${pct(c.meanHiddenPassRate)}">${c.solved}/${c.runs}</a> <span class="muted">${pct(c.meanHiddenPassRate)}</span></td>`;
  }).join('')}</tr>`).join('')}</table>`;
  app.innerHTML = `<h1>Leaderboard</h1>
    <table class="leaderboard"><tr><th>model</th><th>runs</th><th>targets</th><th>solve rate [95% CI]</th><th>near-solve [95% CI]</th><th>visible</th><th>hidden</th><th>tokens/run</th><th>cost/run</th><th>wall/run</th><th>cost/solve</th></tr>${rows}</table>
    <p class="rule">${esc(r.rule)}</p>
    ${o.warnings.map((w) => `<p class="warning">${esc(w)}</p>`).join('')}
    <h2>Target x model (solved runs / runs, mean hidden pass rate)</h2>${grid}
    <h2>Solve rate against budget</h2><div class="plots" id="budget"></div>
    ${liveList(o.live)}
    <h2>Recent runs</h2>${runsTable(o.runs.slice(-50).reverse())}`;
  // Share of a model's runs solved within a spend of x: each solved run counts from its cost on.
  const byModel = new Map();
  for (const run of o.runs) (byModel.get(run.model) ?? byModel.set(run.model, []).get(run.model)).push(run);
  const curve = (key) => [...byModel.entries()].map(([model, runs]) => {
    const solvedAt = runs.filter((x) => x.solved && x[key] !== null).map((x) => (key === 'tokens' ? x.inputTokens + x.outputTokens : x[key])).sort((a, b) => a - b);
    return { label: model, x: [0, ...solvedAt], y: [0, ...solvedAt.map((_, i) => (100 * (i + 1)) / runs.length)] };
  });
  const el = document.getElementById('budget');
  plot(el, 'runs solved within a spend of $x (% of the model\'s runs)', curve('costUsd'), 'dollars', '% solved', { stepped: true });
  for (const run of o.runs) run.tokens = run.inputTokens + run.outputTokens;
  plot(el, 'runs solved within x tokens (% of the model\'s runs)', curve('tokens'), 'tokens', '% solved', { stepped: true });
}

function liveList(live) {
  if (!live?.length) return '';
  return `<h2>Running or stopped (not yet in the store)</h2><ul>${live.map((l) => `<li>${runLink(l.id)} <span class="badge live">live</span> ${esc(l.target)}, ${esc(l.model)}</li>`).join('')}</ul>`;
}

function runsTable(runs) {
  if (!runs.length) return '<p class="muted">no runs</p>';
  return `<table class="runs"><tr><th>run</th><th>target</th><th>model</th><th>result</th><th>visible</th><th>hidden</th><th>tokens</th><th>cost</th><th>wall</th><th>ended</th></tr>${runs.map((r) => `<tr>
    <td>${runLink(r.id)}</td><td>${esc(r.target)}</td><td>${esc(r.model)}${r.scripted ? ' <span class="badge">scripted</span>' : ''}</td>
    <td>${r.solved ? '<span class="badge solved">solved</span>' : `<span class="badge failed">${esc(r.endReason)}</span>`}</td>
    <td class="num">${frac(r.visiblePassed, r.visibleTotal)}</td><td class="num">${frac(r.hiddenPassed, r.hiddenTotal)}</td>
    <td class="num">${num(r.inputTokens + r.outputTokens)}</td><td class="num">${money(r.costUsd)}</td><td class="num">${hours(r.wallMs)}</td><td>${esc(r.endedAt)}</td></tr>`).join('')}</table>`;
}

async function runsPage(params) {
  const o = await api('/api/overview');
  const t = params.get('target');
  const m = params.get('model');
  const runs = o.runs.filter((r) => (!t || r.target === t) && (!m || r.model === m)).reverse();
  app.innerHTML = `<h1>Runs${t ? ` of ${esc(t)}` : ''}${m ? ` with ${esc(m)}` : ''}</h1>${liveList(o.live)}${runsTable(runs)}`;
}

// ---------------------------------------------------------------- one run
function text(content) {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return JSON.stringify(content);
  return content.map((p) => (p.type === 'text' ? p.text : p.type === 'reasoning' ? `[reasoning] ${p.text}` : p.type === 'tool-call' ? '' : JSON.stringify(p))).filter(Boolean).join('\n');
}

function renderEvent(pe, runId) {
  const e = pe.event;
  const open = `<a class="muted" href="/api/runs/${encodeURIComponent(runId)}/event?offset=${pe.offset}" target="_blank">#${e.seq ?? ''}</a>`;
  const wrap = (cls, kind, body) => `<div class="ev ${cls}" data-type="${esc(e.type)}"><span class="kind">${esc(kind)}</span>${open} <span class="muted">${esc(e.t ?? '')}</span>${body}</div>`;
  switch (e.type) {
    case 'session-start': return wrap('', e.resumed ? 'resumed' : 'session start', '');
    case 'message':
      if (e.origin === 'tool') return '';
      return wrap(e.origin === 'task' ? 'task' : 'notice', e.origin, `<pre>${esc(text(e.message?.content))}</pre>`);
    case 'model-call': return '';
    case 'model-response': {
      const u = e.usage ?? {};
      const body = text(e.messages?.[0]?.content ?? e.text);
      return wrap('', `step ${e.step} · model`, `${body ? `<pre>${esc(body)}</pre>` : ''}<div class="usage">input ${num(u.input)} (cache read ${num(u.cacheRead)}, write ${num(u.cacheWrite)}) · output ${num(u.output)} · ${money(e.cost)} · ${(e.durationMs / 1000).toFixed(1)} s · ${esc(e.finishReason)}</div>`);
    }
    case 'model-error': return wrap('error', `step ${e.step} · model error`, `<pre>${esc(`${e.kind}${e.status ? ` ${e.status}` : ''}: ${e.message}${e.retryInMs !== null ? ` (retry in ${e.retryInMs} ms)` : ''}`)}</pre>`);
    case 'wait': return wrap('', 'wait', ` ${esc(e.reason)} ${e.ms} ms`);
    case 'tool-call': return wrap('', `step ${e.step} · call ${e.name}`, `<pre>${esc(typeof e.input === 'string' ? e.input : JSON.stringify(e.input, null, 1))}</pre>`);
    case 'tool-result': return wrap(e.isError ? 'error' : '', `step ${e.step} · ${e.name} result`, `<pre>${esc(e.output)}</pre><div class="usage">${(e.durationMs / 1000).toFixed(2)} s</div>`);
    case 'compaction': return wrap('compaction', `step ${e.step} · compaction (${e.strategy})`, ` <b>${num(e.beforeTokens)} → ${num(e.afterTokens)} tokens</b>${e.cost !== undefined ? ` · ${money(e.cost)}` : ''}`);
    case 'budget-notice': return wrap('notice', `step ${e.step} · budget`, `<pre>${esc(e.text)}</pre>`);
    case 'snapshot': return wrap('', `step ${e.step} · snapshot`, ` ${esc(e.file)}`);
    case 'run-end': return wrap(e.reason === 'submitted' ? 'task' : 'error', 'run end', ` <b>${esc(e.reason)}</b> ${esc(e.detail ?? '')}`);
    default: return wrap('', e.type ?? 'event', `<pre>${esc(JSON.stringify(e))}</pre>`);
  }
}

async function runPage(id) {
  const d = await api(`/api/runs/${encodeURIComponent(id)}`);
  const r = d.run;
  const title = r ? `${r.target} · ${r.model}` : `${d.live.target} · ${d.live.model}`;
  const status = r ? (r.solved ? '<span class="badge solved">solved</span>' : `<span class="badge failed">${esc(r.endReason)}</span>`) : '<span class="badge live" id="live-badge">live</span>';
  const stats = r
    ? [['visible', frac(r.visiblePassed, r.visibleTotal)], ['hidden', frac(r.hiddenPassed, r.hiddenTotal)], ['steps', num(r.steps)], ['tokens', num(r.inputTokens + r.outputTokens)], ['cache reads', num(r.cacheReadTokens)], ['cost', money(r.costUsd)], ['wall', hours(r.wallMs)], ['working', hours(r.workingMs)], ['compactions', num(r.compactions)]]
    : [['steps', '<span id="s-steps">0</span>'], ['tokens', '<span id="s-tokens">0</span>'], ['cost', '<span id="s-cost">$0</span>'], ['last visible run', '<span id="s-visible">-</span>'], ['compactions', '<span id="s-compactions">0</span>']];
  const testSet = r && r.testsHash ? ` · scored against tests ${esc(r.testsHash.slice(0, 12))}, reference ${esc(r.reference ?? 'unknown')}` : '';
  app.innerHTML = `<h1>${esc(title)} ${status}</h1><div class="muted" id="run-facts">${esc(id)}${testSet}</div>
    <div class="stats">${stats.map(([k, v]) => `<div><span class="muted">${esc(k)}</span><b>${v}</b></div>`).join('')}</div>
    <h2>Progress</h2><div class="plots" id="plots"></div>
    ${r ? `<h2>Test results</h2><div id="tests"></div>` : ''}
    <h2>Transcript <span class="muted" style="font-weight:400">(${num(d.journalSize)} bytes of journal, ${200} events a page)</span></h2>
    <div class="pager"><button id="p-first">first</button><button id="p-prev">← previous</button><button id="p-next">next →</button><button id="p-last">last</button><span class="muted" id="p-pos"></span></div>
    <div class="transcript" id="transcript"></div>
    <div class="pager"><button id="p-next2">next →</button></div>`;

  // Transcript first: it is what the page is for, and it never needs more than a page of the file.
  const tEl = document.getElementById('transcript');
  const history = [];
  let current = 0;
  let next = null;
  let size = d.journalSize;
  const show = async (from, push = true) => {
    const page = await api(`/api/runs/${encodeURIComponent(id)}/journal?from=${from}`);
    if (push && from !== current) history.push(current);
    current = typeof from === 'number' ? from : (page.events[0]?.offset ?? 0);
    next = page.next;
    size = page.size;
    tEl.innerHTML = page.events.map((pe) => renderEvent(pe, id)).join('') || '<p class="muted">no events yet</p>';
    document.getElementById('p-pos').textContent = `bytes ${num(current)}–${num(next ?? page.size)} of ${num(page.size)}`;
    for (const b of ['p-next', 'p-next2']) document.getElementById(b).disabled = next === null;
    document.getElementById('p-prev').disabled = history.length === 0;
  };
  document.getElementById('p-first').onclick = () => { history.length = 0; show(0, false); };
  document.getElementById('p-prev').onclick = () => { if (history.length) show(history.pop(), false); };
  for (const b of ['p-next', 'p-next2']) document.getElementById(b).onclick = () => { if (next !== null) show(next); };
  document.getElementById('p-last').onclick = () => show('tail');
  await show(0, false);

  if (r) {
    const failing = d.tests.filter((t) => !t.pass);
    document.getElementById('tests').innerHTML = `<p>${d.tests.length} tests, ${failing.length} failing.</p>
      ${failing.length ? `<table><tr><th>test</th><th>hidden</th><th>reasons</th></tr>${failing.slice(0, 500).map((t) => `<tr><td>${esc(t.testId)}</td><td>${t.hidden ? 'yes' : ''}</td><td class="bad">${esc(t.reasons)}</td></tr>`).join('')}</table>` : ''}
      ${d.report ? `<details ${failing.length ? 'open' : ''}><summary>Scoring report with diffs</summary><pre class="report">${esc(d.report)}</pre></details>` : ''}`;
  }

  const drawProgress = (points) => {
    const el = document.getElementById('plots');
    el.innerHTML = '';
    const y = points.map((p) => (100 * p.visiblePassed) / (p.visibleTotal || 1));
    plot(el, 'visible pass rate against tokens', [{ label: 'visible %', x: points.map((p) => p.tokens), y }], 'tokens', '% passed');
    const costed = points.filter((p) => p.costUsd !== null);
    plot(el, 'visible pass rate against cost', [{ label: 'visible %', x: costed.map((p) => p.costUsd), y: costed.map((p) => (100 * p.visiblePassed) / (p.visibleTotal || 1)) }], 'dollars', '% passed');
  };
  api(`/api/runs/${encodeURIComponent(id)}/progress`).then(drawProgress).catch(() => undefined);

  if (!r) {
    // Live: follow the journal from where the page started; counters and the last page update.
    let steps = 0, tokens = 0, cost = 0, compactions = 0;
    const points = [];
    const es = new EventSource(`/api/runs/${encodeURIComponent(id)}/stream?from=0`);
    cleanup.push(() => es.close());
    es.addEventListener('events', (m) => {
      const page = JSON.parse(m.data);
      for (const pe of page.events) {
        const e = pe.event;
        if (e.type === 'model-response') { steps = e.step; tokens += e.usage.input + e.usage.output; cost += e.cost ?? 0; }
        if (e.type === 'compaction') { compactions++; if (e.usage) tokens += e.usage.input + e.usage.output; cost += e.cost ?? 0; }
        if (e.type === 'tool-result' && e.name === 'run_tests') {
          const mm = /^visible tests: (\d+)\/(\d+) passed/.exec(e.output);
          if (mm && !e.output.split('\n')[0].includes('[filter:')) { document.getElementById('s-visible').textContent = `${mm[1]}/${mm[2]}`; points.push({ tokens, costUsd: cost, visiblePassed: +mm[1], visibleTotal: +mm[2] }); }
        }
        if (pe.offset >= size && next === null) tEl.insertAdjacentHTML('beforeend', renderEvent(pe, id));
      }
      document.getElementById('s-steps').textContent = num(steps);
      document.getElementById('s-tokens').textContent = num(tokens);
      document.getElementById('s-cost').textContent = money(cost);
      document.getElementById('s-compactions').textContent = num(compactions);
      if (points.length) drawProgress(points);
    });
    es.addEventListener('end', () => {
      es.close();
      const b = document.getElementById('live-badge');
      if (b) b.textContent = 'ended (reload for scores)';
    });
  }
}

// ---------------------------------------------------------------- router
async function route() {
  for (const f of cleanup) f();
  cleanup = [];
  const hash = location.hash.replace(/^#/, '') || '/';
  const [pathPart, query] = hash.split('?');
  const params = new URLSearchParams(query ?? '');
  try {
    if (pathPart.startsWith('/run/')) await runPage(decodeURIComponent(pathPart.slice(5)));
    else if (pathPart === '/runs') await runsPage(params);
    else await leaderboard();
  } catch (err) {
    app.innerHTML = `<h1>Error</h1><p class="bad">${esc(err.message)}</p>`;
  }
}
window.addEventListener('hashchange', route);
route();
