package org.hebeiatlas.curation;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the user errors of one write, so that a client learns of every problem at once.
 */
public final class UserErrors {

	private final List<UserError> errors = new ArrayList<>();

	public void add(UserErrorCode code, String message, String... field) {
		List<String> path = new ArrayList<>();
		path.add("input");
		path.addAll(List.of(field));
		this.errors.add(new UserError(path, message, code));
	}

	public boolean isEmpty() {
		return this.errors.isEmpty();
	}

	/** Rolls back the write when anything was wrong. */
	public void throwIfAny() {
		if (!this.errors.isEmpty()) {
			throw new RejectedWriteException(this.errors);
		}
	}

}
