package dev.gal.suppress;

/** A baseline file that cannot be used; the message says where and why, in words. */
public final class BaselineException extends Exception {
  private static final long serialVersionUID = 1L;

  public BaselineException(String message) {
    super(message);
  }
}
