package org.hebeiatlas.curation;

import java.util.List;

/**
 * The result of a delete: the id of what was deleted, or why nothing was.
 */
public record DeletePayload(String deletedId, List<UserError> userErrors) {

	public static DeletePayload deleted(String id) {
		return new DeletePayload(id, List.of());
	}

	public static DeletePayload rejected(List<UserError> errors) {
		return new DeletePayload(null, errors);
	}

}
