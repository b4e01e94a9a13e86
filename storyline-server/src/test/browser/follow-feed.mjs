// Browser test of following a feed end to end: Debian's chromium, driven by playwright-core (browser.mjs).
// Usage: node follow-feed.mjs BASE_URL OUT_DIR PUBLISH_URL NEW_HEADLINE
// The server must already follow a local feed of two articles of one story (FollowBrowserTest does this);
// requesting PUBLISH_URL makes the feed gain a third item, headlined NEW_HEADLINE, in the same story.
// Exits 1, listing every problem, on a failed check, a page showing an error, or any console error.
import path from "node:path";
import { args, inBrowser } from "./browser.mjs";

const [base, outDir, publishUrl, headline] = args("node follow-feed.mjs BASE_URL OUT_DIR PUBLISH_URL NEW_HEADLINE", 4);

/** Reloads the page until the condition holds (the follower polls on its own schedule). */
async function until(page, url, condition, what, problems, seconds = 60) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    await page.goto(url, { waitUntil: "networkidle" });
    if (await condition()) return true;
    if (Date.now() > deadline) { problems.push("within " + seconds + " s: " + what); return false; }
    await page.waitForTimeout(500);
  }
}

await inBrowser({ width: 1100, height: 900 }, async (page, check, problems) => {
  // The sources page shows the feed's health once it has been read.
  const counts = page.locator(".source-list [data-field='counts']").first();
  await until(page, base + "sources", async () => (await counts.count()) > 0 && /2 items seen/.test(await counts.textContent()),
    "the sources page shows the feed with its 2 items seen", problems);
  check(await page.locator(".source-list [data-field='status']").first().textContent() === "ok",
    "the followed feed's status is not ok");

  // The front page lists the story the feed's articles formed.
  const story = page.locator(".story-list a").first();
  await until(page, base, async () => (await story.count()) > 0, "the front page lists the followed feed's story", problems);
  const storyHref = await story.getAttribute("href");

  // The feed gains an item: the story page shows the new article in its sources, without a restart.
  const published = await fetch(publishUrl);
  check(published.ok, "the local feed did not take the new item: " + published.status);
  const newSource = page.locator(".outlets li", { hasText: headline });
  const newColumn = page.locator("[data-feature='comparison'] thead th[aria-label='Island Radio']");
  // the summary and its comparison are made again in the background: until then the page shows the previous
  // ones, so wait for the comparison too, not only for the article list
  await until(page, new URL(storyHref, base).href, async () => {
    await page.waitForSelector(".story h1", { timeout: 15000 });
    return (await newSource.count()) > 0 && (await newColumn.count()) === 1;
  }, "the story page lists the feed's new article (" + headline + ") among its sources and in its comparison",
    problems, 120);
  const meta = await page.locator(".story .meta").first().textContent();
  check(/3 articles/.test(meta), "the story does not count the new article: " + meta);
  check(await page.locator(".story a.feed-link").count() === 1, "the story page has no link to its Atom feed");
  check(await page.locator(".error").count() === 0, "the story page shows an error");
  await page.screenshot({ path: path.join(outDir, "follow-story.png"), fullPage: true });

  // The sources page counts the third item.
  await until(page, base + "sources", async () => /3 items seen/.test(await counts.textContent()),
    "the sources page counts the new item", problems);
  await page.screenshot({ path: path.join(outDir, "follow-sources.png"), fullPage: true });
}, "follow-feed: ok");
