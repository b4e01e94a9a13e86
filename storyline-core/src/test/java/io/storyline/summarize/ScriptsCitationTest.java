package io.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.ingest.Articles;
import io.storyline.model.Article;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two outlets writing the same fact in other words, in Chinese or Japanese, are cited together: their
 * sentences are compared by characters and character bigrams ({@link io.storyline.analyze.Tokens#matchWords}), not by
 * words set off by spaces, which such text has none of.
 */
class ScriptsCitationTest {

    private static final List<Article> CHINESE = List.of(
            Articles.fromText("""
                    东江经济增长

                    东江市统计局周一发布数据，今年第三季度全市生产总值同比增长百分之五点二。统计局表示，制造业和出口是增长的主要动力。分析人士认为，居民消费仍然偏弱。东江市政府周一表示，明年全市将新建三所中学。
                    """, "2026-10-19-dongjiang-daily"),
            Articles.fromText("""
                    东江经济回升

                    根据东江市统计局周一公布的数据，第三季度全市生产总值同比增长百分之五点二。官员称，新建的工厂带动了就业。部分商户说，店里的客人仍然不多。东江市政府周一宣布，今年全市新建了三座公园。
                    """, "2026-10-19-south-morning"));

    private static final List<Article> JAPANESE = List.of(
            Articles.fromText("""
                    イルカ誕生

                    港町市の水族館は土曜日、新しいイルカの赤ちゃんが生まれたと発表した。赤ちゃんは母親と一緒に元気に泳いでいるという。水族館は来月から一般に公開する予定だ。
                    """, "2026-05-09-minato"),
            Articles.fromText("""
                    水族館で赤ちゃん

                    土曜日、港町市の水族館でイルカの赤ちゃんが誕生したと発表された。飼育員によると、体長はおよそ一メートルだという。入場料は来年から値上げされる。
                    """, "2026-05-09-umibe"));

    @Test
    void twoChineseReportsOfOneFactAreCitedTogether() {
        Summary summary = summarize(CHINESE, 5);
        assertThat(citedTo(summary, "生产总值")).containsExactlyInAnyOrder("2026-10-19-dongjiang-daily",
                "2026-10-19-south-morning");
        // a sentence only one outlet wrote is cited to it alone, though another shares its frame
        // (东江市政府周一 ... 全市新建三): a wrong citation is worse than none
        summary.sentences().stream().filter(s -> !s.text().contains("生产总值"))
                .forEach(s -> assertThat(s.citations()).as(s.text()).hasSize(1));
    }

    @Test
    void twoJapaneseReportsOfOneFactAreCitedTogether() {
        Summary summary = summarize(JAPANESE, 5);
        assertThat(citedTo(summary, "イルカ")).containsExactlyInAnyOrder("2026-05-09-minato", "2026-05-09-umibe");
        summary.sentences().stream().filter(s -> !s.text().contains("イルカ"))
                .forEach(s -> assertThat(s.citations()).as(s.text()).hasSize(1));
    }

    private static Summary summarize(List<Article> articles, int sentences) {
        return new StorySummarizer(Summarizers.byNameOrThrow(Summarizers.DEFAULT)).summarize(articles,
                Budget.sentences(sentences));
    }

    /** The ids of the articles cited for the summary sentence that contains {@code words}. */
    private static List<String> citedTo(Summary summary, String words) {
        SummarySentence sentence = summary.sentences().stream().filter(s -> s.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence with " + words + " in " + summary.sentences()));
        return sentence.citations().stream().map(c -> summary.sources().stream()
                .filter(source -> source.number() == c.source()).findFirst().orElseThrow().articleId()).toList();
    }
}
