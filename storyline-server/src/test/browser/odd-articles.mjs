// Browser test of the web page with odd articles: a 10,000-letter word in a title must not widen the
// page, and an article whose id has a ".." segment must open from its story's source list.
// Usage: node odd-articles.mjs BASE_URL OUT_DIR LONG_STORY_ID DOTS_STORY_ID DOTS_MARKER
// Exits 1, listing every problem, on a failed check or any console error.
import path from "node:path";
import { args, inBrowser } from "./browser.mjs";

const [base, outDir, longStory, dotsStory, marker] =
  args("node odd-articles.mjs BASE_URL OUT_DIR LONG_STORY_ID DOTS_STORY_ID DOTS_MARKER", 5);

await inBrowser({ width: 1000, height: 800 }, async (page, check) => {
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

  for (const [where, url] of [["front page", base], ["story page", base + "story/" + longStory]]) {
    await page.goto(url, { waitUntil: "networkidle" });
    await page.waitForSelector(where === "front page" ? ".story-list a" : ".story h1", { timeout: 30000 });
    const width = await pageWidth();
    check(width <= 1000, where + ": a long word in a title widens the page to " + width + " px (the window is 1000)");
  }
  await page.screenshot({ path: path.join(outDir, "long-title.png") });

  await page.goto(base + "story/" + dotsStory, { waitUntil: "networkidle" });
  await page.waitForSelector(".outlets li a", { timeout: 30000 });
  await page.locator(".outlets li a").first().click();
  // wait for the article page's outcome: not the story page the link was on, nor the "Loading…" every page starts
  // with (a .muted paragraph, which under load this wait took for the outcome)
  await page.waitForURL(url => url.pathname.startsWith("/article"), { timeout: 15000 });
  await page.waitForSelector("main [data-field='loading']", { state: "detached", timeout: 15000 });
  const text = (await page.locator("main").textContent()) || "";
  check(text.includes(marker), "the article whose id has '..' did not open from its story (" + page.url() + "): "
    + text.slice(0, 200));
}, "odd-articles browser test passed");
