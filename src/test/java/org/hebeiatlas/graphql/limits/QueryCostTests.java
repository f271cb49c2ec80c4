package org.hebeiatlas.graphql.limits;

import java.util.Map;

import graphql.execution.CoercedVariables;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryCostTests {

	// language=GraphQL
	private static final String SCHEMA = """
			type Query {
			  item: Item
			  nodes(ids: [ID!]!): [Item]!
			  items(first: Int, after: String, last: Int, before: String): ItemConnection!
			}
			type ItemConnection { totalCount: Int! edges: [ItemEdge!]! }
			type ItemEdge { cursor: String! node: Item! }
			type Item { name: String! tags: [String!]! parent: Item children: [Item!]! }
			""";

	private static final GraphQLSchema schema = UnExecutableSchemaGenerator
		.makeUnExecutableSchema(new SchemaParser().parse(SCHEMA));

	@Test
	void shouldCountEachFieldOnceAndEachLevelOfNesting() {
		assertThat(measure("{ item { name } }")).isEqualTo(new QueryCost(2, 2));
		assertThat(measure("{ item { parent { parent { name } } name } }")).isEqualTo(new QueryCost(4, 5));
	}

	@Test
	void shouldMultiplyTheEdgesOfAConnectionByItsPageSize() {
		// items = 1 + totalCount 1 + edges (1 + 20 × (node 1 + name 1))
		assertThat(measure("{ items { totalCount edges { node { name } } } }")).isEqualTo(new QueryCost(4, 43));
		assertThat(measure("{ items(first: 5) { totalCount edges { node { name } } } }").complexity()).isEqualTo(13);
		assertThat(measure("{ items(last: 3) { edges { node { name } } } }").complexity()).isEqualTo(8);
		assertThat(measure("{ items(first: 0) { edges { node { name } } } }").complexity()).isEqualTo(2);
	}

	@Test
	void shouldReadPageSizesFromVariables() {
		QueryCost cost = QueryCost.measure(schema,
				Parser.parse("query ($n: Int) { items(first: $n) { edges { cursor } } }"), null,
				CoercedVariables.of(Map.of("n", 100)));
		assertThat(cost.complexity()).isEqualTo(1 + 1 + 100);
	}

	@Test
	void shouldMultiplyNodesByTheIdsAskedFor() {
		assertThat(measure("{ nodes(ids: [\"a\", \"b\", \"c\"]) { name } }").complexity()).isEqualTo(1 + 3);
	}

	@Test
	void shouldAssumeTenItemsInAListThatIsNotPaged() {
		assertThat(measure("{ item { children { name } } }").complexity()).isEqualTo(1 + 1 + 10);
		assertThat(measure("{ item { tags } }").complexity()).isEqualTo(2);
	}

	@Test
	void shouldFollowFragmentsAndSkipWhatIsSkipped() {
		assertThat(measure("""
				{ item { ...named parent @skip(if: true) { name } ... on Item { parent { name } } } }
				fragment named on Item { name }
				""")).isEqualTo(new QueryCost(3, 4));
	}

	@Test
	void shouldLeaveIntrospectionOut() {
		assertThat(measure("{ __schema { types { name fields { name type { ofType { name } } } } } item { __typename } }"))
			.isEqualTo(new QueryCost(1, 1));
	}

	@Test
	void shouldSaturateInsteadOfOverflowing() {
		String deep = "{ item " + "{ children ".repeat(20) + "{ name }" + " }".repeat(20) + " }";
		assertThat(measure(deep).complexity()).isEqualTo(Long.MAX_VALUE);
	}

	private static QueryCost measure(String query) {
		return QueryCost.measure(schema, Parser.parse(query), null, CoercedVariables.emptyVariables());
	}

}
