package org.hebeiatlas.graphql;

import java.util.ArrayList;
import java.util.List;

import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasIntegrationTest
class PaginationTests {

	// language=GraphQL
	private static final String SOURCES = """
			query ($first: Int, $after: String, $last: Int, $before: String) {
			  sources(first: $first, after: $after, last: $last, before: $before) {
			    totalCount
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    edges { cursor node { code } }
			  }
			}
			""";

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Test
	void shouldReturnTwentyByDefaultWithTheTotalCount() {
		var response = this.graphQlTester.document(SOURCES).execute();
		response.path("sources.totalCount").entity(Integer.class).isEqualTo(205);
		response.path("sources.edges").entityList(Object.class).hasSize(20);
		response.path("sources.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		response.path("sources.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		// Codes sort by their number: S2 comes before S10.
		response.path("sources.edges[*].node.code")
			.entityList(String.class)
			.containsExactly("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "S11", "S12", "S13", "S14",
					"S15", "S16", "S17", "S18", "S19", "S20");
	}

	@Test
	void shouldWalkForwardThroughEveryItemExactlyOnce() {
		List<String> codes = walk("first", "after", "hasNextPage", "endCursor");
		assertThat(codes).hasSize(205).doesNotHaveDuplicates().startsWith("S1", "S2").endsWith("S250");
	}

	@Test
	void shouldWalkBackwardFromTheEnd() {
		List<String> codes = walk("last", "before", "hasPreviousPage", "startCursor");
		assertThat(codes).hasSize(205).doesNotHaveDuplicates().startsWith("S250").endsWith("S1");
	}

	@Test
	void shouldPageBackFromACursor() {
		var page = this.graphQlTester.document(SOURCES).variable("first", 10).execute();
		String tenth = page.path("sources.edges[9].cursor").entity(String.class).get();
		var previous = this.graphQlTester.document(SOURCES).variable("last", 3).variable("before", tenth).execute();
		previous.path("sources.edges[*].node.code").entityList(String.class).containsExactly("S7", "S8", "S9");
		previous.path("sources.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		previous.path("sources.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void shouldAcceptZeroAndOneHundred() {
		this.graphQlTester.document(SOURCES).variable("first", 0).execute().path("sources.edges").entityList(Object.class)
			.hasSize(0)
			.path("sources.totalCount")
			.entity(Integer.class)
			.isEqualTo(205);
		this.graphQlTester.document(SOURCES).variable("first", 100).execute().path("sources.edges")
			.entityList(Object.class)
			.hasSize(100);
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 101, 2147483647 })
	void shouldRejectPageSizesOutOfRange(int first) {
		this.graphQlTester.document(SOURCES)
			.variable("first", first)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo("Argument 'first' must be between 0 and 100, was " + first + ".");
			}));
	}

	@ParameterizedTest
	@ValueSource(strings = { "garbage", "YXRsYXM6djE6LTE", "YXRsYXM6djE6OTk5OTk5OTk5OTk5OTk5OTk5OTk5" })
	void shouldRejectCursorsItDidNotIssue(String cursor) {
		this.graphQlTester.document(SOURCES)
			.variable("after", cursor)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo("Argument 'after' is not a cursor issued by this API.");
			}));
	}

	@Test
	void shouldRejectFirstTogetherWithLast() {
		this.graphQlTester.document(SOURCES)
			.variable("first", 5)
			.variable("last", 5)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
	}

	private List<String> walk(String size, String cursorArgument, String more, String nextCursor) {
		List<String> codes = new ArrayList<>();
		String cursor = null;
		boolean hasMore = true;
		while (hasMore) {
			var response = this.graphQlTester.document(SOURCES)
				.variable(size, 50)
				.variable(cursorArgument, cursor)
				.execute();
			List<String> page = new ArrayList<>(
					response.path("sources.edges[*].node.code").entityList(String.class).get());
			if (size.equals("last")) {
				java.util.Collections.reverse(page);
			}
			codes.addAll(page);
			hasMore = response.path("sources.pageInfo." + more).entity(Boolean.class).get();
			cursor = response.path("sources.pageInfo." + nextCursor).entity(String.class).get();
		}
		return codes;
	}

}
