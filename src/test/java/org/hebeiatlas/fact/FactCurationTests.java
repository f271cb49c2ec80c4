package org.hebeiatlas.fact;

import java.util.List;
import java.util.Map;

import org.hebeiatlas.AtlasIntegrationTest;
import org.hebeiatlas.curation.Curators;
import org.hebeiatlas.graphql.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hebeiatlas.curation.CurationAssertions.assertNoErrors;
import static org.hebeiatlas.curation.CurationAssertions.assertSingleError;
import static org.hebeiatlas.curation.CurationAssertions.assertUnauthorized;

@AtlasIntegrationTest
class FactCurationTests {

	// language=GraphQL
	private static final String FACT_FIELDS = """
			id text year uncertain note sources { code } figures { id }
			subject { __typename ... on County { slug } ... on Cluster { slug } ... on Company { slug } }
			""";

	// language=GraphQL
	private static final String CREATE = """
			mutation ($input: CreateFactInput!) {
			  createFact(input: $input) { fact { %s } userErrors { field message code } }
			}
			""".formatted(FACT_FIELDS);

	// language=GraphQL
	private static final String UPDATE = """
			mutation ($input: UpdateFactInput!) {
			  updateFact(input: $input) { fact { %s } userErrors { field message code } }
			}
			""".formatted(FACT_FIELDS);

	// language=GraphQL
	private static final String DELETE = """
			mutation ($input: DeleteInput!) { deleteFact(input: $input) { deletedId userErrors { field message code } } }
			""";

	// language=GraphQL
	private static final String CREATE_FIGURE = """
			mutation ($input: CreateFigureInput!) {
			  createFigure(input: $input) { figure { id } userErrors { field message code } }
			}
			""";

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldCreateUpdateMoveAndDeleteAFact() {
		HttpGraphQlTester curator = Curators.asCurator(this.graphQlTester);
		var created = curator.document(CREATE)
			.variable("input", Map.of("subject", Map.of("cluster", "qinghe-cashmere"), "text", "Test fact: 3 looms.",
					"year", 2024, "note", "a test", "sources", List.of("S1", "S2")))
			.execute();
		assertNoErrors(created, "createFact");
		created.path("createFact.fact.subject.__typename").entity(String.class).isEqualTo("Cluster");
		created.path("createFact.fact.subject.slug").entity(String.class).isEqualTo("qinghe-cashmere");
		created.path("createFact.fact.uncertain").entity(Boolean.class).isEqualTo(false);
		String id = created.path("createFact.fact.id").entity(String.class).get();
		this.graphQlTester.document("{ cluster(slug: \"qinghe-cashmere\") { facts { text } } }")
			.execute()
			.path("cluster.facts[*].text")
			.entityList(String.class)
			.satisfies((texts) -> assertThat(texts).last().isEqualTo("Test fact: 3 looms."));

		var updated = curator.document(UPDATE)
			.variable("input", Map.of("id", id, "subject", Map.of(), "text", "Test fact: 4 looms.", "note", "",
					"uncertain", true, "sources", List.of("S3")))
			.execute();
		assertNoErrors(updated, "updateFact");
		updated.path("updateFact.fact.subject.__typename").entity(String.class).isEqualTo("Province");
		updated.path("updateFact.fact.note").valueIsNull();
		updated.path("updateFact.fact.year").entity(Integer.class).isEqualTo(2024);
		updated.path("updateFact.fact.sources[*].code").entityList(String.class).containsExactly("S3");
		this.graphQlTester.document("{ province { facts { text } } }")
			.execute()
			.path("province.facts[*].text")
			.entityList(String.class)
			.satisfies((texts) -> assertThat(texts).last().isEqualTo("Test fact: 4 looms."));
		this.graphQlTester.document("{ cluster(slug: \"qinghe-cashmere\") { facts { text } } }")
			.execute()
			.path("cluster.facts[*].text")
			.entityList(String.class)
			.doesNotContain("Test fact: 3 looms.", "Test fact: 4 looms.");

		curator.document(DELETE)
			.variable("input", Map.of("id", id))
			.execute()
			.path("deleteFact.deletedId")
			.entity(String.class)
			.isEqualTo(id);
		this.graphQlTester.document("query ($id: ID!) { node(id: $id) { id } }")
			.variable("id", id)
			.execute()
			.path("node")
			.valueIsNull();
	}

	@Test
	void shouldReportEveryProblemOfARejectedWriteAndWriteNothing() {
		int before = factsCount();
		HttpGraphQlTester curator = Curators.asCurator(this.graphQlTester);
		var response = curator.document(CREATE)
			.variable("input", Map.of("subject", Map.of("county", "qinghe", "company", "kangbeier"), "text", " ",
					"year", 3000, "sources", List.of()))
			.execute();
		response.path("createFact.fact").valueIsNull();
		response.path("createFact.userErrors[*].field")
			.entityList(List.class)
			.satisfies((fields) -> assertThat(fields).containsExactlyInAnyOrder(List.of("input", "subject"),
					List.of("input", "text"), List.of("input", "year"), List.of("input", "sources")));
		assertSingleError(curator.document(CREATE)
			.variable("input", Map.of("subject", Map.of("county", "atlantis"), "text", "About nowhere.", "sources",
					List.of("S1")))
			.execute(), "createFact", "NOT_FOUND", "subject", "county");
		assertSingleError(curator.document(CREATE)
			.variable("input", Map.of("subject", Map.of(), "text", "Unsourced.", "sources", List.of("S99999")))
			.execute(), "createFact", "NOT_FOUND", "sources", "0");
		assertThat(factsCount()).isEqualTo(before);
	}

	@Test
	void shouldDetachOrDeleteTheFiguresReadFromADeletedFact() {
		HttpGraphQlTester curator = Curators.asCurator(this.graphQlTester);
		for (String choice : List.of("DETACH", "DELETE")) {
			String fact = curator.document(CREATE)
				.variable("input", Map.of("subject", Map.of("county", "qinghe"), "text", "Test: 7 mills.", "sources",
						List.of("S1")))
				.execute()
				.path("createFact.fact.id")
				.entity(String.class)
				.get();
			String figure = curator.document(CREATE_FIGURE)
				.variable("input", Map.of("subject", Map.of("county", "qinghe"), "metric", "FIRMS", "label", "mills",
						"value", 7, "unit", "FIRMS", "fact", fact, "sources", List.of("S1")))
				.execute()
				.path("createFigure.figure.id")
				.entity(String.class)
				.get();

			var refused = curator.document(DELETE).variable("input", Map.of("id", fact)).execute();
			assertSingleError(refused, "deleteFact", "STILL_REFERENCED", "dependants");
			assertSingleError(curator.document(UPDATE)
				.variable("input", Map.of("id", fact, "subject", Map.of("county", "anping")))
				.execute(), "updateFact", "INVALID", "subject");

			curator.document(DELETE)
				.variable("input", Map.of("id", fact, "dependants", choice))
				.execute()
				.path("deleteFact.deletedId")
				.entity(String.class)
				.isEqualTo(fact);
			var left = this.graphQlTester.document("query ($id: ID!) { node(id: $id) { ... on Figure { label fact { id } } } }")
				.variable("id", figure)
				.execute();
			if (choice.equals("DETACH")) {
				left.path("node.label").entity(String.class).isEqualTo("mills");
				left.path("node.fact").valueIsNull();
				curator.document("mutation ($id: ID!) { deleteFigure(input: {id: $id}) { deletedId } }")
					.variable("id", figure)
					.execute()
					.path("deleteFigure.deletedId")
					.entity(String.class)
					.isEqualTo(figure);
			}
			else {
				left.path("node").valueIsNull();
			}
		}
	}

	@Test
	void shouldRefuseAnonymousWritesWithoutWriting() {
		int before = factsCount();
		Long anyFact = this.jdbc.sql("select min(id) from fact").query(Long.class).single();
		String id = GlobalId.encode("Fact", anyFact);
		String text = this.jdbc.sql("select text from fact where id = ?").param(anyFact).query(String.class).single();
		assertUnauthorized(this.graphQlTester.document(CREATE)
			.variable("input", Map.of("subject", Map.of(), "text", "Intruder.", "sources", List.of("S1"))));
		assertUnauthorized(this.graphQlTester.document(UPDATE).variable("input", Map.of("id", id, "text", "Hacked.")));
		assertUnauthorized(this.graphQlTester.document(DELETE).variable("input", Map.of("id", id, "dependants", "DELETE")));
		assertThat(factsCount()).isEqualTo(before);
		assertThat(this.jdbc.sql("select text from fact where id = ?").param(anyFact).query(String.class).single())
			.isEqualTo(text);
	}

	private int factsCount() {
		return this.jdbc.sql("select count(*) from fact").query(Integer.class).single();
	}

}
