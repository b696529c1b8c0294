// @ts-nocheck
/* eslint-disable */
// Generated from reports/templates/*.hbs by reports/template-precompile.ts (node scripts/precompile-templates.mjs). Do not edit.

/** Page templates, precompiled. */
export const PAGES: Record<string, object> = {
  "board": {"0":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " — "
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":35,"column":33},"end":{"line":35,"column":42}}}) : helper)));
},"1":function(container,depth0,helpers,partials,data) {
    var helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<th class=\"ex\" title=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":46,"column":111},"end":{"line":46,"column":120}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":46,"column":122},"end":{"line":46,"column":128}}}) : helper)))
    + "</th>";
},"2":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr data-row=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"index") || (depth0 != null ? lookupProperty(depth0,"index") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"index","hash":{},"data":data,"loc":{"start":{"line":49,"column":18},"end":{"line":49,"column":27}}}) : helper)))
    + "\" class=\"row-"
    + alias4(((helper = (helper = lookupProperty(helpers,"state") || (depth0 != null ? lookupProperty(depth0,"state") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"state","hash":{},"data":data,"loc":{"start":{"line":49,"column":40},"end":{"line":49,"column":49}}}) : helper)))
    + "\">\n      <td class=\"who\"><a href=\"students/"
    + alias4(((helper = (helper = lookupProperty(helpers,"index") || (depth0 != null ? lookupProperty(depth0,"index") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"index","hash":{},"data":data,"loc":{"start":{"line":50,"column":40},"end":{"line":50,"column":49}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":50,"column":51},"end":{"line":50,"column":57}}}) : helper)))
    + "</a></td>\n      <td class=\"who\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"name") || (depth0 != null ? lookupProperty(depth0,"name") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":51,"column":22},"end":{"line":51,"column":30}}}) : helper)))
    + "</td>\n      <td class=\"state\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"stateLabel") || (depth0 != null ? lookupProperty(depth0,"stateLabel") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"stateLabel","hash":{},"data":data,"loc":{"start":{"line":52,"column":24},"end":{"line":52,"column":38}}}) : helper)))
    + "<span class=\"reason\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"reason") || (depth0 != null ? lookupProperty(depth0,"reason") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"reason","hash":{},"data":data,"loc":{"start":{"line":52,"column":59},"end":{"line":52,"column":69}}}) : helper)))
    + "</span></td>\n      "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"cells") : depth0),{"name":"each","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":53,"column":6},"end":{"line":53,"column":127}}})) != null ? stack1 : "")
    + "\n      <td class=\"points\"><strong>"
    + alias4(((helper = (helper = lookupProperty(helpers,"points") || (depth0 != null ? lookupProperty(depth0,"points") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"points","hash":{},"data":data,"loc":{"start":{"line":54,"column":33},"end":{"line":54,"column":43}}}) : helper)))
    + "/"
    + alias4(((helper = (helper = lookupProperty(helpers,"maxPoints") || (depth0 != null ? lookupProperty(depth0,"maxPoints") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"maxPoints","hash":{},"data":data,"loc":{"start":{"line":54,"column":44},"end":{"line":54,"column":57}}}) : helper)))
    + "</strong></td>\n      <td class=\"changed\"><time datetime=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"changedAt") || (depth0 != null ? lookupProperty(depth0,"changedAt") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"changedAt","hash":{},"data":data,"loc":{"start":{"line":55,"column":42},"end":{"line":55,"column":55}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"changedText") || (depth0 != null ? lookupProperty(depth0,"changedText") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"changedText","hash":{},"data":data,"loc":{"start":{"line":55,"column":57},"end":{"line":55,"column":72}}}) : helper)))
    + "</time></td>\n    </tr>\n";
},"3":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td class=\"cell st-"
    + alias4(((helper = (helper = lookupProperty(helpers,"state") || (depth0 != null ? lookupProperty(depth0,"state") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"state","hash":{},"data":data,"loc":{"start":{"line":53,"column":40},"end":{"line":53,"column":49}}}) : helper)))
    + "\" title=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":53,"column":58},"end":{"line":53,"column":67}}}) : helper)))
    + "\"><a href=\"students/"
    + alias4(container.lambda((depths[1] != null ? lookupProperty(depths[1],"index") : depths[1]), depth0))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"text") || (depth0 != null ? lookupProperty(depth0,"text") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":53,"column":101},"end":{"line":53,"column":109}}}) : helper)))
    + "</a></td>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!doctype html>\n<html lang=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"lang") || (depth0 != null ? lookupProperty(depth0,"lang") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":2,"column":12},"end":{"line":2,"column":20}}}) : helper)))
    + "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"tool") || (depth0 != null ? lookupProperty(depth0,"tool") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"tool","hash":{},"data":data,"loc":{"start":{"line":6,"column":32},"end":{"line":6,"column":40}}}) : helper)))
    + "\">\n<title>"
    + alias4(((helper = (helper = lookupProperty(helpers,"pageTitle") || (depth0 != null ? lookupProperty(depth0,"pageTitle") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"pageTitle","hash":{},"data":data,"loc":{"start":{"line":7,"column":7},"end":{"line":7,"column":20}}}) : helper)))
    + "</title>\n<style>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"styles"),depth0,{"name":"styles","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "body.board { max-width: none; }\n.board-bar { display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap; margin: .3rem 0 1rem; color: var(--muted); }\n.board-bar a { color: inherit; }\n.live { font-weight: 600; color: var(--pass); }\n.live.lost { color: var(--fail); }\n.grid { table-layout: auto; width: auto; min-width: 60%; }\n.grid th, .grid td { overflow-wrap: normal; word-break: keep-all; }\n.grid th, .grid td.who, .grid td.points, .grid td.changed { white-space: nowrap; }\n.grid td.state { min-width: 7em; }\n.grid th.ex { font-size: .75rem; }\n.grid td.cell { text-align: center; white-space: nowrap; font-variant-numeric: tabular-nums; }\n.grid td.cell a { color: inherit; text-decoration: none; display: block; }\n.st-passing { background: var(--pass-bg); color: var(--pass); font-weight: 600; }\n.st-earlier { background: #fff8e1; color: #8a6100; }\n.st-never { background: var(--fail-bg); color: var(--fail); }\n.st-unreachable { background: var(--skip-bg); color: var(--muted); }\n.st-waiting { color: var(--muted); }\n.legend span { display: inline-block; padding: .05rem .5rem; margin-right: .4rem; border-radius: 4px; }\n.row-unreachable td.who, .row-missing td.who { color: var(--muted); }\n.reason { display: block; font-size: .8rem; color: var(--muted); max-width: 28em; }\ntr.flash td { transition: background-color 1.5s; outline: 2px solid #f2c744; }\n</style>\n</head>\n<body class=\"board\" data-lost=\""
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"lost") : stack1), depth0))
    + "\" data-live=\""
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"live") : stack1), depth0))
    + "\">\n<header>\n  <h1>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"board") : stack1), depth0))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":17},"end":{"line":35,"column":49}}})) != null ? stack1 : "")
    + "</h1>\n  <div class=\"board-bar\">\n    <span id=\"live\" class=\"live\">● "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"live") : stack1), depth0))
    + "</span>\n    <span>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"students") : stack1), depth0))
    + " "
    + alias4(((helper = (helper = lookupProperty(helpers,"students") || (depth0 != null ? lookupProperty(depth0,"students") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"students","hash":{},"data":data,"loc":{"start":{"line":38,"column":25},"end":{"line":38,"column":37}}}) : helper)))
    + " · "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"engines") : stack1), depth0))
    + " "
    + alias4(((helper = (helper = lookupProperty(helpers,"engines") || (depth0 != null ? lookupProperty(depth0,"engines") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"engines","hash":{},"data":data,"loc":{"start":{"line":38,"column":54},"end":{"line":38,"column":65}}}) : helper)))
    + "</span>\n    <a href=\"grades.csv\" download>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"exportCsv") : stack1), depth0))
    + "</a>\n    <a href=\"class.html\" download>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"exportHtml") : stack1), depth0))
    + "</a>\n  </div>\n  <p class=\"legend\"><span class=\"st-passing\">✔ "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"passing") : stack1), depth0))
    + "</span><span class=\"st-earlier\">↺ "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"earlier") : stack1), depth0))
    + "</span><span class=\"st-never\">✘ "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"never") : stack1), depth0))
    + "</span><span class=\"st-unreachable\">⚠ "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"unreachable") : stack1), depth0))
    + "</span> "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"legend") : stack1), depth0))
    + "</p>\n</header>\n<main>\n<table class=\"grid\" id=\"grid\">\n  <thead><tr><th>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"id") : stack1), depth0))
    + "</th><th>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"name") : stack1), depth0))
    + "</th><th>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"status") : stack1), depth0))
    + "</th>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"exercises") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":46,"column":70},"end":{"line":46,"column":142}}})) != null ? stack1 : "")
    + "<th>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"total") : stack1), depth0))
    + "</th><th>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"changed") : stack1), depth0))
    + "</th></tr></thead>\n  <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"rows") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":48,"column":2},"end":{"line":57,"column":11}}})) != null ? stack1 : "")
    + "  </tbody>\n</table>\n</main>\n<footer>"
    + alias4(((helper = (helper = lookupProperty(helpers,"tool") || (depth0 != null ? lookupProperty(depth0,"tool") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"tool","hash":{},"data":data,"loc":{"start":{"line":61,"column":8},"end":{"line":61,"column":16}}}) : helper)))
    + "</footer>\n\u003Cscript nonce=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"nonce") || (depth0 != null ? lookupProperty(depth0,"nonce") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"nonce","hash":{},"data":data,"loc":{"start":{"line":62,"column":15},"end":{"line":62,"column":24}}}) : helper)))
    + "\">\n(function () {\n  'use strict';\n  var CELL = ['passing', 'earlier', 'never', 'unreachable', 'waiting'];\n  var ROW = ['graded', 'unreachable', 'waiting', 'missing'];\n  var body = document.body;\n  var live = document.getElementById('live');\n  function pick(list, value, fallback) { return list.indexOf(value) >= 0 ? value : fallback; }\n  function clock(iso) {\n    if (!iso) return '';\n    var d = new Date(iso);\n    return isNaN(d.getTime()) ? '' : d.toLocaleTimeString(document.documentElement.lang === 'ko' ? 'ko-KR' : 'en-GB', { hour12: false });\n  }\n  function showTimes() {\n    var times = document.querySelectorAll('td.changed time');\n    for (var i = 0; i < times.length; i++) times[i].textContent = clock(times[i].getAttribute('datetime'));\n  }\n  function update(r) {\n    var tr = document.querySelector('tr[data-row=\"' + Number(r.index) + '\"]');\n    if (!tr) return;\n    var state = pick(ROW, r.state, 'waiting');\n    tr.className = 'row-' + state;\n    var st = tr.querySelector('td.state');\n    st.textContent = String(r.stateLabel);\n    var reason = document.createElement('span');\n    reason.className = 'reason';\n    reason.textContent = String(r.reason || '');\n    st.appendChild(reason);\n    var cells = tr.querySelectorAll('td.cell');\n    for (var i = 0; i < cells.length && i < r.cells.length; i++) {\n      var c = r.cells[i];\n      cells[i].className = 'cell st-' + pick(CELL, c.state, 'waiting');\n      cells[i].title = String(c.title);\n      cells[i].firstChild.textContent = String(c.text);\n    }\n    tr.querySelector('td.points strong').textContent = Number(r.points) + '/' + Number(r.maxPoints);\n    var time = tr.querySelector('td.changed time');\n    time.setAttribute('datetime', String(r.changedAt || ''));\n    time.textContent = clock(r.changedAt);\n    tr.classList.add('flash');\n    setTimeout(function () { tr.classList.remove('flash'); }, 1500);\n  }\n  showTimes();\n  if (!window.EventSource) return;\n  var source = new EventSource('events');\n  source.addEventListener('row', function (event) {\n    try { update(JSON.parse(event.data)); } catch (e) { /* a malformed message changes nothing */ }\n  });\n  source.onopen = function () { live.className = 'live'; live.textContent = '● ' + body.getAttribute('data-live'); };\n  source.onerror = function () { live.className = 'live lost'; live.textContent = '● ' + body.getAttribute('data-lost'); };\n})();\n\u003C/script>\n</body>\n</html>\n";
},"usePartial":true,"useData":true,"useDepths":true},
  "class-rows": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr data-student=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":3,"column":24},"end":{"line":3,"column":30}}}) : helper)))
    + "\">\n        <td><a href=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"href") || (depth0 != null ? lookupProperty(depth0,"href") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"href","hash":{},"data":data,"loc":{"start":{"line":4,"column":21},"end":{"line":4,"column":29}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":4,"column":31},"end":{"line":4,"column":37}}}) : helper)))
    + "</a>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"offRoster") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":41},"end":{"line":4,"column":116}}})) != null ? stack1 : "")
    + "</td>\n        <td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"name") || (depth0 != null ? lookupProperty(depth0,"name") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":5,"column":12},"end":{"line":5,"column":20}}}) : helper)))
    + "</td>\n        <td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"statusLabel") || (depth0 != null ? lookupProperty(depth0,"statusLabel") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"statusLabel","hash":{},"data":data,"loc":{"start":{"line":6,"column":12},"end":{"line":6,"column":27}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"reason") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":27},"end":{"line":6,"column":89}}})) != null ? stack1 : "")
    + "</td>\n        "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"cells") : depth0),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":8},"end":{"line":7,"column":156}}})) != null ? stack1 : "")
    + "\n        <td class=\"cell lvl-"
    + alias4(((helper = (helper = lookupProperty(helpers,"level") || (depth0 != null ? lookupProperty(depth0,"level") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"level","hash":{},"data":data,"loc":{"start":{"line":8,"column":28},"end":{"line":8,"column":37}}}) : helper)))
    + "\"><strong>"
    + alias4(((helper = (helper = lookupProperty(helpers,"points") || (depth0 != null ? lookupProperty(depth0,"points") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"points","hash":{},"data":data,"loc":{"start":{"line":8,"column":47},"end":{"line":8,"column":57}}}) : helper)))
    + "/"
    + alias4(((helper = (helper = lookupProperty(helpers,"maxPoints") || (depth0 != null ? lookupProperty(depth0,"maxPoints") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"maxPoints","hash":{},"data":data,"loc":{"start":{"line":8,"column":58},"end":{"line":8,"column":71}}}) : helper)))
    + "</strong></td>\n      </tr>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <span class=\"muted\">("
    + container.escapeExpression(container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"offRoster")), depth0))
    + ")</span>";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br><span class=\"muted\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"reason") || (depth0 != null ? lookupProperty(depth0,"reason") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"reason","hash":{},"data":data,"loc":{"start":{"line":6,"column":65},"end":{"line":6,"column":75}}}) : helper)))
    + "</span>";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td class=\"cell lvl-"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"level") || (depth0 != null ? lookupProperty(depth0,"level") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"level","hash":{},"data":data,"loc":{"start":{"line":7,"column":43},"end":{"line":7,"column":52}}}) : helper)))
    + "\""
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":53},"end":{"line":7,"column":91}}})) != null ? stack1 : "")
    + ">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"text") : depth0),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":92},"end":{"line":7,"column":142}}})) != null ? stack1 : "")
    + "</td>";
},"4":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " title=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":7,"column":74},"end":{"line":7,"column":83}}}) : helper)))
    + "\"";
},"5":function(container,depth0,helpers,partials,data) {
    var helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"href") || (depth0 != null ? lookupProperty(depth0,"href") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"href","hash":{},"data":data,"loc":{"start":{"line":7,"column":113},"end":{"line":7,"column":121}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"text") || (depth0 != null ? lookupProperty(depth0,"text") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":7,"column":123},"end":{"line":7,"column":131}}}) : helper)))
    + "</a>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"rows") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":4},"end":{"line":10,"column":13}}})) != null ? stack1 : "");
},"useData":true},
  "class": {"0":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " — "
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":8,"column":39},"end":{"line":8,"column":48}}}) : helper)));
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<dt>"
    + alias1(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"shard") : stack1), depth0))
    + "</dt><dd>"
    + alias1(((helper = (helper = lookupProperty(helpers,"shard") || (depth0 != null ? lookupProperty(depth0,"shard") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"shard","hash":{},"data":data,"loc":{"start":{"line":12,"column":41},"end":{"line":12,"column":50}}}) : helper)))
    + "</dd>";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<th class=\"ex\" title=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":22,"column":113},"end":{"line":22,"column":122}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":22,"column":124},"end":{"line":22,"column":130}}}) : helper)))
    + "</th>";
},"3":function(container,depth0,helpers,partials,data) {
    var helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <g><title>"
    + alias4(((helper = (helper = lookupProperty(helpers,"sub") || (depth0 != null ? lookupProperty(depth0,"sub") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"sub","hash":{},"data":data,"loc":{"start":{"line":31,"column":14},"end":{"line":31,"column":21}}}) : helper)))
    + "</title>\n      <text x=\"0\" y=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"textY") || (depth0 != null ? lookupProperty(depth0,"textY") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"textY","hash":{},"data":data,"loc":{"start":{"line":32,"column":21},"end":{"line":32,"column":30}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"label") || (depth0 != null ? lookupProperty(depth0,"label") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":32,"column":32},"end":{"line":32,"column":41}}}) : helper)))
    + "</text>\n      <rect class=\"track\" x=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"barX") || (depth0 != null ? lookupProperty(depth0,"barX") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"barX","hash":{},"data":data,"loc":{"start":{"line":33,"column":29},"end":{"line":33,"column":37}}}) : helper)))
    + "\" y=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"y") || (depth0 != null ? lookupProperty(depth0,"y") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"y","hash":{},"data":data,"loc":{"start":{"line":33,"column":42},"end":{"line":33,"column":47}}}) : helper)))
    + "\" width=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"trackWidth") || (depth0 != null ? lookupProperty(depth0,"trackWidth") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"trackWidth","hash":{},"data":data,"loc":{"start":{"line":33,"column":56},"end":{"line":33,"column":70}}}) : helper)))
    + "\" height=\"16\" rx=\"3\"></rect>\n      <rect class=\"bar\" x=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"barX") || (depth0 != null ? lookupProperty(depth0,"barX") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"barX","hash":{},"data":data,"loc":{"start":{"line":34,"column":27},"end":{"line":34,"column":35}}}) : helper)))
    + "\" y=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"y") || (depth0 != null ? lookupProperty(depth0,"y") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"y","hash":{},"data":data,"loc":{"start":{"line":34,"column":40},"end":{"line":34,"column":45}}}) : helper)))
    + "\" width=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"barWidth") || (depth0 != null ? lookupProperty(depth0,"barWidth") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"barWidth","hash":{},"data":data,"loc":{"start":{"line":34,"column":54},"end":{"line":34,"column":66}}}) : helper)))
    + "\" height=\"16\" rx=\"3\"></rect>\n      <text class=\"rate\" x=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"rateX") || (depth0 != null ? lookupProperty(depth0,"rateX") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"rateX","hash":{},"data":data,"loc":{"start":{"line":35,"column":28},"end":{"line":35,"column":37}}}) : helper)))
    + "\" y=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"textY") || (depth0 != null ? lookupProperty(depth0,"textY") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"textY","hash":{},"data":data,"loc":{"start":{"line":35,"column":42},"end":{"line":35,"column":51}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"percent") || (depth0 != null ? lookupProperty(depth0,"percent") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":35,"column":53},"end":{"line":35,"column":64}}}) : helper)))
    + " ("
    + alias4(((helper = (helper = lookupProperty(helpers,"count") || (depth0 != null ? lookupProperty(depth0,"count") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"count","hash":{},"data":data,"loc":{"start":{"line":35,"column":66},"end":{"line":35,"column":75}}}) : helper)))
    + ")</text>\n    </g>\n";
},"4":function(container,depth0,helpers,partials,data) {
    var helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td><code>"
    + alias4(((helper = (helper = lookupProperty(helpers,"label") || (depth0 != null ? lookupProperty(depth0,"label") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":55,"column":43},"end":{"line":55,"column":52}}}) : helper)))
    + "</code></td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"sub") || (depth0 != null ? lookupProperty(depth0,"sub") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"sub","hash":{},"data":data,"loc":{"start":{"line":55,"column":68},"end":{"line":55,"column":75}}}) : helper)))
    + "</td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"failed") || (depth0 != null ? lookupProperty(depth0,"failed") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"failed","hash":{},"data":data,"loc":{"start":{"line":55,"column":84},"end":{"line":55,"column":94}}}) : helper)))
    + "</td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"percent") || (depth0 != null ? lookupProperty(depth0,"percent") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":55,"column":103},"end":{"line":55,"column":114}}}) : helper)))
    + " ("
    + alias4(((helper = (helper = lookupProperty(helpers,"count") || (depth0 != null ? lookupProperty(depth0,"count") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"count","hash":{},"data":data,"loc":{"start":{"line":55,"column":116},"end":{"line":55,"column":125}}}) : helper)))
    + ")</td></tr>\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section>\n  <h2>"
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"integrity") : stack1), depth0))
    + "</h2>\n  <table>\n    <thead><tr><th>"
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"student") : stack1), depth0))
    + "</th><th>code</th><th>"
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"result") : stack1), depth0))
    + "</th><th></th></tr></thead>\n    <tbody>\n    "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"integrity") : depth0),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":66,"column":4},"end":{"line":67,"column":13}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table>\n</section>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td><a href=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"href") || (depth0 != null ? lookupProperty(depth0,"href") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"href","hash":{},"data":data,"loc":{"start":{"line":66,"column":40},"end":{"line":66,"column":48}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"student") || (depth0 != null ? lookupProperty(depth0,"student") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"student","hash":{},"data":data,"loc":{"start":{"line":66,"column":50},"end":{"line":66,"column":61}}}) : helper)))
    + "</a></td><td><code>"
    + alias4(((helper = (helper = lookupProperty(helpers,"code") || (depth0 != null ? lookupProperty(depth0,"code") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"code","hash":{},"data":data,"loc":{"start":{"line":66,"column":80},"end":{"line":66,"column":88}}}) : helper)))
    + "</code></td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"message") || (depth0 != null ? lookupProperty(depth0,"message") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"message","hash":{},"data":data,"loc":{"start":{"line":66,"column":104},"end":{"line":66,"column":115}}}) : helper)))
    + "</td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"others") || (depth0 != null ? lookupProperty(depth0,"others") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"others","hash":{},"data":data,"loc":{"start":{"line":66,"column":124},"end":{"line":66,"column":134}}}) : helper)))
    + "</td></tr>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section>\n  <h2>"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"details") : stack1), depth0))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"details") : depth0),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":75,"column":2},"end":{"line":84,"column":11}}})) != null ? stack1 : "")
    + "</section>\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <section class=\"student\" id=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"anchor") || (depth0 != null ? lookupProperty(depth0,"anchor") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":76,"column":31},"end":{"line":76,"column":41}}}) : helper)))
    + "\">\n    <h2>"
    + alias4(((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":77,"column":8},"end":{"line":77,"column":14}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"name") : depth0),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":77,"column":14},"end":{"line":77,"column":44}}})) != null ? stack1 : "")
    + " <span class=\"muted\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"points") || (depth0 != null ? lookupProperty(depth0,"points") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"points","hash":{},"data":data,"loc":{"start":{"line":77,"column":65},"end":{"line":77,"column":75}}}) : helper)))
    + "/"
    + alias4(((helper = (helper = lookupProperty(helpers,"maxPoints") || (depth0 != null ? lookupProperty(depth0,"maxPoints") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"maxPoints","hash":{},"data":data,"loc":{"start":{"line":77,"column":76},"end":{"line":77,"column":89}}}) : helper)))
    + alias4(container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"points")), depth0))
    + " · "
    + alias4(((helper = (helper = lookupProperty(helpers,"statusLabel") || (depth0 != null ? lookupProperty(depth0,"statusLabel") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"statusLabel","hash":{},"data":data,"loc":{"start":{"line":77,"column":110},"end":{"line":77,"column":125}}}) : helper)))
    + "</span></h2>\n    "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"reason") : depth0),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":78,"column":4},"end":{"line":78,"column":76}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"run") : depth0),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":4},"end":{"line":82,"column":11}}})) != null ? stack1 : "")
    + "  </section>\n";
},"9":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " — "
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"name") || (depth0 != null ? lookupProperty(depth0,"name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"name","hash":{},"data":data,"loc":{"start":{"line":77,"column":29},"end":{"line":77,"column":37}}}) : helper)));
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"muted\">"
    + alias1(container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"reason")), depth0))
    + ": "
    + alias1(((helper = (helper = lookupProperty(helpers,"reason") || (depth0 != null ? lookupProperty(depth0,"reason") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"reason","hash":{},"data":data,"loc":{"start":{"line":78,"column":55},"end":{"line":78,"column":65}}}) : helper)))
    + "</p>";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <p class=\"muted\">"
    + alias2(alias1(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"engine")), depth0))
    + ": "
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"engine") : stack1), depth0))
    + " · "
    + alias2(alias1(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"time")), depth0))
    + ": "
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"time") : stack1), depth0))
    + "</p>\n      "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"sections") : stack1),{"name":"each","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":81,"column":6},"end":{"line":81,"column":79}}})) != null ? stack1 : "")
    + "\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"exercises") : depth0),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":81,"column":28},"end":{"line":81,"column":70}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"exercise"),depth0,{"name":"exercise","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!doctype html>\n<html lang=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"lang") || (depth0 != null ? lookupProperty(depth0,"lang") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":2,"column":12},"end":{"line":2,"column":20}}}) : helper)))
    + "\">\n<head>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"head"),depth0,{"name":"head","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</head>\n<body class=\"class-report\">\n<header>\n  <h1>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"classReport") : stack1), depth0))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":23},"end":{"line":8,"column":55}}})) != null ? stack1 : "")
    + "</h1>\n  <dl class=\"facts\">\n    <dt>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"time") : stack1), depth0))
    + "</dt><dd>"
    + alias4(((helper = (helper = lookupProperty(helpers,"gradedAt") || (depth0 != null ? lookupProperty(depth0,"gradedAt") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"gradedAt","hash":{},"data":data,"loc":{"start":{"line":10,"column":27},"end":{"line":10,"column":39}}}) : helper)))
    + "</dd>\n    <dt>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"tool") : stack1), depth0))
    + "</dt><dd>"
    + alias4(((helper = (helper = lookupProperty(helpers,"tool") || (depth0 != null ? lookupProperty(depth0,"tool") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"tool","hash":{},"data":data,"loc":{"start":{"line":11,"column":27},"end":{"line":11,"column":35}}}) : helper)))
    + "</dd>\n    "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"shard") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":4},"end":{"line":12,"column":62}}})) != null ? stack1 : "")
    + "\n    <dt>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"students") : stack1), depth0))
    + "</dt><dd>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"students") : stack1), depth0))
    + " ("
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"graded") : stack1), depth0))
    + " "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"graded") : stack1), depth0))
    + ", "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"missing") : stack1), depth0))
    + " "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"missing") : stack1), depth0))
    + ", "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"invalid") : stack1), depth0))
    + " "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"invalid") : stack1), depth0))
    + ", "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"unreachable") : stack1), depth0))
    + " "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"unreachable") : stack1), depth0))
    + ")</dd>\n    <dt>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"average") : stack1), depth0))
    + "</dt><dd>"
    + alias4(((helper = (helper = lookupProperty(helpers,"average") || (depth0 != null ? lookupProperty(depth0,"average") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"average","hash":{},"data":data,"loc":{"start":{"line":14,"column":30},"end":{"line":14,"column":41}}}) : helper)))
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"points") : stack1), depth0))
    + "</dd>\n  </dl>\n</header>\n<main>\n<section>\n  <h2>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"matrix") : stack1), depth0))
    + "</h2>\n  <p class=\"legend\"><span class=\"lvl-full\">100%</span><span class=\"lvl-high\">≥ 50%</span><span class=\"lvl-low\">&gt; 0%</span><span class=\"lvl-zero\">0</span><span class=\"lvl-none\">"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"noResult") : stack1), depth0))
    + "</span> ↺ "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"credited") : stack1), depth0))
    + "</p>\n  <table class=\"matrix\">\n    <thead><tr><th>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"id") : stack1), depth0))
    + "</th><th>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"name") : stack1), depth0))
    + "</th><th>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"status") : stack1), depth0))
    + "</th>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"exercises") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":72},"end":{"line":22,"column":144}}})) != null ? stack1 : "")
    + "<th>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"total") : stack1), depth0))
    + "</th></tr></thead>\n    <tbody>\n"
    + alias4(((helper = (helper = lookupProperty(helpers,"rowsMark") || (depth0 != null ? lookupProperty(depth0,"rowsMark") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"rowsMark","hash":{},"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":24,"column":12}}}) : helper)))
    + "    </tbody>\n  </table>\n</section>\n<section>\n  <h2>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"passRateExercise") : stack1), depth0))
    + "</h2>\n  <svg class=\"chart\" role=\"img\" aria-label=\""
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"passRateExercise") : stack1), depth0))
    + "\" xmlns=\"http://www.w3.org/2000/svg\" width=\""
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"exerciseChart") : depth0)) != null ? lookupProperty(stack1,"width") : stack1), depth0))
    + "\" height=\""
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"exerciseChart") : depth0)) != null ? lookupProperty(stack1,"height") : stack1), depth0))
    + "\" viewBox=\"0 0 "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"exerciseChart") : depth0)) != null ? lookupProperty(stack1,"width") : stack1), depth0))
    + " "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"exerciseChart") : depth0)) != null ? lookupProperty(stack1,"height") : stack1), depth0))
    + "\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"exerciseChart") : depth0)) != null ? lookupProperty(stack1,"bars") : stack1),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":4},"end":{"line":37,"column":13}}})) != null ? stack1 : "")
    + "  </svg>\n</section>\n<section>\n  <h2>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"passRateCheck") : stack1), depth0))
    + "</h2>\n  <svg class=\"chart\" role=\"img\" aria-label=\""
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"passRateCheck") : stack1), depth0))
    + "\" xmlns=\"http://www.w3.org/2000/svg\" width=\""
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"checkChart") : depth0)) != null ? lookupProperty(stack1,"width") : stack1), depth0))
    + "\" height=\""
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"checkChart") : depth0)) != null ? lookupProperty(stack1,"height") : stack1), depth0))
    + "\" viewBox=\"0 0 "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"checkChart") : depth0)) != null ? lookupProperty(stack1,"width") : stack1), depth0))
    + " "
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"checkChart") : depth0)) != null ? lookupProperty(stack1,"height") : stack1), depth0))
    + "\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"checkChart") : depth0)) != null ? lookupProperty(stack1,"bars") : stack1),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":4},"end":{"line":50,"column":13}}})) != null ? stack1 : "")
    + "  </svg>\n  <table class=\"check-rates\">\n    <thead><tr><th>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"check") : stack1), depth0))
    + "</th><th></th><th>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"failed") : stack1), depth0))
    + "</th><th>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"rate") : stack1), depth0))
    + "</th></tr></thead>\n    <tbody>\n    "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"checkChart") : depth0)) != null ? lookupProperty(stack1,"bars") : stack1),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":55,"column":4},"end":{"line":56,"column":13}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table>\n</section>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"integrity") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":60,"column":0},"end":{"line":71,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"details") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":72,"column":0},"end":{"line":86,"column":7}}})) != null ? stack1 : "")
    + "</main>\n<footer>"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"generated") : stack1), depth0))
    + ": "
    + alias4(((helper = (helper = lookupProperty(helpers,"tool") || (depth0 != null ? lookupProperty(depth0,"tool") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"tool","hash":{},"data":data,"loc":{"start":{"line":88,"column":25},"end":{"line":88,"column":33}}}) : helper)))
    + " · "
    + alias4(((helper = (helper = lookupProperty(helpers,"gradedAt") || (depth0 != null ? lookupProperty(depth0,"gradedAt") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"gradedAt","hash":{},"data":data,"loc":{"start":{"line":88,"column":36},"end":{"line":88,"column":48}}}) : helper)))
    + "</footer>\n</body>\n</html>\n";
},"usePartial":true,"useData":true},
  "student": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " — "
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"student") : stack1), depth0));
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<dt>"
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"prefix") : stack1), depth0))
    + "</dt><dd><code>"
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"prefix") : stack1), depth0))
    + "</code></dd>";
},"2":function(container,depth0,helpers,partials,data) {
    return "\n  <p class=\"total-note\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</p>";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <div class=\"part part-"
    + alias4(((helper = (helper = lookupProperty(helpers,"kind") || (depth0 != null ? lookupProperty(depth0,"kind") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"kind","hash":{},"data":data,"loc":{"start":{"line":25,"column":24},"end":{"line":25,"column":32}}}) : helper)))
    + "\">\n  <p class=\"part-label\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"label") || (depth0 != null ? lookupProperty(depth0,"label") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":26,"column":24},"end":{"line":26,"column":33}}}) : helper)))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"sections") : depth0),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":2},"end":{"line":32,"column":11}}})) != null ? stack1 : "")
    + "  </div>\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <section class=\"section\">\n    <h2>"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"heading") || (depth0 != null ? lookupProperty(depth0,"heading") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":29,"column":8},"end":{"line":29,"column":19}}}) : helper)))
    + "</h2>\n    "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"exercises") : depth0),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":4},"end":{"line":30,"column":46}}})) != null ? stack1 : "")
    + "\n  </section>\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"exercise"),depth0,{"name":"exercise","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <section class=\"journal\">\n    <h2>"
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"journal") : stack1), depth0))
    + "</h2>\n    <table>\n      <thead><tr><th>"
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"exercises") : stack1), depth0))
    + "</th><th>"
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"firstPassed") : stack1), depth0))
    + "</th><th>"
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"lastPassed") : stack1), depth0))
    + "</th><th>"
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"best") : stack1), depth0))
    + "</th><th>"
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"status") : stack1), depth0))
    + "</th></tr></thead>\n      <tbody>\n      "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"journal") : stack1),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":6},"end":{"line":42,"column":15}}})) != null ? stack1 : "")
    + "      </tbody>\n    </table>\n  </section>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td><a href=\"#"
    + alias4(((helper = (helper = lookupProperty(helpers,"anchor") || (depth0 != null ? lookupProperty(depth0,"anchor") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":41,"column":45},"end":{"line":41,"column":55}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":41,"column":57},"end":{"line":41,"column":66}}}) : helper)))
    + "</a> <code class=\"muted\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":41,"column":91},"end":{"line":41,"column":97}}}) : helper)))
    + "</code></td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"firstPassed") || (depth0 != null ? lookupProperty(depth0,"firstPassed") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"firstPassed","hash":{},"data":data,"loc":{"start":{"line":41,"column":113},"end":{"line":41,"column":128}}}) : helper)))
    + "</td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"lastPassed") || (depth0 != null ? lookupProperty(depth0,"lastPassed") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"lastPassed","hash":{},"data":data,"loc":{"start":{"line":41,"column":137},"end":{"line":41,"column":151}}}) : helper)))
    + "</td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"best") || (depth0 != null ? lookupProperty(depth0,"best") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"best","hash":{},"data":data,"loc":{"start":{"line":41,"column":160},"end":{"line":41,"column":168}}}) : helper)))
    + "</td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"state") || (depth0 != null ? lookupProperty(depth0,"state") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"state","hash":{},"data":data,"loc":{"start":{"line":41,"column":177},"end":{"line":41,"column":186}}}) : helper)))
    + "</td></tr>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.escapeExpression, alias3=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!doctype html>\n<html lang=\""
    + alias2(((helper = (helper = lookupProperty(helpers,"lang") || (depth0 != null ? lookupProperty(depth0,"lang") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":2,"column":12},"end":{"line":2,"column":20}}}) : helper)))
    + "\">\n<head>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"head"),depth0,{"name":"head","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</head>\n<body class=\"student\">\n<header>\n  <h1>"
    + alias2(alias3(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"report") : stack1), depth0))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"student") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":18},"end":{"line":8,"column":62}}})) != null ? stack1 : "")
    + "</h1>\n  <dl class=\"facts\">\n    <dt>"
    + alias2(alias3(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"engine") : stack1), depth0))
    + "</dt><dd>"
    + alias2(alias3(((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"engine") : stack1), depth0))
    + "</dd>\n    <dt>"
    + alias2(alias3(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"time") : stack1), depth0))
    + "</dt><dd>"
    + alias2(alias3(((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"time") : stack1), depth0))
    + "</dd>\n    <dt>"
    + alias2(alias3(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"source") : stack1), depth0))
    + "</dt><dd>"
    + alias2(alias3(((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"source") : stack1), depth0))
    + "</dd>\n    "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"prefix") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":4},"end":{"line":13,"column":86}}})) != null ? stack1 : "")
    + "\n    <dt>"
    + alias2(alias3(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"tool") : stack1), depth0))
    + "</dt><dd>"
    + alias2(alias3(((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"tool") : stack1), depth0))
    + "</dd>\n  </dl>\n  <div class=\"summary status-"
    + alias2(alias3(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"totals") : stack1)) != null ? lookupProperty(stack1,"status") : stack1), depth0))
    + "\">\n    <span class=\"big\" data-total>"
    + alias2(alias3(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"totals") : stack1)) != null ? lookupProperty(stack1,"points") : stack1), depth0))
    + "/"
    + alias2(alias3(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"totals") : stack1)) != null ? lookupProperty(stack1,"maxPoints") : stack1), depth0))
    + alias2(alias3(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"points") : stack1), depth0))
    + "</span>\n    <span>"
    + alias2(alias3(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"totals") : stack1)) != null ? lookupProperty(stack1,"percent") : stack1), depth0))
    + "%</span>\n    <span>"
    + alias2(alias3(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"totals") : stack1)) != null ? lookupProperty(stack1,"counts") : stack1), depth0))
    + "</span>\n  </div>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"notes") : stack1),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":8},"end":{"line":21,"column":45}}})) != null ? stack1 : "")
    + "\n</header>\n<main>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"parts") : stack1),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":34,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"journal") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":0},"end":{"line":46,"column":7}}})) != null ? stack1 : "")
    + "</main>\n<footer>"
    + alias2(alias3(((stack1 = (depth0 != null ? lookupProperty(depth0,"L") : depth0)) != null ? lookupProperty(stack1,"generated") : stack1), depth0))
    + ": "
    + alias2(alias3(((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"tool") : stack1), depth0))
    + " · "
    + alias2(alias3(((stack1 = (depth0 != null ? lookupProperty(depth0,"run") : depth0)) != null ? lookupProperty(stack1,"time") : stack1), depth0))
    + "</footer>\n</body>\n</html>\n";
},"usePartial":true,"useData":true},
};

/** Partials (`_name.hbs`), precompiled. */
export const PARTIALS: Record<string, object> = {
  "exercise": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <span class=\"badge credited\" data-credit>↺ "
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"credit") : depth0)) != null ? lookupProperty(stack1,"label") : stack1), depth0))
    + "</span>";
},"1":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"not-gradable\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"notGradable") || (depth0 != null ? lookupProperty(depth0,"notGradable") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"notGradable","hash":{},"data":data,"loc":{"start":{"line":8,"column":45},"end":{"line":8,"column":60}}}) : helper)))
    + "</p>";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"credit-line\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"credit") : depth0)) != null ? lookupProperty(stack1,"text") : stack1), depth0))
    + "</p>";
},"3":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"error-text\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"error") || (depth0 != null ? lookupProperty(depth0,"error") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"error","hash":{},"data":data,"loc":{"start":{"line":8,"column":169},"end":{"line":8,"column":178}}}) : helper)))
    + "</p>";
},"4":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"hidden-line\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"hiddenLine") || (depth0 != null ? lookupProperty(depth0,"hiddenLine") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"hiddenLine","hash":{},"data":data,"loc":{"start":{"line":8,"column":230},"end":{"line":8,"column":244}}}) : helper)))
    + "</p>";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr class=\"check check-"
    + alias4(((helper = (helper = lookupProperty(helpers,"status") || (depth0 != null ? lookupProperty(depth0,"status") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":14,"column":29},"end":{"line":14,"column":39}}}) : helper)))
    + "\" data-check=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":14,"column":53},"end":{"line":14,"column":59}}}) : helper)))
    + "\">\n        <td><span class=\"badge status-"
    + alias4(((helper = (helper = lookupProperty(helpers,"status") || (depth0 != null ? lookupProperty(depth0,"status") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":15,"column":38},"end":{"line":15,"column":48}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"symbol") || (depth0 != null ? lookupProperty(depth0,"symbol") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"symbol","hash":{},"data":data,"loc":{"start":{"line":15,"column":50},"end":{"line":15,"column":60}}}) : helper)))
    + " "
    + alias4(((helper = (helper = lookupProperty(helpers,"statusLabel") || (depth0 != null ? lookupProperty(depth0,"statusLabel") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"statusLabel","hash":{},"data":data,"loc":{"start":{"line":15,"column":61},"end":{"line":15,"column":76}}}) : helper)))
    + "</span><br><span class=\"muted\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"points") || (depth0 != null ? lookupProperty(depth0,"points") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"points","hash":{},"data":data,"loc":{"start":{"line":15,"column":107},"end":{"line":15,"column":117}}}) : helper)))
    + "/"
    + alias4(((helper = (helper = lookupProperty(helpers,"maxPoints") || (depth0 != null ? lookupProperty(depth0,"maxPoints") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"maxPoints","hash":{},"data":data,"loc":{"start":{"line":15,"column":118},"end":{"line":15,"column":131}}}) : helper)))
    + "</span></td>\n        <td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":16,"column":12},"end":{"line":16,"column":21}}}) : helper)))
    + "<br><code class=\"muted\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":16,"column":45},"end":{"line":16,"column":51}}}) : helper)))
    + "</code></td>\n        <td><div class=\"message\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"message") || (depth0 != null ? lookupProperty(depth0,"message") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"message","hash":{},"data":data,"loc":{"start":{"line":17,"column":33},"end":{"line":17,"column":44}}}) : helper)))
    + "</div>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"hint") : depth0),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":50},"end":{"line":17,"column":154}}})) != null ? stack1 : "")
    + "</td>\n        <td class=\"evidence\"><div class=\"ev\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"expected") || (depth0 != null ? lookupProperty(depth0,"expected") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"expected","hash":{},"data":data,"loc":{"start":{"line":18,"column":45},"end":{"line":18,"column":57}}}) : helper)))
    + "</div></td>\n        <td class=\"evidence\"><div class=\"ev\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"actual") || (depth0 != null ? lookupProperty(depth0,"actual") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"actual","hash":{},"data":data,"loc":{"start":{"line":19,"column":45},"end":{"line":19,"column":55}}}) : helper)))
    + "</div></td>\n      </tr>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"open") : depth0),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":62},"end":{"line":17,"column":147}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"hint\"><strong>"
    + alias1(container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"hint")), depth0))
    + ":</strong>"
    + alias1(((helper = (helper = lookupProperty(helpers,"hint") || (depth0 != null ? lookupProperty(depth0,"hint") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"hint","hash":{},"data":data,"loc":{"start":{"line":17,"column":126},"end":{"line":17,"column":134}}}) : helper)))
    + "</div>";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <div class=\"command-diff\">\n    <div><p class=\"commands-label\">"
    + alias2(alias1(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"yourContainer")), depth0))
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,((stack1 = (depth0 != null ? lookupProperty(depth0,"command") : depth0)) != null ? lookupProperty(stack1,"container") : stack1),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":60},"end":{"line":26,"column":127}}})) != null ? stack1 : "")
    + "</p>\n    <pre class=\"cmd cmd-learner\"><code>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,((stack1 = (depth0 != null ? lookupProperty(depth0,"command") : depth0)) != null ? lookupProperty(stack1,"learner") : stack1),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":39},"end":{"line":27,"column":175}}})) != null ? stack1 : "")
    + "</code></pre></div>\n    <div><p class=\"commands-label\">"
    + alias2(alias1(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"bookCommand")), depth0))
    + "</p>\n    <pre class=\"cmd cmd-book\"><code>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,((stack1 = (depth0 != null ? lookupProperty(depth0,"command") : depth0)) != null ? lookupProperty(stack1,"book") : stack1),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":36},"end":{"line":29,"column":171}}})) != null ? stack1 : "")
    + "</code></pre></div>\n    <p class=\"cmd-legend\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"command") : depth0)) != null ? lookupProperty(stack1,"missing") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":26},"end":{"line":30,"column":114}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"command") : depth0)) != null ? lookupProperty(stack1,"extra") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":115},"end":{"line":30,"column":197}}})) != null ? stack1 : "")
    + "</p>\n  </div>\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <code>"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"command") : depth0)) != null ? lookupProperty(stack1,"container") : stack1), depth0))
    + "</code>";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"mark") : depth0),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":27,"column":64},"end":{"line":27,"column":166}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<mark class=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"mark") || (depth0 != null ? lookupProperty(depth0,"mark") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"mark","hash":{},"data":data,"loc":{"start":{"line":27,"column":89},"end":{"line":27,"column":97}}}) : helper)))
    + "\" title=\""
    + alias4(container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"cmdExtra")), depth0))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"text") || (depth0 != null ? lookupProperty(depth0,"text") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":27,"column":128},"end":{"line":27,"column":136}}}) : helper)))
    + "</mark>";
},"12":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(((helper = (helper = lookupProperty(helpers,"text") || (depth0 != null ? lookupProperty(depth0,"text") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":27,"column":151},"end":{"line":27,"column":159}}}) : helper)));
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"mark") : depth0),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":29,"column":58},"end":{"line":29,"column":162}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<mark class=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"mark") || (depth0 != null ? lookupProperty(depth0,"mark") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"mark","hash":{},"data":data,"loc":{"start":{"line":29,"column":83},"end":{"line":29,"column":91}}}) : helper)))
    + "\" title=\""
    + alias4(container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"cmdMissing")), depth0))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"text") || (depth0 != null ? lookupProperty(depth0,"text") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":29,"column":124},"end":{"line":29,"column":132}}}) : helper)))
    + "</mark>";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<mark class=\"missing\">"
    + container.escapeExpression(container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"cmdMissing")), depth0))
    + "</mark>";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<mark class=\"extra\">"
    + container.escapeExpression(container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"cmdExtra")), depth0))
    + "</mark>";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p class=\"commands-label\">"
    + container.escapeExpression(container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"commands")), depth0))
    + "</p>\n  <pre class=\"commands\"><code>"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"commands") : depth0),{"name":"each","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":30},"end":{"line":36,"column":30}}})) != null ? stack1 : "")
    + "</code></pre>\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"first")),{"name":"unless","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":48},"end":{"line":36,"column":11}}})) != null ? stack1 : "")
    + "$ "
    + container.escapeExpression(container.lambda(depth0, depth0));
},"19":function(container,depth0,helpers,partials,data) {
    return "\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p class=\"journal-line\">"
    + alias2(alias1(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"journal")), depth0))
    + ": "
    + alias2(alias1(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"firstPassed")), depth0))
    + " "
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"journal") : depth0)) != null ? lookupProperty(stack1,"firstPassed") : stack1), depth0))
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,((stack1 = (depth0 != null ? lookupProperty(depth0,"journal") : depth0)) != null ? lookupProperty(stack1,"lastPassed") : stack1),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":94},"end":{"line":39,"column":175}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,((stack1 = (depth0 != null ? lookupProperty(depth0,"journal") : depth0)) != null ? lookupProperty(stack1,"best") : stack1),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":175},"end":{"line":39,"column":238}}})) != null ? stack1 : "")
    + " · "
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"journal") : depth0)) != null ? lookupProperty(stack1,"state") : stack1), depth0))
    + "</p>\n";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + alias2(alias1(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"lastPassed")), depth0))
    + " "
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"journal") : depth0)) != null ? lookupProperty(stack1,"lastPassed") : stack1), depth0));
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + alias2(alias1(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"best")), depth0))
    + " "
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"journal") : depth0)) != null ? lookupProperty(stack1,"best") : stack1), depth0));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<article class=\"exercise ex-"
    + alias4(((helper = (helper = lookupProperty(helpers,"status") || (depth0 != null ? lookupProperty(depth0,"status") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":1,"column":28},"end":{"line":1,"column":38}}}) : helper)))
    + "\" id=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"anchor") || (depth0 != null ? lookupProperty(depth0,"anchor") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":1,"column":44},"end":{"line":1,"column":54}}}) : helper)))
    + "\">\n  <header>\n    <span class=\"badge status-"
    + alias4(((helper = (helper = lookupProperty(helpers,"status") || (depth0 != null ? lookupProperty(depth0,"status") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":3,"column":30},"end":{"line":3,"column":40}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"symbol") || (depth0 != null ? lookupProperty(depth0,"symbol") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"symbol","hash":{},"data":data,"loc":{"start":{"line":3,"column":42},"end":{"line":3,"column":52}}}) : helper)))
    + " "
    + alias4(((helper = (helper = lookupProperty(helpers,"statusLabel") || (depth0 != null ? lookupProperty(depth0,"statusLabel") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"statusLabel","hash":{},"data":data,"loc":{"start":{"line":3,"column":53},"end":{"line":3,"column":68}}}) : helper)))
    + "</span>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"credit") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":75},"end":{"line":3,"column":163}}})) != null ? stack1 : "")
    + "\n    <h3>"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":4,"column":8},"end":{"line":4,"column":17}}}) : helper)))
    + "</h3>\n    <code class=\"id\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":5,"column":21},"end":{"line":5,"column":27}}}) : helper)))
    + "</code>\n    <span class=\"points\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"points") || (depth0 != null ? lookupProperty(depth0,"points") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"points","hash":{},"data":data,"loc":{"start":{"line":6,"column":25},"end":{"line":6,"column":35}}}) : helper)))
    + "/"
    + alias4(((helper = (helper = lookupProperty(helpers,"maxPoints") || (depth0 != null ? lookupProperty(depth0,"maxPoints") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"maxPoints","hash":{},"data":data,"loc":{"start":{"line":6,"column":36},"end":{"line":6,"column":49}}}) : helper)))
    + alias4(alias5(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"points")), depth0))
    + "</span>\n  </header>\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"notGradable") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":2},"end":{"line":8,"column":71}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"credit") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":71},"end":{"line":8,"column":134}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"error") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":134},"end":{"line":8,"column":189}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"hiddenLine") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":189},"end":{"line":8,"column":255}}})) != null ? stack1 : "")
    + "\n  <table class=\"checks\">\n    <colgroup><col class=\"c-status\"><col class=\"c-check\"><col class=\"c-result\"><col class=\"c-evidence\"><col class=\"c-evidence\"></colgroup>\n    <thead><tr><th>"
    + alias4(alias5(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"status")), depth0))
    + "</th><th>"
    + alias4(alias5(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"check")), depth0))
    + "</th><th>"
    + alias4(alias5(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"result")), depth0))
    + "</th><th>"
    + alias4(alias5(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"expected")), depth0))
    + "</th><th>"
    + alias4(alias5(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"L"))) && lookupProperty(stack1,"actual")), depth0))
    + "</th></tr></thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"checks") : depth0),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":4},"end":{"line":21,"column":13}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"command") : depth0),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":2},"end":{"line":32,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"commands") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":2},"end":{"line":37,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"journal") : depth0),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":2},"end":{"line":40,"column":9}}})) != null ? stack1 : "")
    + "</article>\n";
},"useData":true},
  "head": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n<meta name=\"generator\" content=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"tool") || (depth0 != null ? lookupProperty(depth0,"tool") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"tool","hash":{},"data":data,"loc":{"start":{"line":4,"column":32},"end":{"line":4,"column":40}}}) : helper)))
    + "\">\n<title>"
    + alias4(((helper = (helper = lookupProperty(helpers,"pageTitle") || (depth0 != null ? lookupProperty(depth0,"pageTitle") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"pageTitle","hash":{},"data":data,"loc":{"start":{"line":5,"column":7},"end":{"line":5,"column":20}}}) : helper)))
    + "</title>\n<style>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"styles"),depth0,{"name":"styles","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</style>\n";
},"usePartial":true,"useData":true},
  "styles": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return ":root { --pass: #1a7f37; --pass-bg: #e6f4ea; --fail: #b42318; --fail-bg: #fdecea; --skip: #5f6368; --skip-bg: #f1f3f4; --error: #8e24aa; --error-bg: #f6e8fa; --line: #d0d7de; --muted: #57606a; }\n* { box-sizing: border-box; }\n/* Korean breaks between words (어절), never inside one (inherited; pre keeps break-all, long names wrap anywhere) */\nhtml:lang(ko) body { word-break: keep-all; overflow-wrap: anywhere; }\nbody { font-family: system-ui, -apple-system, \"Segoe UI\", \"Noto Sans KR\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", sans-serif; margin: 0 auto; max-width: 1100px; padding: 24px; color: #1f2328; line-height: 1.45; background: #fff; }\nh1 { font-size: 1.6rem; margin: 0 0 .4rem; }\nh2 { font-size: 1.25rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }\nh3 { font-size: 1.05rem; margin: 0; display: inline; }\ncode, pre { font-family: ui-monospace, \"SFMono-Regular\", Menlo, Consolas, \"Noto Sans Mono CJK KR\", monospace; font-size: .88em; }\npre { white-space: pre-wrap; word-break: break-all; overflow-wrap: anywhere; }\n.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0 1rem; color: var(--muted); }\n.facts dt { font-weight: 600; }\n.facts dd { margin: 0; overflow-wrap: anywhere; }\n.summary { display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap; padding: .8rem 1rem; border-radius: 8px; border: 1px solid var(--line); }\n.summary .big { font-size: 1.8rem; font-weight: 700; }\n.badge { display: inline-block; min-width: 4.5em; text-align: center; padding: .05rem .5rem; border-radius: 999px; font-size: .85rem; white-space: nowrap; font-weight: 600; border: 1px solid currentColor; }\n.status-pass { color: var(--pass); } .badge.status-pass { background: var(--pass-bg); }\n.status-fail { color: var(--fail); } .badge.status-fail { background: var(--fail-bg); }\n.status-skip { color: var(--skip); } .badge.status-skip { background: var(--skip-bg); }\n.status-error { color: var(--error); } .badge.status-error { background: var(--error-bg); }\n.badge.credited { color: var(--pass); background: #fff; border-style: dashed; }\n.credit-line, .total-note { color: var(--pass); font-size: .9rem; margin: .3rem 0; }\n.not-gradable { color: var(--skip); font-size: .9rem; margin: .3rem 0; }\n.exercise { border: 1px solid var(--line); border-left: 6px solid var(--skip); border-radius: 6px; padding: .7rem 1rem; margin: 1rem 0; break-inside: avoid; }\n.exercise.ex-pass { border-left-color: var(--pass); } .exercise.ex-fail { border-left-color: var(--fail); } .exercise.ex-error { border-left-color: var(--error); }\n.exercise > header { display: flex; gap: .6rem; align-items: baseline; flex-wrap: wrap; color: #1f2328; }\n.exercise > header .points { margin-left: auto; font-weight: 700; }\n.exercise .id { color: var(--muted); }\n.exercise .error-text { color: var(--error); }\ntable { border-collapse: collapse; width: 100%; margin: .6rem 0; }\nth, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }\nth { background: #f6f8fa; font-weight: 600; }\n.checks { table-layout: fixed; }\n.checks col.c-status { width: 6.5rem; } .checks col.c-check { width: 22%; } .checks col.c-evidence { width: 17%; }\n.checks td.evidence { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85em; white-space: pre-wrap; }\n.checks .message { white-space: pre-wrap; }\n.hint { margin-top: .3rem; padding: .3rem .5rem; background: #fff8c5; border-radius: 4px; color: #1f2328; white-space: pre-wrap; }\n.hint strong { margin-right: .3rem; }\n.commands { background: #f6f8fa; border-radius: 4px; padding: .5rem .7rem; margin: .4rem 0 0; color: #1f2328; }\n.commands-label, .journal-line { color: var(--muted); font-size: .9rem; margin: .6rem 0 0; }\n.matrix td.cell { text-align: center; white-space: nowrap; }\n.matrix td.cell a { color: inherit; text-decoration: none; display: block; }\n.lvl-full { background: #b7e4c7; } .lvl-high { background: #fff3b0; } .lvl-low { background: #ffd6a5; } .lvl-zero { background: #ffadad; } .lvl-none { background: #eeeeee; color: var(--muted); }\n.matrix th.ex { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-weight: 500; font-size: .8rem; }\n.legend span { display: inline-block; padding: .1rem .5rem; margin-right: .3rem; border-radius: 4px; font-size: .85rem; }\n.chart text { font-size: 12px; fill: #1f2328; }\n.chart .bar { fill: #4c9f70; } .chart .track { fill: #eeeeee; } .chart .rate { font-weight: 600; }\n.student { break-before: page; }\n.muted { color: var(--muted); }\nfooter { margin-top: 2rem; color: var(--muted); font-size: .85rem; }\n.part-label { font-size: .95rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 1.6rem 0 -1rem; }\n.part-fix > .part-label { color: var(--fail); }\n.command-diff { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1rem; margin-top: .4rem; }\n.command-diff .cmd { background: #f6f8fa; border-radius: 4px; padding: .4rem .6rem; margin: .2rem 0 0; }\n.command-diff .cmd-legend { grid-column: 1 / -1; margin: .3rem 0 0; font-size: .85rem; }\nmark.missing { background: var(--fail-bg); color: var(--fail); text-decoration: underline wavy; text-decoration-thickness: 1px; }\nmark.extra { background: #fff3b0; color: #1f2328; text-decoration: underline dotted; }\n@media (max-width: 700px) { .command-diff { grid-template-columns: 1fr; } }\n@media print {\n  body { max-width: none; padding: 0; font-size: 10.5pt; }\n  a { color: inherit; text-decoration: none; }\n  .exercise, tr, .chart { break-inside: avoid; }\n  th { background: #eee !important; }\n  .lvl-full, .lvl-high, .lvl-low, .lvl-zero, .lvl-none, .badge, .hint { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n  h2 { break-after: avoid; }\n  /* A student report prints on at most two A4 pages (the whole book failing included; a Chromium test\n     counts them): what passed shrinks to its header line, skipped checks (consequences of a failing\n     one) and the book's commands (the command diff and the hints carry them) are left out, learner\n     text is cut to two lines, and exercises may break across pages instead of leaving gaps. */\n  @page { size: A4; margin: 8mm 10mm; }\n  body.student { font-size: 8pt; line-height: 1.2; }\n  body.student h1 { font-size: 12pt; }\n  body.student h2 { font-size: 9.5pt; margin: .5rem 0 .15rem; padding-bottom: 0; border-bottom-width: 1px; }\n  body.student h3 { font-size: 8.5pt; }\n  body.student .facts { margin: .15rem 0 .3rem; gap: 0 .8rem; }\n  body.student .summary { padding: .2rem .5rem; }\n  body.student .summary .big { font-size: 11pt; }\n  body.student .part-label { margin: .5rem 0 0; font-size: 8pt; }\n  body.student .exercise { padding: .15rem .4rem; margin: .25rem 0; break-inside: auto; border-left-width: 4px; }\n  body.student .badge { min-width: 0; font-size: 7pt; padding: 0 .3rem; }\n  body.student .exercise.ex-pass .checks, body.student .exercise.ex-skip .checks, body.student .check-pass, body.student .check-skip, body.student .checks thead { display: none; }\n  body.student .exercise > .commands-label, body.student .exercise > .commands { display: none; }\n  body.student .checks col.c-status { width: 3.6rem; } body.student .checks col.c-check { width: 20%; } body.student .checks col.c-evidence { width: 16%; }\n  body.student .checks td .muted { display: none; }\n  body.student table { margin: .15rem 0; }\n  body.student th, body.student td { padding: .05rem .25rem; }\n  body.student .checks .message, body.student .checks .ev, body.student .hint, body.student .error-text, body.student .not-gradable { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }\n  body.student .hint { margin-top: .1rem; padding: 0 .3rem; }\n  body.student .not-gradable, body.student .credit-line, body.student .hidden-line { margin: .05rem 0; font-size: 7.5pt; }\n  body.student .command-diff { margin-top: .15rem; }\n  body.student .command-diff .cmd { padding: .1rem .3rem; margin: 0; }\n  body.student .commands-label, body.student .journal-line, body.student .cmd-legend { font-size: 7.5pt; margin: .1rem 0 0; }\n  body.student .journal h2 { margin-top: .4rem; }\n  body.student .journal table { font-size: 7.5pt; }\n  body.student footer { margin-top: .4rem; font-size: 7pt; }\n  mark.missing, mark.extra { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n}\n";
},"useData":true},
};
