package dev.gal.schema;

import dev.gal.model.JsonPointer;

/**
 * A key or value the schema stage reported together with what the author
 * most likely meant: the did-you-mean of an unknown key or of a value that is
 * not among the allowed ones ('aws_proxy' for AWS_PROXY).
 *
 * @param pointer the misspelled key's member, or the misspelled value
 * @param meant the key or value the message suggests
 * @param key whether the key is misspelled, rather than the value
 */
public record Misspelling(JsonPointer pointer, String meant, boolean key) {}
