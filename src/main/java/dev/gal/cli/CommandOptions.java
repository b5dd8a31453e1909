package dev.gal.cli;

import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;

/**
 * Declares a command's options and parameters on its picocli model, each bound
 * to the command's field by a lambda. The commands build their models in code
 * rather than with picocli's annotations: reading an annotation by reflection
 * makes the JDK generate a proxy class, which the AOT cache cannot keep, and
 * reflective field access sets up method handles: 70 ms of a 0.38 s lint of
 * one small file. Names are given as help lists them, e.g. "-o, --output".
 */
final class CommandOptions {
  private final CommandSpec spec;

  CommandOptions(CommandSpec spec) {
    this.spec = spec;
  }

  /** An option without a value, true when given. */
  CommandOptions flag(String names, Consumer<Boolean> setter, String description) {
    spec.addOption(option(names, boolean.class, setter, description).build());
    return this;
  }

  /** A flag that every subcommand, nested ones too, accepts and lists as well. */
  CommandOptions inheritedFlag(String names, Consumer<Boolean> setter, String description) {
    spec.addOption(option(names, boolean.class, setter, description).scopeType(ScopeType.INHERIT).build());
    return this;
  }

  /** An option with one value; given twice, it is a usage error. */
  <T> CommandOptions add(String names, String label, Class<T> type, Consumer<T> setter, String description) {
    spec.addOption(option(names, type, setter, description).paramLabel(label).build());
    return this;
  }

  /** As {@link #add}, with the value that applies when the option is not given (the description's ${DEFAULT-VALUE}). */
  <T> CommandOptions add(String names, String label, Class<T> type, String defaultValue, Consumer<T> setter, String description) {
    spec.addOption(option(names, type, setter, description).paramLabel(label).defaultValue(defaultValue).build());
    return this;
  }

  /** An option that may be given several times, each value added to the list. */
  <T> CommandOptions repeatable(String names, String label, Class<T> type, Consumer<List<T>> setter, String description) {
    spec.addOption(option(names, List.class, setter, description).auxiliaryTypes(type).paramLabel(label).build());
    return this;
  }

  /** The positional parameter a command requires, exactly one. */
  <T> CommandOptions parameter(String label, Class<T> type, Consumer<T> setter, String description) {
    spec.addPositional(bound(PositionalParamSpec.builder(), type, setter, description).paramLabel(label).required(true).build());
    return this;
  }

  /** Any number of positional parameters, none included. */
  <T> CommandOptions parameters(String label, Class<T> type, Consumer<List<T>> setter, String description) {
    spec.addPositional(bound(PositionalParamSpec.builder(), List.class, setter, description).auxiliaryTypes(type).arity("0..*")
        .paramLabel(label).build());
    return this;
  }

  /**
   * -h, --help and -V, --version, worded as picocli's mixinStandardHelpOptions
   * words them; that mixin is built from annotations. Added last, as picocli adds them.
   */
  CommandOptions standardHelp() {
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
    return this;
  }

  private static OptionSpec.Builder option(String names, Class<?> type, Consumer<?> setter, String description) {
    return bound(OptionSpec.builder(names.split(", ")), type, setter, description);
  }

  /**
   * Without an initial value, picocli resets nothing before parsing: each run
   * builds its commands afresh, so the fields keep their Java initialisers.
   * (The two builders share no public type, hence two methods.)
   */
  private static OptionSpec.Builder bound(OptionSpec.Builder builder, Class<?> type, Consumer<?> setter, String description) {
    Binding binding = new Binding(setter);
    return builder.type(type).getter(binding).setter(binding).hasInitialValue(false).description(description);
  }

  private static PositionalParamSpec.Builder bound(PositionalParamSpec.Builder builder, Class<?> type, Consumer<?> setter, String description) {
    Binding binding = new Binding(setter);
    return builder.type(type).getter(binding).setter(binding).hasInitialValue(false).description(description);
  }

  /**
   * Hands each value to the command's setter and keeps it, since picocli reads
   * a repeatable option's list back to add the next value.
   */
  private static final class Binding implements IGetter, ISetter {
    private final Consumer<Object> setter;
    private Object value;

    @SuppressWarnings("unchecked")
    Binding(Consumer<?> setter) {
      this.setter = (Consumer<Object>) setter;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) value;
    }

    @Override
    public <T> T set(T newValue) {
      @SuppressWarnings("unchecked")
      T previous = (T) value;
      value = newValue;
      setter.accept(newValue);
      return previous;
    }
  }
}
