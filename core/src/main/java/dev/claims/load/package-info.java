/** Stage 1, load: paths to decoded raw documents, with format detection and every skipped input accounted for. */
package dev.claims.load;
