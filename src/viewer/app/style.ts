// The viewer's stylesheet, injected by chrome.ts (one <style>, allowed by the page's CSP).

export const CSS = `
:root{--line:#dcdcdc;--muted:#666;--accent:#0b57d0;--bg:#fafafa}
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f1f1f;background:#fff}
#app{display:flex;height:100vh;width:100vw;overflow:hidden}
#stage-wrap{flex:1;position:relative;min-width:0;background:#fff}
#stage{position:absolute;inset:0}
#stage.pointer{cursor:pointer}
.toolbar,.zoom{position:absolute;display:flex;gap:6px;z-index:2}
.toolbar{top:10px;left:10px;flex-wrap:wrap}
.zoom{bottom:10px;left:10px;flex-direction:column}
.toolbar button,.toolbar select,.zoom button{font:inherit;font-size:13px;background:#fff;border:1px solid var(--line);border-radius:6px;padding:4px 9px;cursor:pointer;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.zoom button{width:34px;height:32px;padding:0;display:flex;align-items:center;justify-content:center;color:#333}
.toolbar button:hover,.zoom button:hover{background:#f0f4fb}
.toolbar button[aria-pressed=true]{background:#e3ecfd;border-color:#9db8ec}
.toolbar label{display:flex;align-items:center;gap:4px;background:#fff;border:1px solid var(--line);border-radius:6px;padding:0 0 0 8px;font-size:13px}
.toolbar label select{border:0;box-shadow:none}
#side{width:380px;max-width:45vw;border-left:1px solid var(--line);display:flex;flex-direction:column;background:var(--bg);min-height:0}
#side header{padding:10px 12px 8px;border-bottom:1px solid var(--line);position:relative}
#side h1{font-size:15px;margin:0 0 6px;font-weight:600}
#search{width:100%;padding:7px 9px;font:inherit;border:1px solid #bbb;border-radius:6px;background:#fff}
#search:focus{outline:2px solid #9db8ec;border-color:#6f97e0}
#suggestions{position:absolute;left:12px;right:12px;top:100%;margin:-6px 0 0;padding:4px 0;list-style:none;background:#fff;border:1px solid #bbb;border-radius:6px;box-shadow:0 6px 18px rgba(0,0,0,.15);max-height:50vh;overflow:auto;z-index:5}
#suggestions[hidden]{display:none}
#suggestions li{padding:5px 10px;cursor:pointer;display:flex;gap:6px;align-items:baseline}
#suggestions li[aria-selected=true]{background:#e3ecfd}
#suggestions .alias,#suggestions .kind{color:var(--muted);font-size:12px}
#suggestions .kind{margin-left:auto}
#suggestions .empty{color:var(--muted);cursor:default}
#legend{padding:8px 12px;border-bottom:1px solid var(--line);display:flex;flex-wrap:wrap;gap:5px}
#legend button{font:inherit;font-size:12.5px;display:flex;align-items:center;gap:5px;border:1px solid var(--line);background:#fff;border-radius:12px;padding:2px 9px 2px 6px;cursor:pointer}
#legend button[aria-pressed=false]{opacity:.45;text-decoration:line-through}
#legend button .count{color:var(--muted)}
#filters{padding:6px 12px 8px;border-bottom:1px solid var(--line);display:grid;gap:3px;font-size:12.5px;color:#333}
#filters .filter{display:grid;grid-template-columns:70px 1fr 64px;align-items:center;gap:6px}
#filters input[type=range]{width:100%;margin:0}
#filters output{font-variant-numeric:tabular-nums;color:var(--muted)}
#filters .isolated{display:flex;align-items:center;gap:4px}
#filters #shown-count{margin:2px 0 0;color:var(--muted)}
#legend .cooc{display:flex;align-items:center;gap:4px;font-size:12.5px;width:100%;margin-top:2px;color:#333}
.dot{width:10px;height:10px;border-radius:50%;display:inline-block;flex:none;background:#999}
#panel{padding:10px 12px 16px;overflow:auto;flex:1;min-height:0}
#panel h2{margin:0 0 4px;font-size:19px;line-height:1.25;overflow-wrap:anywhere}
#panel h3{margin:14px 0 4px;font-size:13px;font-weight:600;color:#333}
#panel h3 code{font-size:11px;color:var(--muted);font-weight:400}
#panel .meta{color:var(--muted);font-size:12.5px}
#panel .kind-chip{display:inline-block;border:2px solid #999;border-radius:10px;padding:0 7px;color:#222;font-size:12px}
#panel ul{margin:2px 0;padding-left:0;list-style:none}
#panel .aliases li,#panel .docs li{display:inline-block;background:#fff;border:1px solid var(--line);border-radius:4px;padding:0 5px;margin:0 4px 4px 0;font-size:12.5px;overflow-wrap:anywhere}
#panel .relation{margin:6px 0 10px}
#panel .node-link{font:inherit;font-weight:600;color:var(--accent);background:none;border:0;padding:0;cursor:pointer;text-align:left;display:inline-flex;align-items:baseline;gap:5px;overflow-wrap:anywhere}
#panel .node-link:hover{text-decoration:underline}
#panel .edge-link{font:inherit;font-size:12px;color:var(--muted);background:none;border:0;padding:0;cursor:pointer}
#panel .edge-link:hover{color:var(--accent);text-decoration:underline}
#panel .evidence{margin:4px 0 4px 2px;padding:2px 0 2px 8px;border-left:3px solid #d6d6d6;font-size:13px;color:#333}
#panel .evidence q{quotes:none;display:block;overflow-wrap:anywhere}
#panel .evidence cite{display:block;font-style:normal;font-size:11.5px;color:var(--muted)}
#panel mark{background:#ffe98a;border-radius:2px;padding:0 1px}
#panel details summary{cursor:pointer;color:var(--muted);font-size:12.5px}
#panel .relations details>summary h3{display:inline}
#panel .hint,#panel .summary{color:#444}
#panel .cap{font-size:12px;color:var(--muted);margin:2px 0 0}
#panel .top li{margin:3px 0}
#panel .edge-title .predicate{font-weight:400;font-family:ui-monospace,monospace;font-size:14px;color:#444}
.keys{padding:6px 12px;border-top:1px solid var(--line);font-size:11.5px;color:var(--muted)}
kbd{font:11px ui-monospace,monospace;border:1px solid #ccc;border-bottom-width:2px;border-radius:3px;padding:0 3px;background:#fff}
@media (max-width:700px){#app{flex-direction:column}#side{width:auto;max-width:none;height:45vh;border-left:0;border-top:1px solid var(--line)}}
`;
