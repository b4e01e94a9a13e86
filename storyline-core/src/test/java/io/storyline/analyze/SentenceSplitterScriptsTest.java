package io.storyline.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentences of scripts other than Latin: full-width marks, no space after them, no marks at all. */
class SentenceSplitterScriptsTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void chineseAndJapaneseEndAtFullWidthMarksWithNoSpaceAfter() {
        assertThat(splitter.split("斯凯里灯塔的看守人周三交出了钥匙。这座灯塔已实现自动化！真的吗？是的。"))
                .containsExactly("斯凯里灯塔的看守人周三交出了钥匙。", "这座灯塔已实现自动化！", "真的吗？", "是的。");
    }

    @Test
    void aClosingQuoteGoesWithItsSentenceAndAnAttributionStaysWithTheQuote() {
        assertThat(splitter.split("灯台は自動化された。「海が恋しくなる。」と彼は話した。後任は置かれない。"))
                .containsExactly("灯台は自動化された。", "「海が恋しくなる。」と彼は話した。", "後任は置かれない。");
        assertThat(splitter.split("他说：“我会想念大海！”灯塔明年无人看守。"))
                .containsExactly("他说：“我会想念大海！”", "灯塔明年无人看守。");
    }

    @Test
    void arabicQuestionMarkAndDevanagariDandaEndSentences() {
        assertThat(splitter.split("هل سيشتاق إلى البحر؟ قال إنه سيشتاق إليه."))
                .containsExactly("هل سيشتاق إلى البحر؟", "قال إنه سيشتاق إليه.");
        assertThat(splitter.split("दीपस्तंभ अब स्वचालित है। रक्षक सेवानिवृत्त हुए।"))
                .containsExactly("दीपस्तंभ अब स्वचालित है।", "रक्षक सेवानिवृत्त हुए।");
    }

    @Test
    void thaiSentencesAreSetApartBySpaces() {
        assertThat(splitter.split("ผู้ดูแลประภาคารเกษียณแล้ว ประภาคารทำงานอัตโนมัติตั้งแต่ปี 2009"))
                .containsExactly("ผู้ดูแลประภาคารเกษียณแล้ว", "ประภาคารทำงานอัตโนมัติตั้งแต่ปี 2009");
    }

    @Test
    void latinTextIsSplitAsBefore() {
        assertThat(splitter.split("The U.S. pier closed. It reopens in May.")).containsExactly("The U.S. pier closed.",
                "It reopens in May.");
    }

    @Test
    void thaiAbbreviationAndRepetitionMarksEndNothing() {
        // ฯ shortens a name (กรุงเทพฯ), ๆ repeats a word (หลายๆ): a space after either is inside the sentence
        assertThat(splitter.split("ฝนตกหนักในกรุงเทพฯ เมื่อคืนวันอังคาร ถนนหลายๆ สายมีน้ำท่วมขัง"))
                .containsExactly("ฝนตกหนักในกรุงเทพฯ เมื่อคืนวันอังคาร", "ถนนหลายๆ สายมีน้ำท่วมขัง");
    }

    @Test
    void japaneseFullWidthMarksEndSentences() {
        assertThat(splitter.split("雨は止んだのか？まだ降っている！港は閉じたままだ。"))
                .containsExactly("雨は止んだのか？", "まだ降っている！", "港は閉じたままだ。");
    }

    @Test
    void arabicAndPersianSentencesKeepTheirCommasAndEndAtTheirMarks() {
        // read right to left in the file; the Arabic comma ، and semicolon ؛ end nothing
        assertThat(splitter.split("أغلق الميناء يوم الثلاثاء، بسبب العاصفة؛ وعاد الصيادون. متى يفتح؟ لا أحد يعرف."))
                .containsExactly("أغلق الميناء يوم الثلاثاء، بسبب العاصفة؛ وعاد الصيادون.", "متى يفتح؟", "لا أحد يعرف.");
        assertThat(splitter.split("بندر بسته شد؟ بله، تا فردا بسته است."))
                .containsExactly("بندر بسته شد؟", "بله، تا فردا بسته است.");
        assertThat(splitter.split("הנמל נסגר ביום שלישי. הדייגים חזרו הביתה?"))
                .containsExactly("הנמל נסגר ביום שלישי.", "הדייגים חזרו הביתה?");
    }

    @Test
    void armenianAndEthiopicFullStopsEndSentences() {
        assertThat(splitter.split("Նավահանգիստը փակ է։ Վաղը կբացվի։")).containsExactly("Նավահանգիստը փակ է։", "Վաղը կբացվի։");
        assertThat(splitter.split("ወደቡ ተዘግቷል። ነገ ይከፈታል።")).containsExactly("ወደቡ ተዘግቷል።", "ነገ ይከፈታል።");
    }
}
