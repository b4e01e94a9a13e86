package io.storyline.ingest;

import java.time.LocalDate;

/**
 * A Markdown file ({@code .md}, {@code .markdown}) named as an article: its markup is taken off
 * ({@link MarkdownText}) so no {@code #}, {@code **} or link target reaches a summary; the first heading is
 * the headline, and a front matter block ({@code ---} lines at the top, as static-site generators write)
 * gives the title, outlet, date and address where it has them. In a folder, Markdown files are the
 * folder's notes and are not read ({@code ArticleLoader}); named on the command line they are.
 */
final class MarkdownFormat implements ArticleFormat {

    @Override
    public boolean recognises(Input input) {
        String extension = input.extension();
        return extension.equals("md") || extension.equals("markdown");
    }

    @Override
    public void read(Input input, Reading reading) throws UnusableInputException {
        MarkdownText.Document document = MarkdownText.read(Input.nonBlank(input.text()));
        MarkdownText.FrontMatter front = document.frontMatter();
        LocalDate date = DateParsing.parseIso(front.date());
        if (front.date() != null && date == null) {
            reading.noted(input.location(), "has \"date: " + front.date() + "\" in its front matter, which is not"
                    + " an ISO date such as 2011-03-31: read as undated");
        }
        String title = front.title() != null ? front.title() : document.heading();
        Metadata meta = new Metadata(null, front.outlet(), front.url(), title, date);
        reading.add(Articles.assemble(document.text(), meta, input.from(), reading.fallbackDate(),
                front.url() != null ? front.url() : input.address()));
    }
}
