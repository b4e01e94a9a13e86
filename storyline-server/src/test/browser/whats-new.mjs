// Browser test of the story page's "what's new" section (StoryPageBrowserTest posts the story).
// LAST_VISIT is an instant: the articles that arrived after it are new (NEW_SINCE_VISIT of them).
// Usage: node whats-new.mjs BASE_URL OUT_DIR STORY_ID LAST_VISIT NEW_SINCE_VISIT PICKED_DAY NEW_SINCE_PICKED
// A first visit shows no update and records the visit in localStorage; with a last visit of LAST_VISIT
// (an ISO instant) the page shows NEW_SINCE_VISIT new articles and their cited update summary; the
// reader picking PICKED_DAY shows NEW_SINCE_PICKED, and a day after every article shows nothing new.
// Exits 1, listing every problem.
import path from "node:path";
import { args, inBrowser, shoot } from "./browser.mjs";

const [base, outDir, story, lastVisit, sinceVisit, pickedDay, sincePicked] =
  args("node whats-new.mjs BASE_URL OUT_DIR STORY_ID LAST_VISIT NEW_SINCE_VISIT PICKED_DAY NEW_SINCE_PICKED", 7);

await inBrowser({ width: 1100, height: 900 }, async (page, check) => {
  const section = page.locator("[data-field='whats-new']");
  const newArticles = section.locator(".new-articles li");

  // First visit: nothing to compare with; the visit is remembered.
  await page.goto(base + "story/" + story, { waitUntil: "networkidle" });
  await section.waitFor({ timeout: 30000 });
  check(await newArticles.count() === 0, "a first visit lists new articles");
  const remembered = await page.evaluate(id => JSON.parse(localStorage.getItem("storyline.visits") || "{}")[id], story);
  check(typeof remembered === "string" && Math.abs(Date.parse(remembered) - Date.now()) < 120000,
    "the visit is not remembered in localStorage: " + remembered);

  // A return visit: what is new since the last one.
  await page.evaluate(([id, when]) => localStorage.setItem("storyline.visits", JSON.stringify({ [id]: when })), [story, lastVisit]);
  await page.reload({ waitUntil: "networkidle" });
  await section.locator(".update").waitFor({ timeout: 30000 });
  check((await section.locator("h2").textContent()) === "New since your last visit", "the section is not headed for the last visit");
  check(await newArticles.count() === Number(sinceVisit), "since the last visit: " + await newArticles.count()
    + " new articles listed, expected " + sinceVisit);
  check(await section.locator(".update p.sentence").count() > 0, "no update summary since the last visit");
  check(await section.locator(".update p.sentence a.cite").count() > 0, "the update summary cites nothing");
  check(await section.locator(".error").count() === 0, "the section shows an error");
  check(await section.locator("h1, h2").count() === 1 && await section.locator("h4, h5, h6").count() === 0,
    "the section's headings are not one h2 over h3s");
  await shoot(page, section, path.join(outDir, "whats-new-last-visit.png"));

  // A day the reader picks.
  await section.locator("input[type='date']").fill(pickedDay);
  await section.locator("button[type='submit']").click();
  await section.locator("h2", { hasText: /^New since \w+ \d+ \w+ \d{4}$/ }).waitFor({ timeout: 30000 });
  await section.locator(".update").waitFor({ timeout: 30000 });
  check(await newArticles.count() === Number(sincePicked), "since " + pickedDay + ": " + await newArticles.count()
    + " new articles listed, expected " + sincePicked);
  const hostile = await page.evaluate(() => window.__pwned === undefined && !document.querySelector("main img, main script"));
  check(hostile, "article markup in the new articles became elements or ran");
  await shoot(page, section, path.join(outDir, "whats-new-picked-day.png"));

  // A day after every article: nothing new, said in one line.
  await section.locator("input[type='date']").fill("2030-01-01");
  await section.locator("button[type='submit']").click();
  await section.locator("[data-field='new-count']", { hasText: /^Nothing new/ }).waitFor({ timeout: 30000 });
  check(await newArticles.count() === 0 && await section.locator(".update p").count() === 1,
    "a day after every article does not show just 'nothing new'");
}, "whats-new: ok");
