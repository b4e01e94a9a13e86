// Browser test of the front page's storylines: Debian's chromium, driven by playwright-core (browser.mjs).
// Usage: node storylines.mjs BASE_URL OUT_DIR LATER_ARTICLES_JSON
// The server must already hold the first days' articles (StorylineBrowserTest posts them); this script
// posts the later ones itself, as a client would, and checks that the page shows them joined.
import fs from "node:fs";
import path from "node:path";
import { args, inBrowser } from "./browser.mjs";

const [base, outDir, laterFile] = args("node storylines.mjs BASE_URL OUT_DIR LATER_ARTICLES_JSON", 3);

await inBrowser({ width: 1100, height: 900 }, async (page, check) => {
  const storylines = page.locator(".storyline-list > li");
  const floodLine = storylines.filter({ hasText: /Kelby flood forces/ });
  const eventsOf = async line => (await line.locator(".story-list > li > a").allTextContents()).map(t => t.trim());

  // Before the inquiry: two storylines, the flood's with one event.
  await page.goto(base, { waitUntil: "networkidle" });
  await storylines.first().waitFor({ timeout: 15000 });
  check(await storylines.count() === 2, "the front page lists " + await storylines.count() + " storylines, expected 2");
  check((await eventsOf(floodLine)).length === 1, "before the inquiry the flood's storyline has events "
    + JSON.stringify(await eventsOf(floodLine)));
  // a storyline of one event shows the event's headline once, with no label repeating it
  check(await floodLine.locator(".storyline-label").count() === 0 && await floodLine.locator("a").count() === 1,
    "a storyline of one event repeats its headline: " + (await floodLine.textContent()).slice(0, 200));

  // The inquiry arrives three weeks later: it joins the flood's storyline as its second event.
  const posted = await fetch(new URL("/api/articles", base), { method: "POST",
    headers: { "Content-Type": "application/json" }, body: fs.readFileSync(laterFile, "utf8") });
  check(posted.status === 201, "posting the inquiry's articles gave " + posted.status);
  await page.goto(base, { waitUntil: "networkidle" });
  await storylines.first().waitFor({ timeout: 15000 });
  check(await storylines.count() === 2, "after the inquiry the front page lists " + await storylines.count()
    + " storylines, expected still 2");
  const events = await eventsOf(floodLine);
  check(events.length === 2 && /flood forces/.test(events[0]) && /inquiry/i.test(events[1]),
    "the flood's storyline does not list the flood then the inquiry: " + JSON.stringify(events));
  check(/2 events · 4 articles/.test(await floodLine.locator(".meta").first().textContent()),
    "the flood's storyline does not say 2 events and 4 articles");
  check(await storylines.first().getAttribute("data-storyline") === await floodLine.getAttribute("data-storyline"),
    "the flood's storyline (newest) is not listed first");
  check(await page.locator(".error").count() === 0, "the front page shows an error");
  await page.screenshot({ path: path.join(outDir, "front-page-storylines.png"), fullPage: true });

  // The storyline's own page: its events in time order and one timeline over all of them.
  await floodLine.locator(".storyline-label a").click();
  await page.waitForSelector(".storyline h1", { timeout: 15000 });
  const onPage = (await page.locator(".storyline .story-list > li > a").allTextContents()).map(t => t.trim());
  check(JSON.stringify(onPage) === JSON.stringify(events), "the storyline page lists " + JSON.stringify(onPage));
  const timeline = page.locator(".storyline [data-feature='timeline']");
  await timeline.waitFor({ state: "visible", timeout: 15000 });
  const bars = await timeline.locator("svg rect").count();
  check(bars > 0, "the storyline's timeline shows no picture of coverage per day");
  const text = await timeline.textContent();
  check(await page.locator("iframe").count() === 0, "the storyline page nests a document");
  const cites = await timeline.locator("a.cite").evaluateAll(links => links.map(a => a.getAttribute("href")));
  for (const href of cites) {
    check(await page.locator(href).count() === 1, "the timeline's citation " + href + " has no source on the page");
  }
  check(/2024-03-0\d|March 2024|Mar/.test(text) && /2024-03-2\d|28|29/.test(text),
    "the storyline's timeline does not run from the flood to the inquiry: " + text.slice(0, 300));
  check(await page.locator(".error").count() === 0, "the storyline page shows an error");
  await page.screenshot({ path: path.join(outDir, "storyline-page.png"), fullPage: true });

  // An event opens its story page.
  await page.locator(".storyline .story-list > li > a").last().click();
  await page.waitForSelector(".story h1", { timeout: 30000 });
  check(/inquiry/i.test(await page.locator(".story h1").textContent()), "the inquiry event does not open its story");
}, "storylines browser test passed; screenshots in " + outDir);
