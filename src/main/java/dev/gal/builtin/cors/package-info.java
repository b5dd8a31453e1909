/** Rules about cors. */
package dev.gal.builtin.cors;
