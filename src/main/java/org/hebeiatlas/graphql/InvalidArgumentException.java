package org.hebeiatlas.graphql;

/**
 * A client sent an argument that cannot be used (a malformed id or cursor, a page size out of range); reported as a
 * {@code BAD_REQUEST} error naming the argument.
 */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, String problem) {
		super("Argument '" + argument + "' " + problem + ".");
		this.argument = argument;
	}

	public String getArgument() {
		return this.argument;
	}

}
