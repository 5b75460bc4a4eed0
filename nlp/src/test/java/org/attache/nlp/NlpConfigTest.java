package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.attache.nlp.NlpConfig.FineGrainedNer;
import org.attache.nlp.NlpConfig.ParseScope;
import org.attache.nlp.NlpConfig.StatisticalNer;
import org.junit.jupiter.api.Test;

class NlpConfigTest {
  @Test
  void defaults_areTheMeasuredChoice() {
    assertThat(NlpConfig.DEFAULTS).isEqualTo(new NlpConfig(StatisticalNer.THREE_CLASS,
        FineGrainedNer.INDEXED, true, ParseScope.ALL, 100, 1));
  }

  @Test
  void toBuilder_changesOnlyWhatIsSet() {
    NlpConfig two = NlpConfig.DEFAULTS.toBuilder().threads(2).build();
    assertThat(two.threads()).isEqualTo(2);
    assertThat(two.toBuilder().threads(1).build()).isEqualTo(NlpConfig.DEFAULTS);
  }

  @Test
  void constructor_zeroThreads_rejectedWithTheValue() {
    assertThatThrownBy(() -> NlpConfig.builder().threads(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be at least 1, was 0");
  }

  @Test
  void constructor_zeroParseLength_rejectedWithTheValue() {
    assertThatThrownBy(() -> NlpConfig.builder().maxParseLength(0).build())
        .hasMessage("maxParseLength must be at least 1, was 0");
  }

  @Test
  void constructor_nullScope_rejected() {
    assertThatThrownBy(() -> NlpConfig.builder().parse(null).build())
        .isInstanceOf(NullPointerException.class).hasMessage("parse");
  }
}
