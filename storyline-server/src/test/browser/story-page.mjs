// Browser test of Storyline's web page: Debian's chromium, driven by playwright-core (browser.mjs).
// Usage: node story-page.mjs BASE_URL OUT_DIR HOSTILE_STORY_ID
// The server must already hold examples/harbour-bridge and the hostile article (BrowserTest does this).
// Exits 1, listing every problem, on a failed check, a page showing an error, or any console error.
import path from "node:path";
import { args, inBrowser, shoot } from "./browser.mjs";

const [base, outDir, hostileStory] = args("node story-page.mjs BASE_URL OUT_DIR HOSTILE_STORY_ID", 3);

await inBrowser({ width: 1100, height: 900 }, async (page, check) => {
  const noErrorShown = async where => {
    const shown = await page.locator(".error").count();
    check(shown === 0, where + ": the page shows an error: " + (shown ? await page.locator(".error").first().textContent() : ""));
  };

  // Front page: the example story is listed.
  await page.goto(base, { waitUntil: "networkidle" });
  const link = page.locator(".story-list a", { hasText: /Port Alder|Tern Harbour|bridge/i }).first();
  await link.waitFor({ timeout: 15000 });
  await noErrorShown("front page");
  await page.screenshot({ path: path.join(outDir, "front-page.png"), fullPage: true });

  // Story page: a cited summary; selecting a citation shows the source sentence and links to the article.
  await link.click();
  await page.waitForSelector(".summary p.sentence", { timeout: 30000 });
  await noErrorShown("story page");
  const sentences = await page.locator(".summary p.sentence").count();
  check(sentences > 0, "the story page shows no summary sentence");
  const outlets = await page.locator(".outlets li").count();
  check(outlets >= 3, "the story page lists " + outlets + " sources, expected the example's outlets");
  const citation = page.locator(".summary .cite").first();
  await citation.click();
  const panel = page.locator(".source-panel");
  await panel.waitFor({ state: "visible" });
  const quoted = (await panel.locator("blockquote").textContent()).trim();
  check(quoted.length > 20, "the selected citation shows no source sentence");
  check(await citation.getAttribute("aria-pressed") === "true", "the selected citation is not marked");
  const timeline = page.locator("[data-feature='timeline']");
  check(await timeline.isVisible(), "the story spans several days but its timeline is not shown");
  check(await timeline.locator(".coverage svg rect").count() > 0, "the timeline shows no picture of coverage per day");
  check(await timeline.locator("h3 time").count() > 0, "the timeline shows no dated entry");
  // the example's undated articles (posted without a date) are named by title and outlet, not by api:ID
  const inferred = timeline.locator("p.meta", { hasText: "Dates read from the text of undated articles" });
  check(await inferred.count() === 1, "the timeline does not say which dates it read from undated articles");
  const named = await inferred.textContent();
  check(named.includes("“") && named.includes(" (") && !named.includes("api:"),
    "the inferred dates name articles by where they were read from, not by title: " + named);
  const comparison = page.locator("[data-feature='comparison']");
  check(await comparison.isVisible(), "the story has several outlets but no comparison is shown");
  const matrixRows = await comparison.locator("table.matrix tbody tr").count();
  check(matrixRows > 2, "the comparison shows no facts-by-outlet matrix (" + matrixRows + " rows)");
  check(await page.locator("iframe, frame, object, embed").count() === 0, "the story page nests another document");
  await page.screenshot({ path: path.join(outDir, "story-page.png"), fullPage: true });
  await shoot(page, comparison, path.join(outDir, "story-comparison.png"));

  await panel.locator("[data-field='article-link']").click();
  await page.waitForSelector(".article-text p", { timeout: 15000 });
  await noErrorShown("article page");
  const articleText = (await page.locator(".article-text").textContent()).replace(/\s+/g, " ");
  check(articleText.includes(quoted.replace(/\s+/g, " ")), "the cited article does not contain the source sentence: " + quoted);

  // Search.
  await page.goto(base + "search?q=cargo+ship", { waitUntil: "networkidle" });
  await page.waitForSelector("main [data-field='loading']", { state: "detached", timeout: 15000 });
  check(await page.locator(".story-list a").count() >= 1, "searching for 'cargo ship' finds no story");

  // A hostile article: its markup is shown as text, its script URL is no link, nothing runs.
  await page.goto(base + "story/" + hostileStory, { waitUntil: "networkidle" });
  await page.waitForSelector(".story h1", { timeout: 30000 });
  const title = await page.locator(".story h1").textContent();
  check(title.includes("<script>"), "the hostile title is not shown as text: " + title);
  await page.locator(".summary .cite").first().click().catch(() => {});
  await page.goto(base + "article/evil-1", { waitUntil: "networkidle" });
  await page.waitForSelector(".article-text p", { timeout: 15000 });
  for (const where of ["article page"]) {
    check(await page.evaluate(() => window.__pwned === undefined), where + ": a script from the article ran");
    check(await page.locator("a[href^='javascript:' i]").count() === 0, where + ": a javascript: URL became a link");
    check(await page.locator("main script, main img, main iframe").count() === 0, where + ": article markup became elements");
  }
  await page.goto(base + "story/" + hostileStory, { waitUntil: "networkidle" });
  await page.waitForSelector(".story h1");
  check(await page.evaluate(() => window.__pwned === undefined), "story page: a script from the article ran");
  check(await page.locator("a[href^='javascript:' i]").count() === 0, "story page: a javascript: URL became a link");
  check(await page.locator("main script, main img").count() === 0, "story page: article markup became elements");
}, "browser test passed; screenshots in " + outDir);
