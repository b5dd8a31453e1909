/** Rules about paths. */
package dev.gal.rules.paths;
