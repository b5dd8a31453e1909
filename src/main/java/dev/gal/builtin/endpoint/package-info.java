/** Rules about endpoint. */
package dev.gal.builtin.endpoint;
