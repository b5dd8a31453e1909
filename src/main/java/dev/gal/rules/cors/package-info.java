/** Rules about cors. */
package dev.gal.rules.cors;
