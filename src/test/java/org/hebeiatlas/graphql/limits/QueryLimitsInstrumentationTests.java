package org.hebeiatlas.graphql.limits;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class QueryLimitsInstrumentationTests {

	// language=GraphQL
	private static final String SCHEMA = """
			type Query { item: Item }
			type Item { name: String! parent: Item children: [Item!]! }
			""";

	private final AtomicInteger fetches = new AtomicInteger();

	private final GraphQL graphQl = GraphQL.newGraphQL(schema())
		.instrumentation(new QueryLimitsInstrumentation(
				new GraphQlLimitsProperties(3, 14, 2, DataSize.ofKilobytes(1), Duration.ofSeconds(1))))
		.build();

	@Test
	void shouldRunAQueryAtEveryLimit() {
		// Depth 3, 2 aliases, complexity 1 + (1 + 1) + (1 + 10 × 1) = 14.
		ExecutionResult result = this.graphQl.execute("{ item { a: parent { name } b: children { name } } }");
		assertThat(result.getErrors()).isEmpty();
		assertThat(this.fetches).hasValue(1);
	}

	@Test
	void shouldRefuseADeeperQueryBeforeItRuns() {
		assertRefused("{ item { parent { parent { name } } } }", "atlas.graphql.limits.max-depth",
				"Query depth 4 exceeds the limit of 3 (atlas.graphql.limits.max-depth).");
	}

	@Test
	void shouldRefuseACostlierQueryBeforeItRuns() {
		assertRefused("{ item { a: parent { name } b: children { name } name } }", "atlas.graphql.limits.max-complexity",
				"Query complexity 15 exceeds the limit of 14 (atlas.graphql.limits.max-complexity).");
	}

	@Test
	void shouldRefuseMoreAliasesBeforeTheDocumentIsValidated() {
		assertRefused("{ a: item { name } b: item { name } c: item { unknownField } }", "atlas.graphql.limits.max-aliases",
				"Alias count 3 exceeds the limit of 2 (atlas.graphql.limits.max-aliases).");
	}

	private void assertRefused(String query, String limit, String message) {
		ExecutionResult result = this.graphQl.execute(query);
		assertThat(result.isDataPresent()).isFalse();
		assertThat(result.getErrors()).singleElement().satisfies((GraphQLError error) -> {
			assertThat(error.getMessage()).isEqualTo(message);
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getExtensions()).containsEntry("limit", limit);
		});
		assertThat(this.fetches).hasValue(0);
	}

	private GraphQLSchema schema() {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", (type) -> type.dataFetcher("item", (environment) -> {
				this.fetches.incrementAndGet();
				return null;
			}))
			.build();
		return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
	}

}
