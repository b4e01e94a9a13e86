// Storyline's web page. Everything that comes from articles (titles, outlets, text, URLs) is put
// on the page as text nodes or checked attributes, never parsed as markup; a URL becomes a link
// only when it is plain http(s).
"use strict";

const view = document.getElementById("view");

/** Elements that hold a line of text: each takes its direction from its text (Arabic, Hebrew: right to left). */
const TEXT_TAGS = new Set(["p", "li", "h1", "h2", "h3", "blockquote", "td", "th", "dt", "dd", "figcaption"]);

/** An element with attributes and children; string children become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  if (TEXT_TAGS.has(tag)) node.setAttribute("dir", "auto");
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

/** The URL when it is an absolute http(s) address, else null: no javascript:, data: or relative tricks. */
function safeUrl(url) {
  if (typeof url !== "string") return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

/** A path segment per id segment, so ids with slashes stay readable and nothing is read as a path step. */
function idPath(id) {
  return String(id).split("/").map(encodeURIComponent).join("/");
}

/**
 * An id with a ".", ".." or empty segment would be changed by the browser's URL rules (a/../b is b),
 * so it goes as a query parameter instead; a backslash is read as a slash in http URLs, so it does too.
 */
function pathSafe(id) {
  return String(id).split("/").every(segment => segment !== "" && segment !== "." && segment !== "..")
    && !String(id).includes("\\");
}

function articleHref(id) {
  return pathSafe(id) ? "/article/" + idPath(id) : "/article?id=" + encodeURIComponent(id);
}

function articleApi(id) {
  return pathSafe(id) ? "/api/articles/" + idPath(id) : "/api/articles?id=" + encodeURIComponent(id);
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error("the server's answer to " + path + " was not JSON");
  }
  if (!response.ok) {
    const error = new Error(body && body.error ? body.error : "request failed: " + response.status);
    error.status = response.status;
    throw error;
  }
  return body;
}

function show(...nodes) {
  view.replaceChildren(...nodes);
}

function showError(error) {
  const notFound = error && error.status === 404;
  show(el("h1", {}, notFound ? "Not found" : "Something went wrong"),
       el("p", { class: notFound ? "muted" : "error" }, String(error && error.message ? error.message : error)),
       el("p", {}, el("a", { href: "/" }, "Back to the front page")));
}

function dates(item) {
  if (!item.first) return "undated";
  return item.first === item.last ? item.first : item.first + " – " + item.last;
}

function storyList(stories, emptyText) {
  if (stories.length === 0) return el("p", { class: "muted" }, emptyText);
  const list = el("ol", { class: "story-list" });
  for (const story of stories) list.append(storyItem(story));
  return list;
}

function storyItem(story) {
  return el("li", { "data-story": story.id },
    el("a", { href: "/story/" + encodeURIComponent(story.id) }, story.label),
    el("div", { class: "meta" }, dates(story) + " · " + story.articles + (story.articles === 1 ? " article" : " articles")
      + " · " + story.outlets.join(", ")));
}

/** What a storyline's heading line says: its span, how many events and articles, how many undated. */
function storylineMeta(line) {
  return dates(line) + " · " + line.events.length + (line.events.length === 1 ? " event" : " events") + " · "
    + line.articles + (line.articles === 1 ? " article" : " articles")
    + (line.undated ? " · " + line.undated + " undated" : "")
    + (line.outsideSpan ? " · " + line.outsideSpan + " dated far from the rest" : "");
}

/** Storylines, each with its events (stories) in time order; an event links to its story page. */
function storylineList(lines, emptyText) {
  if (lines.length === 0) return el("p", { class: "muted" }, emptyText);
  const list = el("ol", { class: "storyline-list" });
  for (const line of lines) {
    const events = el("ol", { class: "story-list" });
    for (const story of line.events) events.append(storyItem(story));
    if (line.events.length === 1 && !line.undated && !line.outsideSpan) {
      // a storyline of one event is that event: its headline once, not a label repeating it above it
      list.append(el("li", { "data-storyline": line.id, class: "single-event" }, events));
      continue;
    }
    list.append(el("li", { "data-storyline": line.id },
      el("h2", { class: "storyline-label" }, el("a", { href: "/storyline/" + encodeURIComponent(line.id) }, line.label)),
      el("div", { class: "meta" }, storylineMeta(line)),
      events));
  }
  return list;
}

async function frontPage(params) {
  const sort = params.get("sort") === "biggest" ? "biggest" : "newest";
  document.title = "Storyline";
  const data = await api("/api/storylines?sort=" + sort + "&limit=100");
  const tab = (name, label) => el("a", { href: "/?sort=" + name, "aria-current": sort === name ? "page" : null }, label);
  show(el("h1", {}, "Storylines"),
       el("nav", { class: "tabs", "aria-label": "Order" }, tab("newest", "Newest"), tab("biggest", "Biggest")),
       storylineList(data.storylines, "No stories yet: add articles with POST /api/articles or ./storyline ingest."),
       el("p", { class: "muted" }, data.total + (data.total === 1 ? " storyline" : " storylines")));
}

// One storyline: its events in time order and one timeline over all their articles.
async function storylinePage(id) {
  const line = await api("/api/storylines/" + encodeURIComponent(id));
  if (String(line.id) !== String(id)) history.replaceState(null, "", "/storyline/" + encodeURIComponent(line.id));
  document.title = line.label + " · Storyline";
  const events = el("ol", { class: "story-list" });
  for (const story of line.events) events.append(storyItem(story));
  const timeline = el("section", { class: "feature", "data-feature": "timeline", hidden: true },
    el("h2", {}, "Timeline"), el("div", { "data-field": "body" }));
  show(el("article", { class: "storyline" },
    el("p", { class: "kicker" }, "Storyline"),
    el("h1", {}, line.label),
    el("p", { class: "meta" }, storylineMeta(line)),
    el("h2", {}, "Events"), events, timeline));
  if (line.timeline) {
    // the timeline's citations point at its own source list, shown below it
    showFeature(timeline, line.timeline, { id: line.id, sourceOfArticle: new Map() });
    const sources = el("ol", { class: "sources" });
    for (const source of (line.timeline.data && line.timeline.data.sources) || []) sources.append(sourceItem(source));
    timeline.append(el("h3", {}, "Sources"), sources);
  }
}

async function searchPage(params) {
  const q = params.get("q") || "";
  const entity = params.get("entity") || "";
  const box = document.querySelector(".search input");
  if (box) box.value = q || entity;
  const query = entity ? "entity=" + encodeURIComponent(entity) : "q=" + encodeURIComponent(q);
  document.title = "Search · Storyline";
  const data = await api("/api/stories?" + query + "&limit=100");
  show(el("h1", {}, entity ? "Stories naming “" + entity + "”" : "Stories matching “" + q + "”"),
       storyList(data.stories, "No story matches."),
       ...(q ? [el("p", {}, feedLink("/feeds/search?q=" + encodeURIComponent(q), "Follow this search in a feed reader"))] : []));
}

/** A numbered source list's item, the target of citations "#source-N": its article, outlet and date, and its original page. */
function sourceItem(source) {
  const original = safeUrl(source.url);
  return el("li", { value: source.number, id: "source-" + source.number },
    el("a", { href: articleHref(source.articleId) }, source.title || source.articleId),
    " — " + sourceLine(source),
    original ? " · " : null,
    original ? el("a", { href: original, rel: "noopener noreferrer" }, "original") : null);
}

function sourceLine(source) {
  return [source.outlet, source.published].filter(Boolean).join(", ");
}

// The sources that tell a sentence's event with another value, as "2 says five workers; 4 says Wednesday".
function disputeNote(disputes, nameOf = source => source) {
  const bySource = new Map();
  const disagreeing = new Set();
  for (const d of disputes) {
    const source = d.citation ? d.citation.source : d.source;
    if (!bySource.has(source)) bySource.set(source, []);
    bySource.get(source).push(d.value);
    if (!d.update) disagreeing.add(source);
  }
  // "update: 2 says 25 people": the story moving on, or the outlet's revised copy, not a disagreement
  return [...bySource].map(([source, values]) => (disagreeing.has(source) ? "" : "update: ") + nameOf(source)
    + " says " + values.join(", ")).join("; ");
}

function showSource(panel, citation, source, button) {
  for (const other of panel.parentNode.querySelectorAll(".cite[aria-pressed='true']")) {
    other.setAttribute("aria-pressed", "false");
  }
  button.setAttribute("aria-pressed", "true");
  const original = safeUrl(source.url);
  panel.replaceChildren(
    el("blockquote", { "data-field": "source-sentence" }, citation.sentence),
    el("p", { class: "meta" }, "[" + source.number + "] " + sourceLine(source) + (source.title ? " — " : ""),
      source.title ? el("cite", {}, source.title) : null),
    el("p", { class: "meta" },
      el("a", { href: articleHref(source.articleId), "data-field": "article-link" }, "Read the article here"),
      original ? " · " : null,
      original ? el("a", { href: original, rel: "noopener noreferrer", "data-field": "original-link" }, "at the outlet") : null));
  panel.hidden = false;
}

// A feature laid out in the page from its data (story.js); one with no layout there is shown as its JSON.
function showFeature(section, feature, story) {
  const body = section.querySelector("[data-field='body']");
  const view = FEATURE_VIEWS[section.dataset.feature];
  body.replaceChildren(view && feature.data ? view(feature.data, story)
    : el("pre", {}, JSON.stringify(feature.data, null, 2)));
  section.hidden = false;
}

async function storyPage(id) {
  const story = await api("/api/stories/" + encodeURIComponent(id));
  if (String(story.id) !== String(id)) history.replaceState(null, "", "/story/" + encodeURIComponent(story.id));
  document.title = story.label + " · Storyline";
  const page = document.getElementById("story-template").content.firstElementChild.cloneNode(true);
  const field = name => page.querySelector("[data-field='" + name + "']");
  field("label").textContent = story.label;
  field("meta").textContent = dates(story) + " · " + story.articles.length + " articles · " + story.outlets.join(", ");
  field("meta").append(" · ", feedLink("/feeds/story/" + encodeURIComponent(story.id), "Follow this story in a feed reader"));
  const sources = new Map(story.summary.sources.map(s => [s.number, s]));
  const summary = field("summary");
  const panel = field("source");
  if (story.summaryCurrent === false) {
    // the server makes summaries in the background; until then it sends the last one or the first article's lead
    summary.append(el("p", { class: "muted", "data-field": "summary-pending" },
      "The summary is being brought up to date with the latest articles; reload in a moment to see it."));
  }
  if (story.summary.sentences.length === 0) summary.append(el("p", { class: "muted" }, "No summary: the articles hold no usable sentence."));
  story.summary.sentences.forEach((sentence, i) => {
    const p = el("p", { class: "sentence", id: "s" + (i + 1) }, sentence.text);
    for (const citation of sentence.citations) {
      const source = sources.get(citation.source);
      const button = el("button", { type: "button", class: "cite", "aria-pressed": "false",
        title: source ? sourceLine(source) : "" }, "[" + citation.source + "]");
      button.addEventListener("click", () => showSource(panel, citation, source || { number: citation.source }, button));
      p.append(button);
    }
    const disputes = disputeNote(sentence.disputedBy || []);
    if (disputes) p.append(el("span", { class: "disputed", "data-field": "disputed" }, " (" + disputes + ")"));
    summary.append(p);
  });
  // what story.js needs to point a feature's citations at this page's source list
  const context = { id: story.id, sourceOfArticle: new Map(story.summary.sources.map(s => [s.articleId, s])) };
  page.querySelector("header").after(whatsNewSection(context));
  for (const section of page.querySelectorAll("[data-feature]")) {
    const feature = story.features && story.features[section.dataset.feature];
    if (feature) showFeature(section, feature, context);
  }
  const list = field("sources");
  for (const source of story.summary.sources) list.append(sourceItem(source));
  show(page);
}

async function articlePage(id) {
  const article = await api(articleApi(id));
  document.title = (article.title || article.id) + " · Storyline";
  const original = safeUrl(article.url);
  const text = el("div", { class: "article-text" });
  for (const paragraph of article.text.split(/\n\s*\n/)) text.append(el("p", {}, paragraph));
  show(el("p", { class: "kicker" }, article.outlet),
       el("h1", {}, article.title || article.id),
       el("p", { class: "meta" }, [article.published, "part of "].filter(Boolean).join(" · "),
         el("a", { href: "/story/" + encodeURIComponent(article.story.id) }, article.story.label),
         original ? " · " : null,
         original ? el("a", { href: original, rel: "noopener noreferrer" }, "original") : null),
       text);
}

/** A link to one of the server's Atom feeds. */
function feedLink(href, label) {
  return el("a", { class: "feed-link", href: href, type: "application/atom+xml" }, label);
}

function when(instant) {
  return instant ? new Date(instant).toLocaleString() : "never";
}

// The followed feeds and sitemaps with their health (GET /api/sources).
async function sourcesPage() {
  document.title = "Sources · Storyline";
  const data = await api("/api/sources");
  const list = el("ol", { class: "source-list" });
  for (const source of data.sources) {
    const address = safeUrl(source.url);
    list.append(el("li", { "data-source": source.id },
      el("div", {}, el("span", { class: "status status-" + source.status, "data-field": "status" }, source.status), " ",
        address ? el("a", { href: address, rel: "noopener noreferrer" }, source.title || source.url) : source.url),
      el("div", { class: "meta" }, "last success " + when(source.lastSuccess) + " · next poll " + when(source.nextPoll)
        + " · every " + (source.intervalSeconds < 120 ? source.intervalSeconds + " s" : Math.round(source.intervalSeconds / 60) + " min")),
      el("div", { class: "meta", "data-field": "counts" }, source.itemsSeen + " items seen · " + source.articlesAdded
        + " articles added"),
      source.lastError ? el("div", { class: "meta", "data-field": "last-error" }, "last error (" + when(source.lastErrorAt)
        + "): " + source.lastError) : null));
  }
  show(el("h1", {}, "Sources"),
       data.sources.length ? list : el("p", { class: "muted" },
         "No followed sources: start the server with --follow FILE, or POST /api/sources."),
       el("p", {}, feedLink("/feeds/front", "Follow the newest stories in a feed reader")));
}

async function route() {
  const path = location.pathname;
  const params = new URLSearchParams(location.search);
  try {
    if (path === "/" || path === "") await frontPage(params);
    else if (path === "/search") await searchPage(params);
    else if (path === "/sources") await sourcesPage();
    else if (path.startsWith("/storyline/")) await storylinePage(decodeURIComponent(path.slice("/storyline/".length)));
    else if (path.startsWith("/story/")) await storyPage(decodeURIComponent(path.slice("/story/".length)));
    else if (path === "/article" && params.has("id")) await articlePage(params.get("id"));
    else if (path.startsWith("/article/")) await articlePage(path.slice("/article/".length).split("/").map(decodeURIComponent).join("/"));
    else showError({ status: 404, message: "no page at " + path });
  } catch (error) {
    showError(error);
  }
}

route();
