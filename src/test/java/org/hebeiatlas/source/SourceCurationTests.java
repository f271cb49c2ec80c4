package org.hebeiatlas.source;

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
import static org.hebeiatlas.curation.CurationAssertions.idOf;

@AtlasIntegrationTest
class SourceCurationTests {

	// language=GraphQL
	private static final String CREATE = """
			mutation ($input: CreateSourceInput!) {
			  createSource(input: $input) {
			    source { id code title url published publisher reliability note }
			    userErrors { field message code }
			  }
			}
			""";

	// language=GraphQL
	private static final String UPDATE = """
			mutation ($input: UpdateSourceInput!) {
			  updateSource(input: $input) { source { code title url reliability } userErrors { field message code } }
			}
			""";

	// language=GraphQL
	private static final String DELETE = """
			mutation ($input: DeleteInput!) { deleteSource(input: $input) { deletedId userErrors { field message code } } }
			""";

	// language=GraphQL
	private static final String LINK = """
			mutation ($input: SourceLinkInput!) {
			  linkSource(input: $input) {
			    node { __typename sources { code } ... on County { slug } }
			    userErrors { field message code }
			  }
			}
			""";

	// language=GraphQL
	private static final String UNLINK = """
			mutation ($input: SourceLinkInput!) {
			  unlinkSource(input: $input) {
			    node { __typename sources { code } ... on County { slug } }
			    userErrors { field message code }
			  }
			}
			""";

	// language=GraphQL
	private static final String CREATE_FACT = """
			mutation ($input: CreateFactInput!) { createFact(input: $input) { fact { id } userErrors { code } } }
			""";

	// language=GraphQL
	private static final String CREATE_PLAN = """
			mutation ($input: CreatePlanInput!) { createPlan(input: $input) { plan { id } userErrors { code } } }
			""";

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldCreateUpdateAndDeleteASource() {
		HttpGraphQlTester curator = Curators.asCurator(this.graphQlTester);
		var created = curator.document(CREATE)
			.variable("input", Map.of("code", "TEST-CRUD", "title", "Test page", "url", "https://example.org/a?b=c",
					"published", "2024-05", "publisher", "Example", "reliability", "MEDIUM"))
			.execute();
		assertNoErrors(created, "createSource");
		created.path("createSource.source.note").valueIsNull();
		String id = created.path("createSource.source.id").entity(String.class).get();
		this.graphQlTester.document("{ source(code: \"TEST-CRUD\") { title url } }")
			.execute()
			.path("source.url")
			.entity(String.class)
			.isEqualTo("https://example.org/a?b=c");

		var updated = curator.document(UPDATE)
			.variable("input", Map.of("id", id, "code", "TEST-CRUD-2", "url", "", "reliability", "LOW"))
			.execute();
		assertNoErrors(updated, "updateSource");
		updated.path("updateSource.source.code").entity(String.class).isEqualTo("TEST-CRUD-2");
		updated.path("updateSource.source.url").valueIsNull();
		updated.path("updateSource.source.title").entity(String.class).isEqualTo("Test page");
		updated.path("updateSource.source.reliability").entity(String.class).isEqualTo("LOW");

		curator.document(DELETE)
			.variable("input", Map.of("id", id))
			.execute()
			.path("deleteSource.deletedId")
			.entity(String.class)
			.isEqualTo(id);
		this.graphQlTester.document("{ source(code: \"TEST-CRUD-2\") { title } }").execute().path("source").valueIsNull();
	}

	@Test
	void shouldRefuseBadCodesTitlesAndAddressesAndWriteNothing() {
		int before = sourcesCount();
		HttpGraphQlTester curator = Curators.asCurator(this.graphQlTester);
		var response = curator.document(CREATE)
			.variable("input", Map.of("code", "bad code!", "title", " ", "url", "javascript:alert(1)", "published",
					"p".repeat(101), "reliability", "HIGH"))
			.execute();
		response.path("createSource.source").valueIsNull();
		response.path("createSource.userErrors[*].field")
			.entityList(List.class)
			.contains(List.of("input", "code"), List.of("input", "title"), List.of("input", "url"),
					List.of("input", "published"));
		for (String url : List.of("ftp://example.org/file", "example.org", "https://", "http://exa mple.org")) {
			assertSingleError(curator.document(CREATE)
				.variable("input", Map.of("code", "TEST-URL", "title", "Bad address", "url", url, "reliability", "LOW"))
				.execute(), "createSource", "INVALID", "url");
		}
		assertSingleError(curator.document(CREATE)
			.variable("input", Map.of("code", "S1", "title", "Again", "reliability", "LOW"))
			.execute(), "createSource", "DUPLICATE", "code");
		assertSingleError(curator.document(CREATE)
			.variable("input", Map.of("code", "S".repeat(33), "title", "Long code", "reliability", "LOW"))
			.execute(), "createSource", "INVALID", "code");
		assertThat(sourcesCount()).isEqualTo(before);
	}

	@Test
	void shouldLinkAndUnlinkASourceToAnySourcedObject() {
		HttpGraphQlTester curator = Curators.asCurator(this.graphQlTester);
		String source = createSource("TEST-LINK");
		String qinghe = idOf(this.graphQlTester, "county", "qinghe");
		Map<String, Object> input = Map.of("target", qinghe, "source", "TEST-LINK");
		for (int i = 0; i < 2; i++) {
			var linked = curator.document(LINK).variable("input", input).execute();
			assertNoErrors(linked, "linkSource");
			linked.path("linkSource.node.__typename").entity(String.class).isEqualTo("County");
			linked.path("linkSource.node.slug").entity(String.class).isEqualTo("qinghe");
			linked.path("linkSource.node.sources[*].code").entityList(String.class).contains("TEST-LINK");
		}
		this.graphQlTester.document("{ county(slug: \"qinghe\") { sources { code } } }")
			.execute()
			.path("county.sources[*].code")
			.entityList(String.class)
			.contains("TEST-LINK");

		var unlinked = curator.document(UNLINK).variable("input", input).execute();
		assertNoErrors(unlinked, "unlinkSource");
		unlinked.path("unlinkSource.node.sources[*].code").entityList(String.class).doesNotContain("TEST-LINK");
		assertNoErrors(curator.document(UNLINK).variable("input", input).execute(), "unlinkSource");

		assertSingleError(curator.document(LINK).variable("input", Map.of("target", "nonsense", "source", "S1")).execute(),
				"linkSource", "INVALID", "target");
		assertSingleError(curator.document(LINK).variable("input", Map.of("target", source, "source", "S1")).execute(),
				"linkSource", "INVALID", "target");
		assertSingleError(curator.document(LINK)
			.variable("input", Map.of("target", GlobalId.encode("Plan", 999_999_999L), "source", "S1"))
			.execute(), "linkSource", "NOT_FOUND", "target");
		assertSingleError(curator.document(LINK).variable("input", Map.of("target", qinghe, "source", "S99999")).execute(),
				"linkSource", "NOT_FOUND", "source");

		String fact = curator.document(CREATE_FACT)
			.variable("input", Map.of("subject", Map.of("county", "qinghe"), "text", "Test: one source.", "sources",
					List.of("TEST-LINK")))
			.execute()
			.path("createFact.fact.id")
			.entity(String.class)
			.get();
		assertSingleError(curator.document(UNLINK).variable("input", Map.of("target", fact, "source", "TEST-LINK"))
			.execute(), "unlinkSource", "INVALID", "source");
		assertNoErrors(curator.document(LINK).variable("input", Map.of("target", fact, "source", "S1")).execute(),
				"linkSource");
		curator.document(UNLINK)
			.variable("input", Map.of("target", fact, "source", "TEST-LINK"))
			.execute()
			.path("unlinkSource.node.sources[*].code")
			.entityList(String.class)
			.containsExactly("S1");

		deleteFact(fact);
		curator.document(DELETE).variable("input", Map.of("id", source)).execute().path("deleteSource.deletedId")
			.entity(String.class).isEqualTo(source);
	}

	@Test
	void shouldDetachADeletedSourceFromWhatCitesItButNeverLeaveAFactUnsourced() {
		HttpGraphQlTester curator = Curators.asCurator(this.graphQlTester);
		String source = createSource("TEST-DEPENDANTS");
		String plan = curator.document(CREATE_PLAN)
			.variable("input", Map.of("slug", "test-source-dependants-plan", "name", "Cites the test source",
					"sources", List.of("TEST-DEPENDANTS")))
			.execute()
			.path("createPlan.plan.id")
			.entity(String.class)
			.get();
		String fact = curator.document(CREATE_FACT)
			.variable("input", Map.of("subject", Map.of(), "text", "Test: cites only the test source.", "sources",
					List.of("TEST-DEPENDANTS")))
			.execute()
			.path("createFact.fact.id")
			.entity(String.class)
			.get();

		var refused = curator.document(DELETE).variable("input", Map.of("id", source)).execute();
		assertSingleError(refused, "deleteSource", "STILL_REFERENCED", "dependants");
		refused.path("deleteSource.userErrors[0].message")
			.entity(String.class)
			.satisfies((message) -> assertThat(message).contains("1 facts").contains("1 plans"));
		assertSingleError(curator.document(DELETE)
			.variable("input", Map.of("id", source, "dependants", "DELETE"))
			.execute(), "deleteSource", "INVALID", "dependants");
		assertSingleError(curator.document(DELETE)
			.variable("input", Map.of("id", source, "dependants", "DETACH"))
			.execute(), "deleteSource", "INVALID", "dependants");
		this.graphQlTester.document("{ plan(slug: \"test-source-dependants-plan\") { sources { code } } }")
			.execute()
			.path("plan.sources[*].code")
			.entityList(String.class)
			.containsExactly("TEST-DEPENDANTS");

		assertNoErrors(curator.document(LINK).variable("input", Map.of("target", fact, "source", "S2")).execute(),
				"linkSource");
		curator.document(DELETE)
			.variable("input", Map.of("id", source, "dependants", "DETACH"))
			.execute()
			.path("deleteSource.deletedId")
			.entity(String.class)
			.isEqualTo(source);
		this.graphQlTester.document("{ plan(slug: \"test-source-dependants-plan\") { sources { code } } }")
			.execute()
			.path("plan.sources")
			.entityList(Object.class)
			.hasSize(0);
		this.graphQlTester.document("query ($id: ID!) { node(id: $id) { ... on Fact { sources { code } } } }")
			.variable("id", fact)
			.execute()
			.path("node.sources[*].code")
			.entityList(String.class)
			.containsExactly("S2");

		deleteFact(fact);
		curator.document("mutation ($id: ID!) { deletePlan(input: {id: $id}) { deletedId } }")
			.variable("id", plan)
			.execute()
			.path("deletePlan.deletedId")
			.entity(String.class)
			.isEqualTo(plan);
	}

	@Test
	void shouldRefuseAnonymousWritesWithoutWriting() {
		int before = sourcesCount();
		String s1 = idOf(this.graphQlTester, "source", "code", "S1");
		String qinghe = idOf(this.graphQlTester, "county", "qinghe");
		assertUnauthorized(this.graphQlTester.document(CREATE)
			.variable("input", Map.of("code", "INTRUDER", "title", "Intruder", "reliability", "HIGH")));
		assertUnauthorized(this.graphQlTester.document(UPDATE).variable("input", Map.of("id", s1, "title", "Hacked")));
		assertUnauthorized(this.graphQlTester.document(DELETE).variable("input", Map.of("id", s1, "dependants", "DETACH")));
		assertUnauthorized(this.graphQlTester.document(UNLINK).variable("input", Map.of("target", qinghe, "source", "S1")));
		assertUnauthorized(this.graphQlTester.document(LINK).variable("input", Map.of("target", qinghe, "source", "S2")));
		assertThat(sourcesCount()).isEqualTo(before);
		this.graphQlTester.document("{ source(code: \"S1\") { title } }")
			.execute()
			.path("source.title")
			.entity(String.class)
			.isEqualTo("County industries given chance to grow in Hebei (Yuan Shenggao)");
	}

	private String createSource(String code) {
		return Curators.asCurator(this.graphQlTester)
			.document(CREATE)
			.variable("input", Map.of("code", code, "title", "Test source " + code, "reliability", "LOW"))
			.execute()
			.path("createSource.source.id")
			.entity(String.class)
			.get();
	}

	private void deleteFact(String id) {
		Curators.asCurator(this.graphQlTester)
			.document("mutation ($id: ID!) { deleteFact(input: {id: $id}) { deletedId } }")
			.variable("id", id)
			.execute()
			.path("deleteFact.deletedId")
			.entity(String.class)
			.isEqualTo(id);
	}

	private int sourcesCount() {
		return this.jdbc.sql("select count(*) from source").query(Integer.class).single();
	}

}
