package dev.gal.aws;

import dev.gal.model.GalConfig;
import dev.gal.model.GalService;
import dev.gal.model.JsonPointer;
import dev.gal.model.Located;
import dev.gal.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the config says that the OpenAPI document cannot carry, because AWS
 * takes it as a parameter of the import or of the deployment: the endpoint
 * type, the stage, and the stage variables of --stage-variables.
 */
public record Deployment(List<Parameter> parameters) {
  public static final String IMPORT = "aws apigateway import-rest-api";
  public static final String DEPLOY = "aws apigateway create-deployment --rest-api-id API_ID";
  /** The one command of the cloudformation target: the template carries the endpoint type and the stage. */
  public static final String STACK = "aws cloudformation deploy";

  /** One command-line parameter, with the GAL node it came from. */
  public record Parameter(String command, String option, String value, JsonPointer source) {}

  static Deployment of(ExportSettings settings, GalConfig config, boolean stageVariables) {
    List<Parameter> parameters = new ArrayList<>();
    // The guide's import-rest-api documents the endpoint type only as this import parameter; without it the API is edge-optimized.
    parameters.add(new Parameter(IMPORT, "--parameters", "endpointConfigurationTypes=" + settings.aws().endpointType(),
        settings.source("endpoint_type")));
    parameters.add(new Parameter(DEPLOY, "--stage-name", settings.text("stage_name", "prod"), settings.source("stage_name")));
    settings.aws().string("stage_description").filter(d -> !d.value().isEmpty()).ifPresent(d ->
        parameters.add(new Parameter(DEPLOY, "--stage-description", d.value(), d.pointer())));
    if (stageVariables) {
      for (GalService service : config.services()) {
        stageVariable(service).ifPresent(parameters::add);
      }
    }
    return new Deployment(List.copyOf(parameters));
  }

  private static Optional<Parameter> stageVariable(GalService service) {
    Optional<Node> upstream = service.upstream();
    Optional<Located<String>> host = upstream.flatMap(u -> u.string("host"));
    if (host.isEmpty()) {
      return Optional.empty();
    }
    String port = upstream.flatMap(u -> u.integer("port")).map(p -> ":" + p.value()).orElse("");
    return Optional.of(new Parameter(DEPLOY, "--variables", service.stageVariableName() + "=" + host.get().value() + port,
        host.get().pointer()));
  }

  /** The stack deployment of a CloudFormation template, named after the API. */
  static Deployment stack(String stackName, JsonPointer source) {
    return new Deployment(List.of(new Parameter(STACK, "--stack-name", stackName, source)));
  }

  /**
   * The shell commands that deploy the written file as configured: import the
   * document and deploy it to the stage, or deploy the template as a stack.
   */
  public List<String> commands(String bodyFile) {
    List<String> commands = new ArrayList<>();
    for (String command : parameters.stream().map(Parameter::command).distinct().toList()) {
      StringBuilder line = new StringBuilder(command);
      if (command.equals(STACK)) {
        line.append(" --template-file ").append(shellWord(bodyFile));
      }
      List<Parameter> own = parameters.stream().filter(p -> p.command().equals(command)).toList();
      own.stream().filter(p -> !p.option().equals("--variables"))
          .forEach(p -> line.append(' ').append(p.option()).append(' ').append(shellWord(p.value())));
      String variables = own.stream().filter(p -> p.option().equals("--variables")).map(Parameter::value)
          .collect(Collectors.joining(","));
      if (!variables.isEmpty()) {
        line.append(" --variables ").append(shellWord(variables));
      }
      if (command.equals(IMPORT)) {
        line.append(" --body ").append(shellWord("fileb://" + bodyFile));
      }
      commands.add(line.toString());
    }
    return commands;
  }

  /** A word the shell reads back unchanged: bare when it is plain, otherwise in single quotes. */
  static String shellWord(String value) {
    if (!value.isEmpty() && value.matches("[A-Za-z0-9_@%+=:,./-]+")) {
      return value;
    }
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
