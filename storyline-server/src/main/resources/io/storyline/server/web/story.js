// The story page's features laid out in the page itself from the story's JSON (features.<name>.data):
// the timeline with its picture of coverage per day, and the comparison of outlets with its matrix of
// facts by outlet. Like app.js, every piece of article text goes on the page as a text node or an
// attribute value, never parsed as markup. Headings: the page's h1 is the story, each feature is an
// h2 section (index.html), and everything inside a feature is h3.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/** Facts shown before the reader asks for all of them. */
const MAIN_FACTS = 15;
/** More outlets than this and the matrix puts each fact's text above its row of cells. */
const SIDE_BY_SIDE_OUTLETS = 14;

/** An SVG element with attributes and children (text children become text nodes). */
function svgEl(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
  for (const child of children) node.append(typeof child === "string" ? document.createTextNode(child) : child);
  return node;
}

/** A "yyyy-mm-dd" day as UTC midnight, so no time zone moves it to another day. */
function utcDay(iso) {
  const [y, m, d] = String(iso).split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function shortDate(iso) {
  const day = utcDay(iso);
  return day.getUTCDate() + " " + MONTHS[day.getUTCMonth()].slice(0, 3) + " " + day.getUTCFullYear();
}

function longDate(iso) {
  const day = utcDay(iso);
  return WEEKDAYS[day.getUTCDay()] + " " + day.getUTCDate() + " " + MONTHS[day.getUTCMonth()] + " " + day.getUTCFullYear();
}

function plural(count, noun) {
  return count + " " + noun + (count === 1 ? "" : "s");
}

/** The outlet as the comparison counts it: an article naming none counts as its own outlet. */
function outletLabel(source) {
  const outlet = String(source.outlet || "").replace(/\s+/g, " ").trim();
  if (outlet === "unknown outlet") return outlet + " [" + source.number + "]";
  return outlet || "Unknown outlet";
}

/**
 * A citation badge for a feature's source (numbered its own way) that points at the same article in
 * the story's source list, with the outlet and the cited sentence as its tooltip.
 */
function citeLink(number, sentence, featureSources, story) {
  const source = featureSources.get(number);
  const own = source && story.sourceOfArticle.get(source.articleId);
  const shown = own ? own.number : number;
  const tip = (source ? outletLabel(source) + " [" + shown + "]" : "Source " + shown) + (sentence ? ": “" + sentence + "”" : "");
  return el("a", { class: "cite", href: "#source-" + shown, title: tip }, "[" + shown + "]");
}

function byNumber(sources) {
  return new Map((sources || []).map(s => [s.number, s]));
}

/**
 * A list whose first {@code shown} items are on the page and the rest behind a button, so a long list
 * (facts, quotes, names) does not bury what follows it.
 */
function listWithMore(tag, attrs, items, shown, noun, render) {
  const list = el(tag, attrs);
  items.forEach((item, i) => {
    const node = render(item, i);
    if (i >= shown) node.hidden = true;
    list.append(node);
  });
  if (items.length <= shown) return list;
  return el("div", {}, list, moreButton(list, [...list.children].slice(shown), "Show all " + items.length + " " + noun,
    "Show the first " + shown));
}

/** A button that shows and hides {@code nodes}, saying which it will do. */
function moreButton(target, nodes, showText, hideText) {
  const button = el("button", { type: "button", class: "more", "aria-expanded": "false" }, showText);
  if (target.id) button.setAttribute("aria-controls", target.id);
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-expanded") !== "true";
    for (const node of nodes) node.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    button.textContent = open ? hideText : showText;
  });
  return button;
}

// ---- Timeline ----

/** The timeline: the picture of coverage per day, then each chosen date with its cited sentences. */
function timelineView(timeline, story) {
  const sources = byNumber(timeline.sources);
  const box = el("div", { class: "timeline" });
  const picture = coveragePicture(timeline);
  if (picture) box.append(picture);
  if (timeline.entries.length === 0) box.append(el("p", { class: "muted" }, "No dates were selected for this timeline."));
  for (const entry of timeline.entries) {
    box.append(el("h3", { id: "date-" + entry.date }, el("time", { datetime: entry.date }, longDate(entry.date))));
    const paragraph = el("p", {});
    for (const sentence of entry.sentences) {
      paragraph.append(sentence.text);
      for (const citation of sentence.citations) paragraph.append(citeLink(citation.source, citation.sentence, sources, story));
      paragraph.append(" ");
    }
    box.append(paragraph);
  }
  if (timeline.inferred && timeline.inferred.length) {
    box.append(el("p", { class: "meta" }, "Dates read from the text of undated articles: "
      + timeline.inferred.map(d => articleName(d.origin, timeline.sources) + ": " + d.date + ", from " + d.evidence)
        .join("; ") + "."));
  }
  if (timeline.undated && timeline.undated.length) {
    box.append(el("p", { class: "meta" }, plural(timeline.undated.length, "undated article")
      + " used for content only: they cannot date an event."));
  }
  return box;
}

/** An article of the timeline as a reader knows it: its title (outlet), else where it was read from. */
function articleName(origin, sources) {
  const source = (sources || []).find(s => s.origin === origin);
  return source && source.title ? "“" + source.title + "” (" + outletLabel(source) + ")" : origin;
}

// The picture's geometry, as core's TimelineHtml draws it for the timeline command.
const PICTURE = { width: 720, height: 180, margin: 24, labelHalfWidth: 36, axisY: 140, labelRows: 3, labelRow: 16, labelGap: 6 };

/** The first label row with room left of {@code left}, opening a row while there are fewer than three; -1 when none. */
function labelRow(rowEnds, left) {
  for (let row = 0; row < rowEnds.length; row++) {
    if (rowEnds[row] + PICTURE.labelGap <= left) return row;
  }
  if (rowEnds.length < PICTURE.labelRows) {
    rowEnds.push(-Infinity);
    return rowEnds.length - 1;
  }
  return -1;
}

/**
 * Where days stand on the picture's axis, from 0 to 1: spaced by the time between them, except that an empty
 * stretch of at least eight days that would take more than half the axis is cut short (to 15% of the rest, at
 * least two days) and marked as a break, so that one far reference does not squeeze the story's own days into a
 * corner. The same rule as the timeline page's (TimelineHtml, DayAxis.java).
 */
function dayAxis(dates) {
  const days = [...new Set(dates.map(iso => Math.round(utcDay(iso).getTime() / 86400000)))].sort((a, b) => a - b);
  const gaps = days.slice(1).map((d, g) => d - days[g]);
  const cut = gaps.map(() => false);
  const breakWidth = () => Math.max(2, 0.15 * gaps.reduce((sum, g, i) => sum + (cut[i] ? 0 : g), 0));
  for (;;) {
    let longest = -1;
    gaps.forEach((g, i) => { if (!cut[i] && g >= 8 && (longest < 0 || g > gaps[longest])) longest = i; });
    if (longest < 0) break;
    const width = gaps.reduce((sum, g, i) => sum + (cut[i] ? 0 : g), 0) + cut.filter(Boolean).length * breakWidth();
    if (gaps[longest] <= 0.5 * width) break;
    cut[longest] = true;
  }
  const position = [0];
  gaps.forEach((g, i) => position.push(position[i] + (cut[i] ? breakWidth() : g)));
  const span = position[position.length - 1];
  const at = position.map(p => span === 0 ? 0.5 : p / span);
  const index = new Map(days.map((d, i) => [d, i]));
  return {
    at: iso => at[index.get(Math.round(utcDay(iso).getTime() / 86400000))],
    dayWidth: span === 0 ? 1 : 1 / (span + 1),
    breaks: gaps.map((g, i) => ({ from: at[i], to: at[i + 1], days: g, cut: cut[i] })).filter(b => b.cut)
  };
}

/** Bars of coverage per day on a date axis (published that day, referred to from other days), chosen dates marked. */
function coveragePicture(timeline) {
  const days = timeline.coverage || [];
  if (days.length === 0) return null;
  const axis = dayAxis([...days.map(d => d.date), ...timeline.entries.map(e => e.date)]);
  const max = Math.max(1, ...days.map(d => d.articles + d.mentions));
  const plot = PICTURE.width - 2 * PICTURE.margin;
  const x = iso => PICTURE.margin + plot * axis.at(iso);
  const barWidth = Math.max(1.5, Math.min(8, plot * axis.dayWidth * 0.8));
  const barSpace = PICTURE.axisY - 30;
  const chosen = new Set(timeline.entries.map(e => e.date));
  const picture = svgEl("svg", { role: "img", "aria-label": "Coverage per day from " + shortDate(timeline.coverage[0].date)
    + " to " + shortDate(days[days.length - 1].date) + ", dates of the timeline marked" });
  picture.append(svgEl("line", { class: "axis", x1: PICTURE.margin, y1: PICTURE.axisY, x2: PICTURE.width - PICTURE.margin, y2: PICTURE.axisY }));
  for (const cut of axis.breaks) {
    const at = PICTURE.margin + plot * (cut.from + cut.to) / 2;
    picture.append(svgEl("g", { class: "break" }, svgEl("title", {}, cut.days + " days not drawn to scale"),
      svgEl("rect", { class: "gap", x: (at - 6).toFixed(1), y: PICTURE.axisY - 3, width: 12, height: 6 }),
      ...[-4, 2].map(dx => svgEl("line", { x1: (at + dx).toFixed(1), y1: PICTURE.axisY + 6, x2: (at + dx + 4).toFixed(1), y2: PICTURE.axisY - 6 }))));
  }
  for (const d of days) {
    const left = x(d.date) - barWidth / 2;
    const published = barSpace * d.articles / max;
    const referred = barSpace * d.mentions / max;
    const group = svgEl("g", { class: chosen.has(d.date) ? "day chosen" : "day" },
      svgEl("title", {}, shortDate(d.date) + ": " + plural(d.articles, "article") + ", " + plural(d.mentions, "reference") + " from other days"));
    if (published > 0) group.append(svgEl("rect", { class: "pub", x: left.toFixed(1), y: (PICTURE.axisY - published).toFixed(1), width: barWidth.toFixed(1), height: published.toFixed(1) }));
    if (referred > 0) group.append(svgEl("rect", { class: "ref", x: left.toFixed(1), y: (PICTURE.axisY - published - referred).toFixed(1), width: barWidth.toFixed(1), height: referred.toFixed(1) }));
    picture.append(group);
  }
  const rowEnds = [];
  for (const entry of timeline.entries) {
    const at = x(entry.date);
    picture.append(svgEl("a", { href: "#date-" + entry.date },
      svgEl("circle", { class: "mark", cx: at.toFixed(1), cy: PICTURE.axisY, r: 4 }, svgEl("title", {}, longDate(entry.date)))));
    // labels at the ends of the axis grow inwards, so the picture's edge does not cut them
    const anchor = at < PICTURE.margin + PICTURE.labelHalfWidth ? "start"
      : at > PICTURE.width - PICTURE.margin - PICTURE.labelHalfWidth ? "end" : "middle";
    const left = anchor === "start" ? at : anchor === "end" ? at - 2 * PICTURE.labelHalfWidth : at - PICTURE.labelHalfWidth;
    const row = labelRow(rowEnds, left);
    if (row < 0) continue; // no room on any row: the mark keeps its date as a tooltip and links to it
    rowEnds[row] = left + 2 * PICTURE.labelHalfWidth;
    picture.append(svgEl("text", { class: "label", x: at.toFixed(1), y: PICTURE.axisY + 16 + row * PICTURE.labelRow,
      "text-anchor": anchor }, shortDate(entry.date)));
  }
  const height = PICTURE.height + Math.max(0, rowEnds.length - 2) * PICTURE.labelRow;
  picture.setAttribute("viewBox", "0 0 " + PICTURE.width + " " + height);
  return el("figure", { class: "coverage" }, picture,
    el("figcaption", {}, "Coverage per day: ", el("span", { class: "key pub" }), " articles published, ",
      el("span", { class: "key ref" }), " references from other days; ", el("span", { class: "key mark" }),
      " dates in the timeline."));
}

// ---- Comparison ----

/**
 * Short column names for outlets ("Wren Courier" WC, "Reuters" Reu, "BBC" BBC), each different from
 * the others; the full name stays in the header's label and tooltip and in the key under the matrix.
 */
function abbreviations(names) {
  const stop = new Set(["the", "a", "an", "of", "and", "for", "on", "le", "la", "les", "el", "die", "der", "das"]);
  const taken = new Set();
  const result = new Map();
  for (const name of names) {
    const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const kept = words.filter(w => !stop.has(w.toLowerCase()));
    const used = kept.length ? kept : words;
    const candidates = [];
    if (used.length === 1) {
      const word = used[0];
      if (word.length <= 4 || word === word.toUpperCase()) candidates.push(word.slice(0, 4));
      candidates.push(word.charAt(0).toUpperCase() + word.slice(1, 3), word.charAt(0).toUpperCase() + word.slice(1, 4));
    } else if (used.length > 1) {
      const initials = used.map(w => w.charAt(0).toUpperCase()).join("");
      candidates.push(initials.slice(0, 4));
      const lastWord = used[used.length - 1];
      candidates.push((initials.slice(0, -1) + lastWord.slice(0, 2)).slice(0, 5));
    }
    let abbr = candidates.find(c => c && !taken.has(c.toLowerCase()));
    const base = candidates[0] || "?";
    for (let n = 2; !abbr; n++) if (!taken.has((base + n).toLowerCase())) abbr = base + n;
    taken.add(abbr.toLowerCase());
    result.set(name, abbr);
  }
  return result;
}

/** What differs in a conflict, for a reader: "number (civilians)", "day", "amount ($)" (Conflict.label in core). */
function conflictLabel(conflict) {
  if (!conflict.slot || !conflict.slot.trim() || conflict.slot === conflict.kind) return conflict.kind;
  return conflict.slot.startsWith("amount") ? conflict.slot : conflict.kind + " (" + conflict.slot + ")";
}

/** One conflict: what differs, both values, and both statements with their outlets. */
function conflictItem(conflict, outletOf, sources, story) {
  const statement = citation => el("blockquote", {}, citation.sentence, " ",
    el("span", { class: "outlet" }, "— " + (outletOf.get(citation.source) || "Source " + citation.source)),
    citeLink(citation.source, null, sources, story));
  // an update (the story moving on, or an outlet's revised copy) is no outlet contradicting another
  return el("li", conflict.update ? { class: "is-update" } : {}, el("span", { class: "kind" }, conflictLabel(conflict)), " ",
    el("b", {}, conflict.value), conflict.update ? " / " : " against ",
    el("b", {}, conflict.otherValue), statement(conflict.statement), statement(conflict.otherStatement));
}

/** The comparison: the conflicts, the matrix of facts by outlet, the quotes and the names. */
function comparisonView(comparison, story) {
  const sources = byNumber(comparison.sources);
  const outletOf = new Map(comparison.sources.map(s => [s.number, outletLabel(s)]));
  const outlets = [...new Set(comparison.sources.map(outletLabel))];
  const byAll = comparison.facts.filter(f => f.outlets.length === outlets.length).length;
  const byOne = comparison.facts.filter(f => f.outlets.length === 1).length;
  const disagreements = comparison.conflicts.filter(c => !c.update);
  const updates = comparison.conflicts.filter(c => c.update);
  const box = el("div", { class: "comparison" },
    el("p", { class: "meta" }, plural(comparison.facts.length, "fact") + " from " + plural(outlets.length, "outlet") + " · "
      + byAll + " carried by every outlet · " + byOne + " by one outlet only · " + plural(disagreements.length, "conflict")
      + (updates.length ? " · " + plural(updates.length, "update") : "")));

  box.append(el("h3", {}, "Conflicts"));
  if (disagreements.length === 0) {
    box.append(el("p", { class: "muted" }, "No outlet contradicts another on a number, day, date, name or place."));
  } else {
    box.append(listWithMore("ul", { class: "conflicts" }, disagreements, 8, "conflicts",
      conflict => conflictItem(conflict, outletOf, sources, story)));
  }
  if (updates.length) {
    box.append(el("h3", {}, "Updates"));
    box.append(listWithMore("ul", { class: "conflicts" }, updates, 8, "updates",
      conflict => conflictItem(conflict, outletOf, sources, story)));
  }

  box.append(el("h3", {}, "Facts by outlet"));
  if (comparison.facts.length === 0) box.append(el("p", { class: "muted" }, "No facts to compare."));
  else box.append(factMatrix(comparison, outlets, outletOf, sources, story));

  box.append(el("h3", {}, "Who said what"));
  if (comparison.quotes.length === 0) {
    box.append(el("p", { class: "muted" }, "No quotes with a speaker."));
  } else {
    box.append(listWithMore("ul", { class: "quotes" }, comparison.quotes, 6, "quotes", quote =>
      el("li", {}, el("span", { class: "speaker" }, quote.speaker), " ", quote.direct ? "“" + quote.text + "”" : quote.text, " ",
        el("span", { class: "outlet" }, "— " + (outletOf.get(quote.source) || "Source " + quote.source)),
        citeLink(quote.source, null, sources, story))));
  }

  box.append(el("h3", {}, "People, places and organisations"));
  if (comparison.entities.length === 0) {
    box.append(el("p", { class: "muted" }, "No names found."));
  } else {
    box.append(listWithMore("ul", { class: "entities" }, comparison.entities, 12, "names", entity => {
      const bar = el("span", { class: "bar", role: "img", "aria-label": "centrality " + entity.centrality.toFixed(2) },
        el("span", {}));
      bar.firstChild.style.width = Math.round(100 * entity.centrality) + "%";
      return el("li", {}, bar, " ", el("span", { class: "name" }, entity.name), " ",
        el("span", { class: "type" }, String(entity.type).toLowerCase()),
        entity.aliases.length ? el("span", { class: "aliases" }, " also " + entity.aliases.join(", ")) : null,
        " ", el("span", { class: "count" }, entity.mentions + "×"));
    }));
  }
  return box;
}

/**
 * The facts (rows) by outlet (columns). The facts that matter come first and are shown: those an
 * outlet disputes or a conflict involves, then those several outlets carry, most widely carried
 * first; the rest wait behind a "show all" button. Outlet columns carry short names, the full
 * names in their labels, tooltips and the key.
 */
function factMatrix(comparison, outlets, outletOf, sources, story) {
  const short = abbreviations(outlets);
  const inConflict = new Set();
  for (const c of comparison.conflicts) {
    for (const s of [c.statement, c.otherStatement]) inConflict.add(s.source + ":" + s.sentenceIndex);
  }
  const contested = fact => (fact.disputedBy || []).length > 0
    || fact.reports.some(r => inConflict.has(r.source + ":" + r.sentenceIndex));
  const ranked = comparison.facts.map((fact, order) => ({ fact, order, contested: contested(fact) }));
  let main = ranked.filter(r => r.contested || r.fact.outlets.length > 1)
    .sort((a, b) => (b.contested - a.contested) || (b.fact.outlets.length - a.fact.outlets.length) || (a.order - b.order))
    .slice(0, MAIN_FACTS);
  if (main.length === 0) main = ranked.slice(0, Math.min(MAIN_FACTS, 8));
  const shownFirst = new Set(main.map(r => r.order));
  const rows = [...main, ...ranked.filter(r => !shownFirst.has(r.order))];

  const table = el("table", { class: "matrix", id: "fact-matrix", "aria-label": "Facts by outlet" });
  table.style.setProperty("--outlets", String(outlets.length));
  const head = el("tr", {}, el("th", { scope: "col", class: "fact" }, "Fact"));
  for (const outlet of outlets) {
    head.append(el("th", { scope: "col", class: "outlet", "aria-label": outlet, title: outlet }, short.get(outlet)));
  }
  table.append(el("thead", {}, head));
  const body = el("tbody", {});
  const later = [];
  for (const { fact, contested: isContested, order } of rows) {
    const disputes = disputeNote(fact.disputedBy || []);
    const cell = el("th", { scope: "row", class: "fact", title: fact.text.length > 220 ? fact.text : null },
      fact.text.length > 220 ? fact.text.slice(0, 219) + "…" : fact.text,
      el("span", { class: "carried" }, " · " + fact.outlets.length + "\u00a0of\u00a0" + outlets.length),
      disputes ? el("span", { class: "disputed" }, " (" + disputes + ")") : null);
    const row = el("tr", { class: isContested ? "contested" : null, "data-fact": order }, cell);
    for (const outlet of outlets) {
      const report = fact.reports.find(c => outletOf.get(c.source) === outlet);
      const against = (fact.disputedBy || []).find(d => d.citation && outletOf.get(d.citation.source) === outlet);
      const related = (fact.related || []).find(c => outletOf.get(c.source) === outlet);
      if (report) {
        row.append(el("td", { class: "yes", title: outlet + " [" + report.source + "]: “" + report.sentence + "”" }, "●"));
      } else if (against) {
        row.append(el("td", { class: "against", title: outlet + " [" + against.citation.source + "] says " + against.value
          + ": “" + against.citation.sentence + "”" }, "≠"));
      } else if (related) {
        // the outlet tells of it in a sentence that does not hold the whole fact: not cited for it
        row.append(el("td", { class: "related", "aria-label": "related report",
          title: outlet + " [" + related.source + "], related: “" + related.sentence + "”" }, "◌"));
      } else {
        row.append(el("td", { class: "no", "aria-label": "not reported" }));
      }
    }
    if (!shownFirst.has(order)) {
      row.hidden = true;
      later.push(row);
    }
    body.append(row);
  }
  table.append(body);
  const wrap = el("div", { class: "matrix-wrap" + (outlets.length > SIDE_BY_SIDE_OUTLETS ? " stacked" : "") }, table);
  wrap.style.setProperty("--matrix-width", (28 + 2.6 * outlets.length) + "rem"); // the facts' text and a column per outlet
  const key = el("p", { class: "outlet-key meta" }, "Outlets: ");
  outlets.forEach((outlet, i) => key.append(i ? " · " : "", el("abbr", { title: outlet }, short.get(outlet)), " " + outlet));
  const legend = el("p", { class: "meta" }, "● where the outlet reports the fact (hover for its sentence), ≠ where it gives"
    + " another value, ◌ where it tells of it in a sentence that does not hold the whole fact (not cited); a red edge"
    + " marks a disputed fact.");
  const parts = [key, legend, wrap];
  if (later.length) {
    parts.push(el("p", {}, moreButton(table, later, "Show all " + comparison.facts.length + " facts",
      "Show only the main " + main.length + " facts")));
    const byOneLater = later.filter((row, i) => rows[main.length + i].fact.outlets.length === 1).length;
    parts.push(el("p", { class: "meta" }, "Shown first: the " + plural(main.length, "fact") + " disputed or carried by"
      + " the most outlets; " + later.length + " more, " + byOneLater + " of them carried by one outlet only."));
  }
  return el("div", { class: "facts" }, ...parts);
}

// ---- What's new since the reader's last visit ----

const VISITS = "storyline.visits";

/** When this browser last showed each story ({story id: ISO instant}), kept in localStorage. */
function visits() {
  try {
    const all = JSON.parse(localStorage.getItem(VISITS) || "{}");
    return all && typeof all === "object" ? all : {};
  } catch (e) {
    return {}; // storage disabled or garbled: every story is a first visit
  }
}

function recordVisit(id, instant) {
  try {
    const all = visits();
    all[id] = instant;
    localStorage.setItem(VISITS, JSON.stringify(all));
  } catch (e) {
    // storage disabled: nothing to remember
  }
}

/**
 * The "what's new" section: on a return visit, what the story gained since the last one
 * (GET /api/stories/{id}/new?since=); at any time, since a day the reader picks. Opening the page
 * records this visit.
 */
function whatsNewSection(story) {
  const id = String(story.id);
  const last = visits()[id];
  recordVisit(id, new Date().toISOString().replace(/\.\d+Z$/, "Z"));
  const heading = el("h2", { id: "new-heading" }, "What's new");
  const input = el("input", { type: "date", name: "since", required: "", "aria-label": "Day" });
  const form = el("form", { class: "since-form" }, el("label", {}, "Show what's new since ", input), " ",
    el("button", { type: "submit" }, "Show"));
  const body = el("div", { "data-field": "new-body" });
  const load = async (since, title) => {
    heading.textContent = title;
    body.replaceChildren(el("p", { class: "muted" }, "Loading…"));
    try {
      const update = await api("/api/stories/" + encodeURIComponent(id) + "/new?since=" + encodeURIComponent(since));
      body.replaceChildren(updateView(update, story));
    } catch (error) {
      body.replaceChildren(el("p", { class: "error" }, String(error && error.message ? error.message : error)));
    }
  };
  form.addEventListener("submit", event => {
    event.preventDefault();
    if (input.value) load(input.value, "New since " + longDate(input.value));
  });
  if (typeof last === "string" && /^\d{4}-\d{2}-\d{2}/.test(last)) {
    input.value = last.slice(0, 10);
    load(last, "New since your last visit");
  } else {
    body.append(el("p", { class: "muted" }, "When you come back to this story, what it gained meanwhile shows here."));
  }
  return el("section", { class: "whats-new", "aria-labelledby": "new-heading", "data-field": "whats-new" }, heading, form, body);
}

/** What the story gained: the update summary (cited), the new articles, new conflicts and facts only they report. */
function updateView(update, story) {
  const sources = byNumber(update.sources);
  const outletOf = new Map(update.sources.map(s => [s.number, outletLabel(s)]));
  // since a visit, new means arrived after it (whatever day an article is dated); since a day, dated on it or later
  const when = update.arrivedAfter ? "arrived since " + new Date(update.arrivedAfter).toLocaleString()
    : "dated " + longDate(update.since) + " or later";
  if (update.articles.length === 0) {
    return el("div", { class: "update" }, el("p", { class: "muted", "data-field": "new-count" },
      "Nothing new: no article of this story " + (update.arrivedAfter ? "has " + when : "is " + when) + "."));
  }
  const box = el("div", { class: "update" }, el("p", { class: "meta", "data-field": "new-count" },
    plural(update.articles.length, "new article") + " " + when + " · " + update.read + " read before"));
  box.append(el("h3", {}, "What they add"));
  if (update.summary.sentences.length === 0) {
    box.append(el("p", { class: "muted" }, update.summary.notice || "The new articles add nothing the earlier ones did not say."));
  }
  for (const sentence of update.summary.sentences) {
    const p = el("p", { class: "sentence" }, sentence.text);
    for (const citation of sentence.citations) p.append(citeLink(citation.source, citation.sentence, sources, story));
    // the update numbers its own sources, so a disputing source is named by its outlet
    const disputes = disputeNote(sentence.disputedBy || [], n => outletOf.get(n) || "[" + n + "]");
    if (disputes) p.append(el("span", { class: "disputed", "data-field": "disputed" }, " (" + disputes + ")"));
    box.append(p);
  }
  box.append(el("h3", {}, "New articles"));
  box.append(listWithMore("ul", { class: "new-articles" }, update.articles, 10, "new articles", article =>
    el("li", {}, el("a", { href: articleHref(article.id) }, article.title || article.id),
      el("span", { class: "outlet" }, " — " + [article.outlet, article.published].filter(Boolean).join(", ")))));
  const newConflicts = update.conflicts.filter(c => !c.update);
  const newUpdates = update.conflicts.filter(c => c.update);
  if (newConflicts.length) {
    box.append(el("h3", {}, "New conflicts"));
    box.append(listWithMore("ul", { class: "conflicts" }, newConflicts, 5, "new conflicts",
      conflict => conflictItem(conflict, outletOf, sources, story)));
  }
  if (newUpdates.length) {
    // the story moving on, or an outlet's revised copy: listed apart, no outlet contradicting another
    box.append(el("h3", {}, "Updates"));
    box.append(listWithMore("ul", { class: "conflicts" }, newUpdates, 5, "updates",
      conflict => conflictItem(conflict, outletOf, sources, story)));
  }
  if (update.facts.length) {
    box.append(el("h3", {}, "Facts only the new articles report"));
    box.append(listWithMore("ul", { class: "new-facts" }, update.facts, 6, "new facts", fact =>
      el("li", {}, fact.text, el("span", { class: "outlet" }, " — " + fact.outlets.join(", ")),
        ...fact.reports.map(r => citeLink(r.source, r.sentence, sources, story)))));
  }
  return box;
}

/** How each feature's data is laid out; a feature without one is shown as its JSON. */
const FEATURE_VIEWS = { timeline: timelineView, comparison: comparisonView };
