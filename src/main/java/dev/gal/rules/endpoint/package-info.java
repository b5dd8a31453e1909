/** Rules about endpoint. */
package dev.gal.rules.endpoint;
