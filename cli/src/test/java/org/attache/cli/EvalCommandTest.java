package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attache eval}'s merge suite as scripts see it; the suite itself is tested in the eval module. */
class EvalCommandTest {
  @TempDir Path dir;

  @Test
  void evalMerge_folderWithoutEcbPlus_exits2NamingWhatIsMissing() {
    MainTest.Run r = MainTest.run("eval", "merge", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("not an ECB+ suite folder", "ECBplus_coreference_sentences.csv")
        .doesNotContain("not yet available", "\tat ");
  }

  @Test
  void evalHelp_listsMergeAsAvailable() {
    MainTest.Run r = MainTest.run("eval", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("places, merge,").contains("events)").doesNotContain("to come");
  }
}
