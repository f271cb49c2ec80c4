package org.hebeiatlas.graphiql;

import java.time.Duration;
import java.util.Locale;

import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * Finds a real global id to fill into examples that take one, by asking the API itself as a client would.
 */
@Component
class SampleIds {

	// language=GraphQL
	private static final String FIRST_COUNTY = "query graphiqlSampleId { counties(first: 1) { edges { node { id } } } }";

	private final ExecutionGraphQlService graphQlService;

	SampleIds(ExecutionGraphQlService graphQlService) {
		this.graphQlService = graphQlService;
	}

	/** The id of the first county, or null when the Atlas holds none. */
	String anyId() {
		var request = new DefaultExecutionGraphQlRequest(FIRST_COUNTY, null, null, null, "graphiql-sample-id",
				Locale.ROOT);
		ExecutionGraphQlResponse response = this.graphQlService.execute(request).block(Duration.ofSeconds(10));
		if (response == null || !response.isValid() || !response.getErrors().isEmpty()) {
			return null;
		}
		return response.field("counties.edges[0].node.id").getValue();
	}

}
