/** Rules about portability. */
package dev.gal.rules.portability;
