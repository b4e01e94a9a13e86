package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages in scripts without spaces between words, and written right to left, are articles like any other. */
class ScriptsInputTest {

    @TempDir
    Path dir;

    static String page(String lang, String dir, String title, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>\n");
        }
        return "<!DOCTYPE html><html lang=\"" + lang + "\" dir=\"" + dir + "\"><head><meta charset=\"utf-8\"><title>"
                + title + "</title></head><body><nav><a href=\"/\">&#8962;</a> <a href=\"/a\">A</a></nav><article><h1>"
                + title + "</h1>\n" + body + "</article><footer>&copy; 2026</footer></body></html>";
    }

    static final String JAPANESE = page("ja", "ltr", "港の灯台守が引退",
            "スケリー灯台の最後の灯台守が水曜日、三十一年間の勤務を終えて鍵を引き渡した。",
            "灯台は二〇〇九年から自動化されているが、沿岸当局は修理と見学者の案内のために灯台守を置いていた。",
            "後任は置かれず、灯台は来年から無人となる。");
    static final String CHINESE = page("zh", "ltr", "灯塔看守人退休",
            "斯凯里灯塔的最后一位看守人周三交出了钥匙，结束了三十一年的工作。",
            "这座灯塔自二〇〇九年起已实现自动化，但海岸管理局仍保留一名看守人负责维修和接待游客。");
    static final String THAI = page("th", "ltr", "ผู้ดูแลประภาคารเกษียณ",
            "ผู้ดูแลประภาคารคนสุดท้ายส่งมอบกุญแจเมื่อวันพุธหลังทำงานมาสามสิบเอ็ดปี",
            "ประภาคารทำงานอัตโนมัติตั้งแต่ปี 2009 แต่หน่วยงานชายฝั่งยังคงจ้างผู้ดูแลไว้");
    static final String ARABIC = page("ar", "rtl", "تقاعد حارس المنارة",
            "سلّم آخر حارس لمنارة سكيري مفاتيحها يوم الأربعاء بعد واحد وثلاثين عاما على الصخرة.",
            "تعمل المنارة آليا منذ عام 2009، لكن هيئة السواحل أبقت حارسا للإصلاحات والزوار.");
    static final String HEBREW = page("he", "rtl", "שומר המגדלור פורש",
            "שומר המגדלור האחרון של סקרי מסר את המפתחות ביום רביעי אחרי שלושים ואחת שנים על הסלע.",
            "המגדלור פועל אוטומטית מאז 2009, אבל רשות החופים השאירה שומר לתיקונים ולמבקרים.");
    static final String KOREAN = page("ko", "ltr", "등대지기 은퇴",
            "스케리 등대의 마지막 등대지기가 31년 만에 수요일 열쇠를 넘겼다.",
            "등대는 2009년부터 자동화되었지만 해안 당국은 수리와 방문객을 위해 등대지기를 두었다.");

    @Test
    void everyScriptIsReadWithItsParagraphsAndWithoutFurniture() throws IOException {
        List<String> pages = List.of(JAPANESE, CHINESE, THAI, ARABIC, HEBREW, KOREAN);
        List<String> files = new java.util.ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            files.add(Files.writeString(dir.resolve("page" + i + ".html"), pages.get(i)).toString());
        }
        Extraction read = new ArticleLoader(LoadOptions.defaults()).extract(files);
        assertThat(read.problems()).isEmpty();
        assertThat(read.articles()).hasSize(6);
        Article japanese = byTitle(read, "港の灯台守が引退");
        assertThat(japanese.text()).startsWith("スケリー灯台の最後の灯台守が水曜日").endsWith("灯台は来年から無人となる。")
                .contains("引き渡した。\n");
        assertThat(byTitle(read, "ผู้ดูแลประภาคารเกษียณ").text()).contains("ประภาคารทำงานอัตโนมัติ");
        assertThat(byTitle(read, "تقاعد حارس المنارة").text()).startsWith("سلّم آخر حارس").doesNotContain("2026");
        assertThat(byTitle(read, "שומר המגדלור פורש").text()).startsWith("שומר המגדלור האחרון");
        assertThat(byTitle(read, "등대지기 은퇴").text()).contains("등대는 2009년부터");
    }

    @Test
    void aShortLineOfJapaneseIsASentenceButPunctuationAloneIsNot() {
        assertThat(Articles.hasSentence("灯台守が引退")).isTrue();
        assertThat(Articles.hasSentence("灯台")).isFalse();
        assertThat(Articles.hasSentence("。。。 ・・・")).isFalse();
    }

    private static Article byTitle(Extraction read, String title) {
        return read.articles().stream().map(ExtractedArticle::article).filter(a -> title.equals(a.title()))
                .findFirst().orElseThrow(() -> new AssertionError("no article titled " + title));
    }

    @Test
    void theFirstLineOfAPlainTextArticleInAScriptWithoutCaseIsItsHeadline() throws IOException {
        // no capital marks a headline in Chinese or Arabic: it is not glued to the first sentence
        Article chinese = Articles.fromText("东江经济增长\n\n东江市统计局周一发布数据，第三季度生产总值增长百分之五点二。统计局表示，出口是主要动力。\n",
                "2026-10-19-zh");
        assertThat(chinese.title()).isEqualTo("东江经济增长");
        assertThat(chinese.text()).startsWith("东江市统计局周一");
        Article arabic = Articles.fromText("إغلاق الميناء\n\nأغلقت السلطات الميناء يوم الثلاثاء بسبب العاصفة. وعاد الصيادون إلى بيوتهم.\n",
                "2026-10-20-ar");
        assertThat(arabic.title()).isEqualTo("إغلاق الميناء");
        assertThat(arabic.text()).startsWith("أغلقت السلطات");
    }
}
