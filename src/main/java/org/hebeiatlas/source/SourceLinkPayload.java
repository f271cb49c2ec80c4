package org.hebeiatlas.source;

import java.util.List;

import org.hebeiatlas.curation.UserError;
import org.hebeiatlas.model.SourcedEntity;

/**
 * The result of linking a source to, or unlinking it from, a sourced object.
 */
record SourceLinkPayload(SourcedEntity node, List<UserError> userErrors) {

	static SourceLinkPayload of(SourcedEntity node) {
		return new SourceLinkPayload(node, List.of());
	}

	static SourceLinkPayload rejected(List<UserError> errors) {
		return new SourceLinkPayload(null, errors);
	}

}
