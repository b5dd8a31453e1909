package dev.gal.cli;

import dev.gal.report.ToolInfo;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {ToolInfo.NAME + " " + ToolInfo.version()};
  }
}
