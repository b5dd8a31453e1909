/** Rules about auth. */
package dev.gal.rules.auth;
