package org.hebeiatlas.search;

import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search query that cannot be run refuses the whole request before anything runs, with one error that names it.
 */
@AtlasIntegrationTest
class SearchQueryCheckTests {

	// language=GraphQL
	private static final String SEARCH = """
			query ($query: String!) { search(query: $query) { totalCount } province { name } }
			""";

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@ParameterizedTest
	@ValueSource(ints = { 257, 10_000 })
	void shouldRefuseAQueryTooLongWithOneError(int length) {
		var response = this.graphQlTester.document(SEARCH).variable("query", "a".repeat(length)).execute();
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).isEqualTo("Argument 'query' is longer than 256 characters.");
		}));
		response.path("province").pathDoesNotExist();
	}

	@ParameterizedTest
	@ValueSource(strings = { "one two three four five six seven eight nine ten eleven twelve thirteen" })
	void shouldRefuseAQueryWithTooManyTerms(String query) {
		this.graphQlTester.document(SEARCH)
			.variable("query", query)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).isEqualTo("Argument 'query' has more than 12 terms.")));
	}

	@Test
	void shouldRefuseADistanceOrderWithoutAPointWithOneError() {
		var response = this.graphQlTester
			.document("{ search(query: \"food\", orderBy: DISTANCE) { totalCount } province { name } }")
			.execute();
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage())
				.isEqualTo("Argument 'orderBy' DISTANCE needs a 'near' filter to measure from.");
		}));
		response.path("province").pathDoesNotExist();
	}

}
