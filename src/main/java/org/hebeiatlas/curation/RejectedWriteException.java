package org.hebeiatlas.curation;

import java.util.List;

/**
 * Thrown inside a write's transaction to roll it back and report the user errors in the mutation's payload.
 */
public class RejectedWriteException extends RuntimeException {

	private final List<UserError> errors;

	public RejectedWriteException(List<UserError> errors) {
		super(null, null, false, false);
		this.errors = List.copyOf(errors);
	}

	public List<UserError> getErrors() {
		return this.errors;
	}

}
