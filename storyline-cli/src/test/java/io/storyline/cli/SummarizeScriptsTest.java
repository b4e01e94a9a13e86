package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of articles in several scripts is summarized without failing: Chinese reports of one fact are
 * cited together beside English ones, Thai and Arabic articles give whole sentences, and an article in a
 * script whose sentence ends are not known is left out with a line naming its file.
 */
class SummarizeScriptsTest {

    @TempDir
    Path dir;

    @Test
    void aMixedFolderIsSummarizedAndAnUnknownScriptIsNamed() throws IOException {
        Files.writeString(dir.resolve("ferry-en.txt"), SummarizeCommandTest.FIRST);
        Files.writeString(dir.resolve("ferry-en-2.txt"), SummarizeCommandTest.SECOND);
        Files.writeString(dir.resolve("gdp-zh-1.txt"), """
                东江经济增长

                东江市统计局周一发布数据，今年第三季度全市生产总值同比增长百分之五点二。统计局表示，制造业和出口是增长的主要动力。
                """);
        Files.writeString(dir.resolve("gdp-zh-2.txt"), """
                东江经济回升

                根据东江市统计局周一公布的数据，第三季度全市生产总值同比增长百分之五点二。部分商户说，店里的客人仍然不多。
                """);
        Files.writeString(dir.resolve("rain-th.txt"), """
                ฝนตกหนัก

                ฝนตกหนักในกรุงเทพฯ เมื่อคืนวันอังคาร ถนนหลายๆ สายมีน้ำท่วมขัง เจ้าหน้าที่เร่งระบายน้ำตลอดทั้งคืน
                """);
        Files.writeString(dir.resolve("port-ar.txt"), """
                إغلاق الميناء

                أغلقت السلطات الميناء يوم الثلاثاء، بسبب العاصفة القوية. وعاد الصيادون إلى بيوتهم قبل المساء.
                """);
        Files.writeString(dir.resolve("port-bo.txt"), """
                གྲུ་ཁ།

                རྒྱ་མཚོའི་གྲུ་ཁ་གཟའ་མིག་དམར་ལ་བཀག་སོང་། ཉ་པ་ཚོ་ཁྱིམ་ལ་ལོག་སོང་།
                """);

        Files.writeString(dir.resolve("steppe-mn.txt"), """
                ᠮᠣᠩᠭᠣᠯ

                ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ ᠤᠨ ᠨᠡᠢᠰᠯᠡᠯ ᠬᠣᠲᠠ ᠳᠤ ᠴᠠᠰᠤ ᠣᠷᠤᠪᠠ᠃ ᠵᠠᠮ ᠬᠠᠭᠠᠭᠳᠠᠪᠠ᠃
                """);

        CommandRun run = CommandRun.of("summarize", "--words", "400", "--no-progress", dir.toString());

        // Tibetan sets no space between words: the page holds no sentence storyline can find, and says why
        assertThat(run.stderr()).contains("skipped " + dir.resolve("port-bo.txt") + ": is written in Tibetan script");
        // Mongolian sets spaces between words, so the page is read, but its sentence ends are not known
        assertThat(run.stderr()).contains("skipped " + dir.resolve("steppe-mn.txt") + ": is written in Mongolian script");
        // one line per file, and both counted in the input report's tally
        assertThat(run.stderr().lines().filter(l -> l.contains("steppe-mn.txt"))).hasSize(1);
        assertThat(run.stderr()).contains("storyline: read 6 article(s); skipped 2 input(s)");
        assertThat(run.stdout()).doesNotContain("གྲུ").doesNotContain("ᠮᠣᠩᠭᠣᠯ").contains("Ferry").doesNotContain("port-bo.txt");
        String gdp = run.stdout().lines().filter(l -> l.contains("生产总值")).findFirst().orElseThrow();
        assertThat(gdp).matches(".*(\\[\\d+]){2}$");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_SKIPPED_INPUT);

        // Thai: the sentence goes on past กรุงเทพฯ; Arabic: the comma inside the sentence stays
        CommandRun thai = CommandRun.of("summarize", "--no-progress", dir.resolve("rain-th.txt").toString());
        assertThat(thai.stdout().lines().filter(l -> l.contains("กรุงเทพฯ")).toList()).as(thai.stdout()).isNotEmpty()
                .allMatch(l -> l.contains("อังคาร"));
        CommandRun arabic = CommandRun.of("summarize", "--no-progress", dir.resolve("port-ar.txt").toString());
        assertThat(arabic.stdout().lines().filter(l -> l.contains("أغلقت")).toList()).as(arabic.stdout()).isNotEmpty()
                .allMatch(l -> l.contains("العاصفة القوية."));
        assertThat(thai.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(arabic.exitCode()).isEqualTo(Main.EXIT_OK);
    }

    @Test
    void timelineDigestAndCompareLeaveAnUnknownScriptOutToo() throws IOException {
        Files.writeString(dir.resolve("2026-03-02-ferry-en.txt"), SummarizeCommandTest.FIRST);
        Files.writeString(dir.resolve("2026-03-03-ferry-en-2.txt"), SummarizeCommandTest.SECOND);
        Path mongolian = Files.writeString(dir.resolve("2026-03-03-steppe-mn.txt"), """
                ᠮᠣᠩᠭᠣᠯ

                ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ ᠤᠨ ᠨᠡᠢᠰᠯᠡᠯ ᠬᠣᠲᠠ ᠳᠤ ᠴᠠᠰᠤ ᠣᠷᠤᠪᠠ᠃ ᠵᠠᠮ ᠬᠠᠭᠠᠭᠳᠠᠪᠠ᠃
                """);
        for (String command : List.of("timeline", "digest", "compare", "cluster")) {
            CommandRun run = CommandRun.of(command, "--no-progress", dir.toString());
            assertThat(run.stderr()).as(command).contains("storyline: skipped " + mongolian
                    + ": is written in Mongolian script, whose sentence ends storyline does not know")
                    .contains("storyline: read 2 article(s); skipped 1 input(s)");
            assertThat(run.stdout()).as(command).doesNotContain("ᠮᠣᠩᠭᠣᠯ").doesNotContain("steppe-mn");
            assertThat(run.exitCode()).as(command).isEqualTo(Main.EXIT_SKIPPED_INPUT);
        }
    }
}
