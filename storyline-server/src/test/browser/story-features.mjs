// Browser test of the story page's features laid out in the page: a story of many outlets
// (StoryPageBrowserTest posts it), at a desktop and a narrow width.
// Usage: node story-features.mjs BASE_URL OUT_DIR STORY_ID OUTLETS
// Checks: no nested document; one heading scheme (one h1, a feature is an h2, what is inside it h3);
// the timeline's picture and dates; the matrix with a short-named column per outlet (full name as its
// label and tooltip), the main facts first and the rest behind a button, its outlets' row staying on
// screen while the reader scrolls through the facts; nothing wider than the window; hostile article
// text shown as text. Screenshots go to OUT_DIR. Exits 1, listing every problem.
import path from "node:path";
import { args, inBrowser, shoot } from "./browser.mjs";

const [base, outDir, story, outletCount] = args("node story-features.mjs BASE_URL OUT_DIR STORY_ID OUTLETS", 4);
const sizes = [{ name: "desktop", width: 1280, height: 900 }, { name: "narrow", width: 390, height: 844 }];

await inBrowser(sizes[0], async (page, check) => {
  for (const size of sizes) {
    const at = " (" + size.name + ")";
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(base + "story/" + story, { waitUntil: "networkidle" });
    await page.waitForSelector("[data-feature='comparison'] table.matrix", { timeout: 30000 });
    check(await page.locator(".error").count() === 0, "the story page shows an error" + at);
    check(await page.locator("iframe, frame, object, embed").count() === 0, "the story page nests another document" + at);

    // One heading scheme: a single h1, no level skipped, every feature an h2 holding only h3.
    const levels = await page.$$eval("main h1, main h2, main h3, main h4, main h5, main h6",
      hs => hs.filter(h => h.offsetParent !== null).map(h => Number(h.tagName[1])));
    check(levels.filter(l => l === 1).length === 1, "the page has " + levels.filter(l => l === 1).length + " h1 headings" + at);
    check(levels.every((l, i) => i === 0 || l <= levels[i - 1] + 1), "a heading level is skipped: " + levels.join(",") + at);
    for (const feature of ["timeline", "comparison"]) {
      const section = page.locator("[data-feature='" + feature + "']");
      check(await section.isVisible(), "the " + feature + " is not shown" + at);
      check(await section.locator("h2").count() === 1, "the " + feature + " has no h2 of its own" + at);
      check(await section.locator("h1, h4, h5, h6").count() === 0, "the " + feature + " has headings other than h2/h3" + at);
    }
    const timeline = page.locator("[data-feature='timeline']");
    check(await timeline.locator(".coverage svg rect").count() > 0, "the timeline has no picture of coverage" + at);
    const smallest = await timeline.locator(".coverage svg").evaluate(svg => Math.min(...[...svg.querySelectorAll("text.label")]
      .map(t => parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM().a)));
    check(smallest >= 9, "the picture's date labels are drawn at " + smallest.toFixed(1) + " px" + at);
    check(await timeline.locator("h3 time").count() > 0, "the timeline has no dated entry" + at);

    // The matrix: a column per outlet, short names with full names as label and tooltip.
    const matrix = page.locator("table.matrix");
    const columns = matrix.locator("thead th.outlet");
    check(await columns.count() === Number(outletCount), "the matrix has " + await columns.count() + " outlet columns, not " + outletCount + at);
    for (const th of await columns.all()) {
      const [label, title, text] = [await th.getAttribute("aria-label"), await th.getAttribute("title"), (await th.textContent()).trim()];
      check(label && label === title && text.length <= 5 && text.length < label.length + 1,
        "an outlet column is not a short name with its full name as label and tooltip: " + text + " / " + label + at);
    }
    const rows = matrix.locator("tbody tr");
    const total = await rows.count();
    const visible = await matrix.locator("tbody tr:visible").count();
    check(visible > 0 && visible <= 15 && visible < total, "the matrix shows " + visible + " of " + total + " facts at first" + at);
    const firstRows = await matrix.locator("tbody tr:visible").evaluateAll(trs => trs.map(tr => tr.className));
    const contested = await matrix.locator("tbody tr.contested").count();
    if (contested > 0) check(firstRows[0] === "contested", "the disputed facts do not come first" + at);
    const more = page.locator("[data-feature='comparison'] button.more", { hasText: "Show all " + total + " facts" });
    check(await more.count() === 1, "no 'Show all " + total + " facts' button" + at);
    await page.screenshot({ path: path.join(outDir, "story-" + size.name + ".png"), fullPage: true });
    await more.click();
    check(await matrix.locator("tbody tr:visible").count() === total, "'show all' does not show every fact" + at);

    // The outlets' row stays on screen while the reader scrolls through the facts.
    await rows.nth(Math.floor(total / 2)).evaluate(tr => window.scrollTo(0, tr.getBoundingClientRect().top + window.scrollY - 200));
    const headTop = await matrix.locator("thead th.outlet").first().evaluate(th => th.getBoundingClientRect().top);
    check(Math.abs(headTop) <= 2, "the matrix's outlet names scroll away (their top is at " + headTop + " px)" + at);

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    check(width <= size.width, "the page is " + width + " px wide in a " + size.width + " px window" + at);
    // what scrolls sideways inside a box that fits (the timeline's picture on a phone) is not wider than the window
    const widest = await page.$$eval("main *", nodes => {
      const scrolledInside = n => {
        for (let a = n.parentElement; a && a.tagName !== "MAIN"; a = a.parentElement) {
          if (/auto|scroll/.test(getComputedStyle(a).overflowX)) return true;
        }
        return false;
      };
      return Math.max(...nodes.filter(n => !scrolledInside(n)).map(n => n.getBoundingClientRect().right));
    });
    check(widest <= size.width + 1, "something on the page reaches " + widest + " px in a " + size.width + " px window" + at);
    await shoot(page, page.locator("[data-feature='comparison']"), path.join(outDir, "comparison-" + size.name + ".png"));

    // Hostile article text is text.
    check(await page.evaluate(() => window.__pwned === undefined), "a script from an article ran" + at);
    check(await page.locator("main script, main img").count() === 0, "article markup became elements" + at);
    check(await page.locator("a[href^='javascript:' i]").count() === 0, "a javascript: URL became a link" + at);
    check(await columns.filter({ hasText: /./ }).evaluateAll(ths => ths.some(th => th.title.includes("<img"))),
      "the hostile outlet's name is not shown as text in its column's tooltip" + at);
  }
}, "story-features: ok");
