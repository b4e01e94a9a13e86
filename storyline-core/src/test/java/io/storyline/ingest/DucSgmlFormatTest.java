package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.model.Article;
import io.storyline.model.Corpus;
import io.storyline.model.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DUC/TREC SGML: what each document gives, and how flawed files are read as far as they go. */
class DucSgmlFormatTest {

    /** Two invented wire stories in the layout NIST distributes, furniture included. */
    private static final String TWO_STORIES = """

            <DOC>
            <DOCNO> APW20010312.0044 </DOCNO>
            <DOCTYPE> NEWS STORY </DOCTYPE>
            <DATE_TIME> 2001-03-12 07:15:02 </DATE_TIME>
            <HEADER>
            A0123 &Cx1f; wstm-z
            </HEADER>
            <BODY>
            <SLUG> BC-FERRY-STRIKE </SLUG>
            <HEADLINE> Ferry Crews Walk Out Over Pay </HEADLINE>
            <TEXT>
            <P>
            \tHARBOURTON (AP) -- Ferry crews walked off the job on Monday,
            leaving thousands of commuters to find another way across the bay.
            </P>
            <P>
            \tThe union said talks with the operator had failed after the
            company offered a raise of 2 percent &AMP; nothing more.
            </P>
            <ANNOTATION>
               (STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)
            </ANNOTATION>
            <P>
            \tThe operator said it would keep one boat running for hospital staff.
            </P>
            </TEXT>
            </BODY>
            <TRAILER>
            AP-NY-03-12-01 0715EST &QL;
            </TRAILER>
            </DOC>
            <DOC>
            <DOCNO> NYT20010313.0101 </DOCNO>
            <DATE_TIME> 2001-03-13 22:54 </DATE_TIME>
            <BODY>
            <HEADLINE>
            BAY COMMUTERS WAIT AS FERRY TALKS RESUME
            </HEADLINE>
            <TEXT>
            <P>
               Talks between the ferry union and the operator resumed on Tuesday
            as commuters crowded the bridge buses for a second day.
            </P>
            </TEXT>
            </BODY>
            </DOC>
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Corpus load(Path file) {
        return new ArticleLoader(LoadOptions.asGiven()).load(List.of(file.toString()));
    }

    @Test
    void eachDocumentIsAnArticleWithItsDocnoAgencyDateAndHeadline() {
        Path file = write("ferry-strike", TWO_STORIES);

        Corpus corpus = load(file);

        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.articles()).extracting(Article::id, Article::outlet, Article::published, Article::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("APW20010312.0044", "Associated Press",
                                LocalDate.of(2001, 3, 12), "Ferry Crews Walk Out Over Pay"),
                        org.assertj.core.groups.Tuple.tuple("NYT20010313.0101", "New York Times",
                                LocalDate.of(2001, 3, 13), "BAY COMMUTERS WAIT AS FERRY TALKS RESUME"));
        assertThat(corpus.articles()).allSatisfy(a -> assertThat(a.origin()).isEqualTo(file.toString()));
    }

    @Test
    void paragraphsAreKeptAndWireFurnitureIsDropped() {
        Article strike = load(write("ferry-strike", TWO_STORIES)).articles().get(0);

        assertThat(strike.text()).isEqualTo("Ferry crews walked off the job on Monday, leaving thousands of "
                + "commuters to find another way across the bay.\n\n"
                + "The union said talks with the operator had failed after the company offered a raise of 2 "
                + "percent & nothing more.\n\n"
                + "The operator said it would keep one boat running for hospital staff.");
        assertThat(strike.text()).doesNotContain("STORY CAN END", "BC-FERRY", "&QL;", "wstm", "<");
    }

    @Test
    void recognisedByItsFirstTagWhateverTheFileIsCalled() {
        String one = TWO_STORIES.substring(0, TWO_STORIES.indexOf("<DOC>", 10));
        for (String name : List.of("APW20010312.0044", "story.txt", "story.sgml")) {
            Input input = Input.inMemory(Path.of(name), new Provenance(name, name, name, null),
                    one.getBytes(StandardCharsets.UTF_8));
            assertThat(ArticleFormats.ALL.formatOf(input)).as(name).isInstanceOf(DucSgmlFormat.class);
        }
        Input mention = Input.inMemory(Path.of("notes"), new Provenance("notes", "notes", "notes", null),
                "The archive wraps each story in <DOC> tags, the editor said.".getBytes(StandardCharsets.UTF_8));
        assertThat(ArticleFormats.ALL.formatOf(mention)).isInstanceOf(PlainTextFormat.class);
    }

    @Test
    void ducTwoThousandFourStylePlainTextIsStillPlainText() {
        Path file = write("D7.txt", "\nFerry crews walked off the job on Monday, leaving thousands of commuters \n"
                + "to find another way across the bay. The union said talks had ``failed.'' \n");

        Article article = load(file).articles().get(0);

        assertThat(article.id()).isEqualTo("D7");
        assertThat(article.outlet()).isEqualTo(Article.UNKNOWN_OUTLET);
        assertThat(article.title()).isNull();
        assertThat(article.text()).startsWith("Ferry crews walked off the job on Monday");
    }

    @Test
    void anUnknownAgencyIsNoOutletNameButTheDatelineStillIs() {
        String unknown = """
                <DOC>
                <DOCNO> QQX19990101.0001 </DOCNO>
                <DATE_TIME> 1999-01-01 10:00 </DATE_TIME>
                <HEADLINE> Harbour Freezes Over </HEADLINE>
                <TEXT><P>The harbour froze over on New Year's Day for the first time in forty years.</P></TEXT>
                </DOC>
                """;
        String withDateline = unknown.replace("The harbour", "LONDON (Reuters) - The harbour");

        Article plain = load(write("QQX19990101.0001", unknown)).articles().get(0);
        Article datelined = load(write("QQX19990101.0002", withDateline)).articles().get(0);

        assertThat(plain.outlet()).isEqualTo("unknown outlet");
        assertThat(plain.origin()).endsWith("QQX19990101.0001");
        assertThat(datelined.outlet()).isEqualTo("Reuters");
    }

    @Test
    void missingHeadlineAndDateTimeAreReadWithOneProblemNamingTheFile() {
        String flawed = """
                <DOC>
                <DOCNO> XIE19970704.0077 </DOCNO>
                <TEXT>
                <P>
                Rescue teams reached the flooded villages on Friday after the river fell overnight.
                </P>
                </TEXT>
                </DOC>
                """;
        Path file = write("XIE19970704.0077", flawed);

        Corpus corpus = load(file);

        Article article = corpus.articles().get(0);
        assertThat(article.outlet()).isEqualTo("Xinhua");
        assertThat(article.published()).isEqualTo(LocalDate.of(1997, 7, 4)); // the DOCNO's date
        assertThat(article.title()).isNull();
        assertThat(corpus.problems()).extracting(InputProblem::location).containsExactly(file.toString());
        assertThat(corpus.problems().get(0).problem()).contains("has no <DATE_TIME>", "has no <HEADLINE>");
    }

    @Test
    void aBrokenTagCostsOnlyItselfAndIsReported() {
        String broken = TWO_STORIES.replace("<HEADLINE> Ferry Crews", "<HEADLI Ferry Crews");

        Corpus corpus = load(write("broken", broken));

        assertThat(corpus.articles()).hasSize(2);
        assertThat(corpus.articles().get(0).text()).startsWith("Ferry crews walked off the job");
        assertThat(corpus.problems()).hasSize(1);
        assertThat(corpus.problems().get(0).problem())
                .contains("document APW20010312.0044 has a broken tag (<HEADLI Ferry Crews");
        assertThat(corpus.problems().get(0).problem()).doesNotContain("NYT20010313.0101");
    }

    @Test
    void aFileCutShortIsReadAsFarAsItGoes() {
        String cut = TWO_STORIES.substring(0, TWO_STORIES.indexOf("company offered"));
        Path file = write("cut", cut);

        Corpus corpus = load(file);

        assertThat(corpus.articles()).hasSize(1);
        assertThat(corpus.articles().get(0).text()).startsWith("Ferry crews walked off the job on Monday")
                .endsWith("after the");
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(file.toString());
            assertThat(p.problem()).contains("<TEXT> that is not closed", "ends before its </DOC>");
        });
    }

    @Test
    void aFileCutInsideATagIsReadAsFarAsItGoes() {
        String cut = TWO_STORIES.substring(0, TWO_STORIES.indexOf("</TEXT>") + 3);

        Corpus corpus = load(write("cut-in-tag", cut));

        assertThat(corpus.articles()).hasSize(1);
        assertThat(corpus.articles().get(0).text()).endsWith("hospital staff.");
        assertThat(corpus.problems()).singleElement().extracting(InputProblem::problem).asString()
                .contains("broken tag (</T)");
    }

    @Test
    void aDocumentWithoutTextGivesNoArticleAndSaysSo() {
        Path file = write("empty-doc", "<DOC>\n<DOCNO> APW20000101.0001 </DOCNO>\n</DOC>\n");

        Corpus corpus = load(file);

        assertThat(corpus.articles()).isEmpty();
        assertThat(corpus.problems()).singleElement().extracting(InputProblem::problem).asString()
                .startsWith("is DUC/TREC SGML with no readable document").contains("has no <TEXT>");
    }

    @Test
    void emptyAndBinaryFilesAreReportedAsAnyFileIs() {
        Path empty = write("APW20000101.0002", new byte[0]);
        byte[] binary = "<DOC>\n<DOCNO> APW20000101.0003 </DOCNO>\n\0\0\0\1\2".getBytes(StandardCharsets.ISO_8859_1);
        Path nul = write("APW20000101.0003", binary);

        assertThat(load(empty).problems()).singleElement().extracting(InputProblem::problem).isEqualTo("is empty");
        assertThat(load(nul).problems()).singleElement().extracting(InputProblem::problem).asString()
                .startsWith("is not text but binary data");
    }

    @Test
    void legacyEncodedTextIsReadAsWindows1252() {
        String story = """
                <DOC>
                <DOCNO> AFP19980505.0012 </DOCNO>
                <DATE_TIME> 1998-05-05 12:00 </DATE_TIME>
                <HEADLINE> Café owners protest new tax </HEADLINE>
                <TEXT><P>Café owners closed their doors on Tuesday in protest at the new tax on terraces.</P></TEXT>
                </DOC>
                """;

        Corpus corpus = load(write("AFP19980505.0012", story.getBytes(Charset.forName("windows-1252"))));

        assertThat(corpus.problems()).singleElement().satisfies(p -> assertThat(p.noted()).isTrue());
        assertThat(corpus.articles().get(0).title()).isEqualTo("Café owners protest new tax");
        assertThat(corpus.articles().get(0).outlet()).isEqualTo("Agence France-Presse");
    }

    @Test
    void americanDateTimesAndHtmlEntitiesAreRead() {
        String story = """
                <DOC>
                <DOCNO> APW19980610.1776 </DOCNO>
                <DATE_TIME> 06/11/1998 21:46:00 </DATE_TIME>
                <HEADLINE> Toll &frac12; Price </HEADLINE>
                <TEXT><P>The bridge toll was cut to half its price for the summer, officials said on Thursday.</P></TEXT>
                </DOC>
                """;

        Corpus corpus = load(write("APW19980610.1776", story));

        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.articles().get(0).published()).isEqualTo(LocalDate.of(1998, 6, 11));
        assertThat(corpus.articles().get(0).title()).isEqualTo("Toll \u00BD Price");
    }

    @Test
    void aDateTimeThatIsNoDateAndAnEmptyHeadlineAreFlaws() {
        String story = """
                <DOC>
                <DOCNO> NYT19980803.0187 </DOCNO>
                <DATE_TIME> sometime </DATE_TIME>
                <HEADLINE>
                &HT;
                </HEADLINE>
                <TEXT><P>The boxer began an experimental treatment at the clinic on Monday, his doctors said.</P></TEXT>
                </DOC>
                """;

        Corpus corpus = load(write("NYT19980803.0187", story));

        assertThat(corpus.articles().get(0).title()).isNull();
        assertThat(corpus.articles().get(0).published()).isEqualTo(LocalDate.of(1998, 8, 3));
        assertThat(corpus.problems()).singleElement().extracting(InputProblem::problem).asString()
                .contains("has a <DATE_TIME> that is not a date (sometime)", "has an empty <HEADLINE>");
    }

    @Test
    void documentsWithoutDocnoAreNumberedWithinTheirFile() {
        String story = "<DOC>\n<DATE_TIME> 2001-03-12 </DATE_TIME>\n<HEADLINE> Strike </HEADLINE>\n<TEXT><P>"
                + "The ferry crews walked off the job on Monday over pay.</P></TEXT>\n</DOC>\n";
        Path file = write("2001-03-12-wire", story + story.replace("Monday", "Tuesday"));

        Corpus corpus = load(file);

        assertThat(corpus.articles()).extracting(Article::id).containsExactly("2001-03-12-wire#1", "2001-03-12-wire#2");
        assertThat(corpus.articles()).extracting(Article::outlet).containsOnly("unknown outlet");
        assertThat(corpus.problems()).singleElement().extracting(InputProblem::problem).asString()
                .contains("document 1 has no <DOCNO>", "document 2 has no <DOCNO>");
    }

    @Test
    void textWithoutParagraphTagsIsSplitAtBlankLines() {
        assertThat(DucSgmlFormat.paragraphs("\nThe first paragraph\nruns on.\n\n  The second one.\n"))
                .isEqualTo("The first paragraph runs on.\n\nThe second one.");
    }

    @Test
    void agencyFromTheDocnoPrefix() {
        assertThat(DucSgmlFormat.agency("APW19990707.0041")).isEqualTo("Associated Press");
        assertThat(DucSgmlFormat.agency("AP880212-0001")).isEqualTo("Associated Press");
        assertThat(DucSgmlFormat.agency("XIN19990101.0001")).isEqualTo("Xinhua");
        assertThat(DucSgmlFormat.agency("ZZZ19990101.0001")).isNull();
        assertThat(DucSgmlFormat.agency(null)).isNull();
    }
}
