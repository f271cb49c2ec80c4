package org.hebeiatlas.plan;

import java.util.List;
import java.util.Map;

import org.hebeiatlas.AtlasIntegrationTest;
import org.hebeiatlas.curation.Curators;
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
class PlanCurationTests {

	// language=GraphQL
	private static final String CREATE = """
			mutation ($input: CreatePlanInput!) {
			  createPlan(input: $input) {
			    plan { id slug name nameZh issuer issued year description uncertain sources { code } }
			    userErrors { field message code }
			  }
			}
			""";

	// language=GraphQL
	private static final String UPDATE = """
			mutation ($input: UpdatePlanInput!) {
			  updatePlan(input: $input) {
			    plan { slug name issuer issued year uncertain sources { code } }
			    userErrors { field message code }
			  }
			}
			""";

	// language=GraphQL
	private static final String DELETE = """
			mutation ($input: DeleteInput!) { deletePlan(input: $input) { deletedId userErrors { field message code } } }
			""";

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldCreateUpdateAndDeleteAPlan() {
		HttpGraphQlTester curator = Curators.asCurator(this.graphQlTester);
		var created = curator.document(CREATE)
			.variable("input", Map.of("slug", "test-plan-crud", "name", "Test plan", "nameZh", "测试方案", "issuer",
					"Test office", "issued", "2024-05", "year", 2024, "sources", List.of("S1", "S142")))
			.execute();
		assertNoErrors(created, "createPlan");
		created.path("createPlan.plan.uncertain").entity(Boolean.class).isEqualTo(false);
		created.path("createPlan.plan.sources[*].code").entityList(String.class).containsExactly("S1", "S142");
		String id = created.path("createPlan.plan.id").entity(String.class).get();
		this.graphQlTester.document("{ plans(filter: {issuer: \"test office\"}) { totalCount } }")
			.execute()
			.path("plans.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);

		var updated = curator.document(UPDATE)
			.variable("input", Map.of("id", id, "slug", "test-plan-renamed", "issuer", "", "year", 2025, "uncertain",
					true, "sources", List.of()))
			.execute();
		assertNoErrors(updated, "updatePlan");
		updated.path("updatePlan.plan.slug").entity(String.class).isEqualTo("test-plan-renamed");
		updated.path("updatePlan.plan.issuer").valueIsNull();
		updated.path("updatePlan.plan.issued").entity(String.class).isEqualTo("2024-05");
		updated.path("updatePlan.plan.year").entity(Integer.class).isEqualTo(2025);
		updated.path("updatePlan.plan.sources").entityList(Object.class).hasSize(0);

		curator.document(DELETE)
			.variable("input", Map.of("id", id, "dependants", "DELETE"))
			.execute()
			.path("deletePlan.deletedId")
			.entity(String.class)
			.isEqualTo(id);
		this.graphQlTester.document("{ plan(slug: \"test-plan-renamed\") { name } }").execute().path("plan").valueIsNull();
		assertSingleError(curator.document(DELETE).variable("input", Map.of("id", id)).execute(), "deletePlan",
				"NOT_FOUND", "id");
	}

	@Test
	void shouldReportEveryProblemOfARejectedWriteAndWriteNothing() {
		int before = plansCount();
		var response = Curators.asCurator(this.graphQlTester)
			.document(CREATE)
			.variable("input", Map.of("slug", "-bad-", "name", "", "issued", "x".repeat(101), "year", 99999, "sources",
					List.of("S99999", "")))
			.execute();
		response.path("createPlan.plan").valueIsNull();
		response.path("createPlan.userErrors[*].field")
			.entityList(List.class)
			.contains(List.of("input", "slug"), List.of("input", "name"), List.of("input", "issued"),
					List.of("input", "year"), List.of("input", "sources", "0"), List.of("input", "sources", "1"));
		assertThat(plansCount()).isEqualTo(before);

		String existing = idOf(this.graphQlTester, "plan", "county-industries-revitalization-plan");
		var duplicate = Curators.asCurator(this.graphQlTester)
			.document(UPDATE)
			.variable("input", Map.of("id", existing, "slug", "county-industries-revitalization-plan"))
			.execute();
		assertNoErrors(duplicate, "updatePlan");
		String other = this.jdbc.sql("select slug from plan where slug <> 'county-industries-revitalization-plan' "
				+ "order by id fetch first 1 rows only").query(String.class).single();
		assertSingleError(Curators.asCurator(this.graphQlTester)
			.document(UPDATE)
			.variable("input", Map.of("id", existing, "slug", other, "name", "Renamed"))
			.execute(), "updatePlan", "DUPLICATE", "slug");
		this.graphQlTester.document("{ plan(slug: \"county-industries-revitalization-plan\") { name } }")
			.execute()
			.path("plan.name")
			.entity(String.class)
			.isEqualTo("Hebei Province County-level Characteristic Industries Revitalization Work Plan");
	}

	@Test
	void shouldRefuseAnonymousWritesWithoutWriting() {
		int before = plansCount();
		String existing = idOf(this.graphQlTester, "plan", "county-industries-revitalization-plan");
		assertUnauthorized(this.graphQlTester.document(CREATE).variable("input", Map.of("slug", "intruder-plan", "name", "x")));
		assertUnauthorized(this.graphQlTester.document(UPDATE).variable("input", Map.of("id", existing, "name", "x")));
		assertUnauthorized(this.graphQlTester.document(DELETE).variable("input", Map.of("id", existing)));
		assertThat(plansCount()).isEqualTo(before);
	}

	private int plansCount() {
		return this.jdbc.sql("select count(*) from plan").query(Integer.class).single();
	}

}
