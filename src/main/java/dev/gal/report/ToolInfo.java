package dev.gal.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's name, version and home, as every output format reports them. */
public final class ToolInfo {
  public static final String NAME = "gal";
  public static final String INFORMATION_URI = "https://github.com/gal-lint/gal";
  private static final String VERSION = readVersion();

  private ToolInfo() {}

  public static String version() {
    return VERSION;
  }

  private static String readVersion() {
    try (InputStream in = ToolInfo.class.getResourceAsStream("/dev/gal/version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "0.0.0");
    } catch (IOException e) {
      return "0.0.0";
    }
  }
}
