/**
 * A self-contained API reference page (no CDN: this must work offline). It reads /api/openapi.json and lists every
 * operation with its parameters, request body and responses, schemas expanded.
 */
export const DOCS_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>CareCircle API</title>
<style>
body{font-family:-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;color:#1d2b36;background:#f5f7f8}
header{background:#0f5c6e;color:#fff;padding:18px 28px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;opacity:.85;font-size:14px}
main{max-width:1100px;margin:0 auto;padding:20px}
.op{background:#fff;border:1px solid #dde3e6;border-radius:8px;margin:10px 0}
.op summary{cursor:pointer;padding:10px 14px;display:flex;gap:12px;align-items:center}
.m{font:600 12px monospace;padding:3px 8px;border-radius:4px;color:#fff;min-width:52px;text-align:center}
.get{background:#2f7d4f}.post{background:#1f6fb2}.patch{background:#b26a1f}.delete{background:#b2321f}.put{background:#6a3fb2}
.path{font-family:monospace;font-size:14px}.sum{color:#5a6b75;font-size:14px}
.body{padding:0 14px 14px;font-size:14px}pre{background:#f0f3f5;padding:10px;border-radius:6px;overflow:auto;font-size:12px}
h2{font-size:16px;margin:24px 0 6px;color:#0f5c6e}
</style></head><body>
<header><h1>CareCircle API</h1><p>OpenAPI 3.1 — <a style="color:#fff" href="/api/openapi.json">/api/openapi.json</a> · errors: {"error":{"code","message","field","issues"}} · writes with a session cookie need X-CSRF-Token</p></header>
<main id="ops">Loading…</main>
<script>
fetch('/api/openapi.json').then(r=>r.json()).then(doc=>{
  const el=document.getElementById('ops');el.textContent='';
  const comps=(doc.components&&doc.components.schemas)||{};
  const deref=(s,d)=>{if(!s||d>6)return s;if(s.$ref){const n=s.$ref.split('/').pop();return deref(comps[n],d+1)}
    const o=Array.isArray(s)?[]:{};for(const k in s){o[k]=typeof s[k]==='object'?deref(s[k],d+1):s[k]}return o};
  const byTag={};
  for(const [p,item] of Object.entries(doc.paths||{}))for(const [m,op] of Object.entries(item)){
    const t=(op.tags&&op.tags[0])||'other';(byTag[t]=byTag[t]||[]).push([m,p,op])}
  for(const [tag,ops] of Object.entries(byTag)){
    const h=document.createElement('h2');h.textContent=tag;el.appendChild(h);
    for(const [m,p,op] of ops){const d=document.createElement('details');d.className='op';
      const s=document.createElement('summary');
      const mm=document.createElement('span');mm.className='m '+m;mm.textContent=m.toUpperCase();
      const pp=document.createElement('span');pp.className='path';pp.textContent=p;
      const ss=document.createElement('span');ss.className='sum';ss.textContent=op.summary||'';
      s.append(mm,pp,ss);d.appendChild(s);
      const b=document.createElement('div');b.className='body';
      const add=(title,obj)=>{if(!obj)return;const h4=document.createElement('h4');h4.textContent=title;const pre=document.createElement('pre');pre.textContent=JSON.stringify(deref(obj,0),null,2);b.append(h4,pre)};
      if(op.description){const pd=document.createElement('p');pd.textContent=op.description;b.appendChild(pd)}
      add('Parameters',op.parameters);add('Request body',op.requestBody);add('Responses',op.responses);
      d.appendChild(b);el.appendChild(d)}}
}).catch(e=>{document.getElementById('ops').textContent='Could not load the OpenAPI document: '+e});
</script></body></html>`;
