/**
 * The ledger page's look: system fonts, a form that wraps, a table on a desktop and one card
 * per record on a phone (under 700 px), so nothing scrolls sideways at 375 px.
 */
export const PAGE_STYLE = `
:root{--text-font:"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",system-ui,sans-serif;color-scheme:light;font-family:var(--text-font);font-size:14px;color:#242424;background:#faf9f8}
body{margin:0}
[hidden]{display:none!important}
header{display:flex;align-items:center;justify-content:space-between;gap:12px;padding:12px 20px;background:#0f6cbd;color:#fff}
header h1{font-size:20px;margin:0;font-weight:600}
header a{color:#fff}
main{padding:12px 20px;max-width:1400px}
.intro{margin:4px 0 12px;color:#424242}
form{display:flex;flex-wrap:wrap;gap:10px 14px;align-items:flex-end;margin-bottom:12px}
.field{display:flex;flex-direction:column;gap:4px;min-width:140px;flex:1 1 140px;max-width:220px}
.field span{font-weight:600;font-size:13px}
input,select,button{font:inherit;padding:6px 8px;border:1px solid #8a8886;border-radius:4px;background:#fff;color:inherit;box-sizing:border-box;min-height:32px}
button{background:#0f6cbd;color:#fff;border-color:#0f6cbd;cursor:pointer;font-weight:600}
button:focus-visible,input:focus-visible,select:focus-visible,a:focus-visible{outline:2px solid #000;outline-offset:2px}
button.link{background:none;color:#0f6cbd;border:none;padding:0 4px;text-decoration:underline;font-weight:400;min-height:0}
#export{background:#fff;color:#0f6cbd}
.actions{display:flex;flex-wrap:wrap;gap:10px;align-items:center}
.check{display:flex;gap:6px;align-items:center}
#who{margin-bottom:10px}
#status{margin:8px 0;color:#424242}
#status.error{color:#b10e1c;font-weight:600}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid #e1dfdd;padding:6px 8px;text-align:left;vertical-align:top;word-break:break-word}
th{background:#f3f2f1;font-weight:600;white-space:nowrap}
td.mono{font-family:Consolas,"Courier New",monospace;font-size:12px}
.state-written{color:#0e700e}.state-refused{color:#b10e1c}.state-uncertain,.state-sending{color:#8a3707}.state-revoked{color:#616161}
@media (max-width:700px){
 header{padding:10px 12px}main{padding:10px 12px}
 .field{max-width:none;flex:1 1 45%;min-width:0}
 table,thead,tbody,tr,td{display:block}
 thead{position:absolute;left:-9999px}
 tr{border:1px solid #e1dfdd;border-radius:6px;margin-bottom:10px;padding:6px 8px;background:#fff}
 td{border:none;padding:3px 0;display:grid;grid-template-columns:40% 60%;gap:6px}
 td::before{content:attr(data-label);font-weight:600;color:#424242;font-family:var(--text-font);font-size:14px}
}
`;
