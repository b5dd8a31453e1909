/** Rules about auth. */
package dev.gal.builtin.auth;
