/** Rules about paths. */
package dev.gal.builtin.paths;
