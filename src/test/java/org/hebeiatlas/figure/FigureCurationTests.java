package org.hebeiatlas.figure;

import java.util.HashMap;
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
class FigureCurationTests {

	// language=GraphQL
	private static final String FIGURE_FIELDS = """
			id metric label value unit year growthPercent approximate quote uncertain fact { id } sources { code }
			subject { __typename ... on County { slug } ... on Cluster { slug } ... on Company { slug } }
			""";

	// language=GraphQL
	private static final String CREATE = """
			mutation ($input: CreateFigureInput!) {
			  createFigure(input: $input) { figure { %s } userErrors { field message code } }
			}
			""".formatted(FIGURE_FIELDS);

	// language=GraphQL
	private static final String UPDATE = """
			mutation ($input: UpdateFigureInput!) {
			  updateFigure(input: $input) { figure { %s } userErrors { field message code } }
			}
			""".formatted(FIGURE_FIELDS);

	// language=GraphQL
	private static final String DELETE = """
			mutation ($input: DeleteInput!) { deleteFigure(input: $input) { deletedId userErrors { field message code } } }
			""";

	// language=GraphQL
	private static final String CREATE_FACT = """
			mutation ($input: CreateFactInput!) { createFact(input: $input) { fact { id } userErrors { code } } }
			""";

	// language=GraphQL
	private static final String DELETE_FACT = """
			mutation ($id: ID!) { deleteFact(input: {id: $id, dependants: DELETE}) { deletedId } }
			""";

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldCreateUpdateAndDeleteAFigure() {
		HttpGraphQlTester curator = Curators.asCurator(this.graphQlTester);
		String fact = createFact(Map.of("company", "kangbeier"), "Test: sold 1.5bn sweets.");
		Map<String, Object> input = new HashMap<>(Map.of("subject", Map.of("company", "kangbeier"), "metric",
				"PRODUCTION", "label", "sweets sold", "value", 1.5e9, "unit", "PIECES", "year", 2023, "growthPercent",
				-3.5, "approximate", true, "quote", "1.5bn sweets", "fact", fact));
		input.put("sources", List.of("S1"));
		var created = curator.document(CREATE).variable("input", input).execute();
		assertNoErrors(created, "createFigure");
		created.path("createFigure.figure.subject.slug").entity(String.class).isEqualTo("kangbeier");
		created.path("createFigure.figure.fact.id").entity(String.class).isEqualTo(fact);
		created.path("createFigure.figure.value").entity(Double.class).isEqualTo(1.5e9);
		created.path("createFigure.figure.uncertain").entity(Boolean.class).isEqualTo(false);
		String id = created.path("createFigure.figure.id").entity(String.class).get();
		this.graphQlTester.document("{ company(slug: \"kangbeier\") { figures { label } } }")
			.execute()
			.path("company.figures[*].label")
			.entityList(String.class)
			.contains("sweets sold");

		var updated = curator.document(UPDATE)
			.variable("input", Map.of("id", id, "value", 1.6e9, "quote", "", "fact", "", "subject",
					Map.of("county", "longyao"), "sources", List.of("S1", "S129")))
			.execute();
		assertNoErrors(updated, "updateFigure");
		updated.path("updateFigure.figure.value").entity(Double.class).isEqualTo(1.6e9);
		updated.path("updateFigure.figure.quote").valueIsNull();
		updated.path("updateFigure.figure.fact").valueIsNull();
		updated.path("updateFigure.figure.label").entity(String.class).isEqualTo("sweets sold");
		updated.path("updateFigure.figure.subject.slug").entity(String.class).isEqualTo("longyao");
		updated.path("updateFigure.figure.sources[*].code").entityList(String.class).containsExactly("S1", "S129");

		curator.document(DELETE)
			.variable("input", Map.of("id", id))
			.execute()
			.path("deleteFigure.deletedId")
			.entity(String.class)
			.isEqualTo(id);
		this.graphQlTester.document("query ($id: ID!) { node(id: $id) { id } }")
			.variable("id", id)
			.execute()
			.path("node")
			.valueIsNull();
		curator.document(DELETE_FACT).variable("id", fact).execute().path("deleteFact.deletedId").entity(String.class)
			.isEqualTo(fact);
	}

	@Test
	void shouldReportEveryProblemOfARejectedWriteAndWriteNothing() {
		int before = figuresCount();
		HttpGraphQlTester curator = Curators.asCurator(this.graphQlTester);
		var response = curator.document(CREATE)
			.variable("input", Map.of("subject", Map.of("cluster", "no-such-cluster"), "metric", "OTHER", "label", "",
					"value", 1, "unit", "per cent", "year", 999, "growthPercent", -101, "fact", "bm90LWFuLWlk",
					"sources", List.of()))
			.execute();
		response.path("createFigure.figure").valueIsNull();
		response.path("createFigure.userErrors[*].field")
			.entityList(List.class)
			.satisfies((fields) -> assertThat(fields).containsExactlyInAnyOrder(
					List.of("input", "subject", "cluster"), List.of("input", "label"), List.of("input", "unit"),
					List.of("input", "year"), List.of("input", "growthPercent"), List.of("input", "fact"),
					List.of("input", "sources")));
		response.path("createFigure.userErrors[?(@.field[1] == 'subject')].code")
			.entityList(String.class)
			.containsExactly("NOT_FOUND");
		String unknownFact = GlobalId.encode("Fact", 999_999_999L);
		assertSingleError(curator.document(CREATE)
			.variable("input", Map.of("subject", Map.of(), "metric", "OTHER", "label", "x", "value", 1, "unit", "CNY",
					"fact", unknownFact, "sources", List.of("S1")))
			.execute(), "createFigure", "NOT_FOUND", "fact");
		assertThat(figuresCount()).isEqualTo(before);
	}

	@Test
	void shouldKeepAFigureAndItsFactAboutTheSameSubject() {
		HttpGraphQlTester curator = Curators.asCurator(this.graphQlTester);
		String fact = createFact(Map.of("cluster", "anping-wire-mesh"), "Test: 12 mesh lines.");
		int before = figuresCount();
		assertSingleError(curator.document(CREATE)
			.variable("input", Map.of("subject", Map.of("county", "anping"), "metric", "OTHER", "label", "mesh lines",
					"value", 12, "unit", "LINES", "fact", fact, "sources", List.of("S1")))
			.execute(), "createFigure", "INVALID", "fact");
		assertThat(figuresCount()).isEqualTo(before);

		String figure = curator.document(CREATE)
			.variable("input", Map.of("subject", Map.of("cluster", "anping-wire-mesh"), "metric", "OTHER", "label",
					"mesh lines", "value", 12, "unit", "LINES", "fact", fact, "sources", List.of("S1")))
			.execute()
			.path("createFigure.figure.id")
			.entity(String.class)
			.get();
		assertSingleError(curator.document(UPDATE)
			.variable("input", Map.of("id", figure, "subject", Map.of("county", "anping"), "label", "moved"))
			.execute(), "updateFigure", "INVALID", "fact");
		this.graphQlTester.document("query ($id: ID!) { node(id: $id) { ... on Figure { label subject { __typename } } } }")
			.variable("id", figure)
			.execute()
			.path("node.label")
			.entity(String.class)
			.isEqualTo("mesh lines")
			.path("node.subject.__typename")
			.entity(String.class)
			.isEqualTo("Cluster");
		assertSingleError(curator.document(UPDATE).variable("input", Map.of("id", figure, "sources", List.of())).execute(),
				"updateFigure", "INVALID", "sources");

		curator.document(DELETE_FACT).variable("id", fact).execute().path("deleteFact.deletedId").entity(String.class)
			.isEqualTo(fact);
		assertThat(figuresCount()).isEqualTo(before);
	}

	@Test
	void shouldRefuseAnonymousWritesWithoutWriting() {
		int before = figuresCount();
		Long anyFigure = this.jdbc.sql("select min(id) from figure").query(Long.class).single();
		String id = GlobalId.encode("Figure", anyFigure);
		Double value = this.jdbc.sql("select figure_value from figure where id = ?").param(anyFigure)
			.query(Double.class)
			.single();
		assertUnauthorized(this.graphQlTester.document(CREATE)
			.variable("input", Map.of("subject", Map.of(), "metric", "OTHER", "label", "x", "value", 1, "unit", "CNY",
					"sources", List.of("S1"))));
		assertUnauthorized(this.graphQlTester.document(UPDATE).variable("input", Map.of("id", id, "value", value + 1)));
		assertUnauthorized(this.graphQlTester.document(DELETE).variable("input", Map.of("id", id)));
		assertThat(figuresCount()).isEqualTo(before);
		assertThat(this.jdbc.sql("select figure_value from figure where id = ?").param(anyFigure).query(Double.class)
			.single()).isEqualTo(value);
	}

	private String createFact(Map<String, String> subject, String text) {
		return Curators.asCurator(this.graphQlTester)
			.document(CREATE_FACT)
			.variable("input", Map.of("subject", subject, "text", text, "sources", List.of("S1")))
			.execute()
			.path("createFact.fact.id")
			.entity(String.class)
			.get();
	}

	private int figuresCount() {
		return this.jdbc.sql("select count(*) from figure").query(Integer.class).single();
	}

}
