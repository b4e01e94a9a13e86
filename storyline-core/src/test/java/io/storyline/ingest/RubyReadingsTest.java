package io.storyline.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ruby reading aids (furigana) are not part of the article's text: the base characters are. */
class RubyReadingsTest {

    @Test
    void furiganaAndItsParenthesesAreDropped() {
        String html = ScriptsInputTest.page("ja", "ltr", "子供への虐待",
                "<ruby>子供<rp>(</rp><rt>こども</rt><rp>)</rp></ruby>への<ruby>虐待<rt>ぎゃくたい</rt></ruby>が増えたと、"
                        + "<ruby><rb>政府</rb><rtc><rt>せいふ</rt></rtc></ruby>は水曜日に発表した。",
                "相談件数は前の年より一割多く、専門家は支援の拡大を求めている。");
        HtmlPage page = HtmlExtractor.extract(html, "https://news.example.jp/a");
        assertThat(page.text()).contains("子供への虐待が増えたと、政府は水曜日に発表した。")
                .doesNotContain("こども", "ぎゃくたい", "せいふ", "(");
    }
}
