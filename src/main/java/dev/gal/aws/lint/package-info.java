/**
 * Where lint and export meet: gal lint's check of the document gal export would write, handed to the engine as a
 * stage, and the longest integration timeout the export writes, which the run's rule options set.
 */
package dev.gal.aws.lint;
