package dev.gal.rule;

/** The topic of a rule; ids carry no meaning beyond being stable. */
public enum Category {
  LOAD("Reading the file"),
  SCHEMA("GAL config schema"),
  INTEGRATION("Integrations"),
  ENDPOINT("Endpoints and stages"),
  AUTH("Authorization"),
  CORS("CORS"),
  PATHS("Paths and routes"),
  PORTABILITY("Settings AWS cannot honour"),
  OPERATIONS("Operations and best practice"),
  OPENAPI("OpenAPI documents");

  private final String title;

  Category(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
