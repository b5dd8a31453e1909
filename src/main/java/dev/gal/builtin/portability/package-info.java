/** Rules about portability. */
package dev.gal.builtin.portability;
