/**
 * The command line: one picocli class per subcommand, on top of the pipeline and search packages.
 */
package org.foiarchive.cli;
