/**
 * gal lsp: the Language Server Protocol 3.17 over stdio, on a small JSON-RPC
 * layer of its own over Jackson. The server lints through the engine's
 * {@link dev.gal.engine.LintSession}, as gal lint does, so editor and command
 * line report the same findings.
 */
package dev.gal.lsp;
