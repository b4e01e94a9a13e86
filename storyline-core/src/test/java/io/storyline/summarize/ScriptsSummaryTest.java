package io.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.analyze.Tokens;
import io.storyline.ingest.Articles;
import io.storyline.model.Article;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Stories in Japanese, Chinese, Arabic and Thai are summarized by every method, within the budget. */
class ScriptsSummaryTest {

    static List<String> methods() {
        return Summarizers.names();
    }

    private static final List<Article> JAPANESE = List.of(
            Articles.fromText("""
                    灯台守が引退
                    スケリー灯台の最後の灯台守が水曜日、三十一年間の勤務を終えて鍵を引き渡した。灯台は二〇〇九年から自動化されているが、沿岸当局は修理と見学者の案内のために灯台守を置いていた。
                    後任は置かれず、灯台は来年から無人となる。沿岸当局は見学者の受け入れを続けると話した。
                    """, "2026-03-04-hokkai"),
            Articles.fromText("""
                    スケリー灯台、無人に
                    スケリー灯台の灯台守が水曜日に引退し、三十一年間の勤務を終えた。沿岸当局によると、灯台は来年から無人となる。
                    灯台守は「海が恋しくなる。」と話した。
                    """, "2026-03-04-minato"));

    private static final List<Article> OTHERS = List.of(
            Articles.fromText("""
                    灯塔看守人退休
                    斯凯里灯塔的最后一位看守人周三交出了钥匙，结束了三十一年的工作。这座灯塔自二〇〇九年起已实现自动化。
                    """, "2026-03-04-zh"),
            Articles.fromText("""
                    تقاعد حارس المنارة
                    سلّم آخر حارس لمنارة سكيري مفاتيحها يوم الأربعاء بعد واحد وثلاثين عاما على الصخرة. تعمل المنارة آليا منذ عام 2009.
                    """, "2026-03-04-ar"),
            Articles.fromText("""
                    ผู้ดูแลประภาคารเกษียณ
                    ผู้ดูแลประภาคารคนสุดท้ายส่งมอบกุญแจเมื่อวันพุธหลังทำงานมาสามสิบเอ็ดปี ประภาคารทำงานอัตโนมัติตั้งแต่ปี 2009
                    """, "2026-03-04-th"));

    @ParameterizedTest
    @MethodSource("methods")
    void aJapaneseStoryGetsASummaryOfWholeSentencesWithinItsBudget(String method) {
        Summary summary = new StorySummarizer(Summarizers.byNameOrThrow(method)).summarize(JAPANESE, Budget.words(80));
        assertThat(summary.sentences()).isNotEmpty();
        // a character of Japanese counts as a word (Tokens.wordCount), as the budget counts it
        assertThat(summary.sentences().stream().mapToInt(s -> Tokens.wordCount(s.text())).sum()).isLessThanOrEqualTo(80);
        assertThat(summary.sentences()).extracting(SummarySentence::text)
                .allSatisfy(s -> assertThat(s).endsWith("。").doesNotContain("\n"));
    }

    @ParameterizedTest
    @MethodSource("methods")
    void chineseArabicAndThaiArticlesEachGiveASentence(String method) {
        for (Article article : OTHERS) {
            Summary summary = new StorySummarizer(Summarizers.byNameOrThrow(method)).summarize(List.of(article),
                    Budget.sentences(1));
            assertThat(summary.sentences()).as(article.id()).hasSize(1);
            assertThat(article.text()).contains(summary.sentences().get(0).text());
        }
    }
}
