package org.attache.reference;

import java.util.regex.Pattern;

/** The kinds of office the office-holder table records, with the titles news uses for them. */
public enum Role {
  HOS("president|king|emir|sultan|emperor|head of state|grand duke"),
  HOG("prime minister|premier|chancellor|pm"),
  LEADER("supreme leader|leader"),
  VICEPRES("vice president|first vice president|vice premier"),
  FM("foreign minister|minister of foreign affairs|minister for foreign affairs|secretary of state|foreign secretary|top diplomat|external affairs minister|minister of external affairs|foreign affairs minister"),
  DEPFM("deputy foreign minister|vice foreign minister|deputy minister of foreign affairs|deputy minister for foreign affairs"),
  DEFMIN("defen[cs]e minister|minister of defen[cs]e|secretary of defense|defense secretary|defence secretary|war secretary|secretary of war"),
  SPEAKER("speaker|chairman of the state duma|duma chairman|chair of the state duma|president of the state duma|parliament speaker"),
  ENVOY("envoy|special representative|special presidential envoy"),
  SPOKES("spokesman|spokeswoman|spokesperson|press secretary"),
  NSA("national security advis[eo]r|security council secretary|secretary of the security council|secretary of the supreme national security council"),
  INTEL("intelligence chief|head of .{0,40}intelligence|director of .{0,40}intelligence|intelligence director|spy chief"),
  AMB("ambassador"),
  SECGEN("secretary general");

  private final Pattern title;

  Role(String titles) {
    this.title = Pattern.compile("\\b(" + titles + ")\\b");
  }

  /** Matches the role's titles in folded text (see {@link Fold}). */
  public Pattern title() {
    return title;
  }
}
