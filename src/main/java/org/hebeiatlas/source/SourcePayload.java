package org.hebeiatlas.source;

import java.util.List;

import org.hebeiatlas.curation.UserError;

/**
 * The result of a source write.
 */
record SourcePayload(Source source, List<UserError> userErrors) {

	static SourcePayload of(Source source) {
		return new SourcePayload(source, List.of());
	}

	static SourcePayload rejected(List<UserError> errors) {
		return new SourcePayload(null, errors);
	}

}
