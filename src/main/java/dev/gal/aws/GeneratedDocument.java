package dev.gal.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An OpenAPI document made from a GAL config, with the map back to the config,
 * and the parameters of the import and deployment that the document cannot carry.
 */
public record GeneratedDocument(ObjectNode document, SourceMap sourceMap, Deployment deployment) {}
