package org.hebeiatlas.award;

import java.util.HashMap;
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
class AwardCurationTests {

	// language=GraphQL
	private static final String AWARD_FIELDS = """
			id slug name nameZh level year county { slug } uncertain sources { code }
			recipients {
			  __typename
			  ... on Company { slug }
			  ... on Product { slug }
			  ... on Cluster { slug }
			  ... on County { slug }
			}
			""";

	// language=GraphQL
	private static final String CREATE = """
			mutation ($input: CreateAwardInput!) {
			  createAward(input: $input) { award { %s } userErrors { field message code } }
			}
			""".formatted(AWARD_FIELDS);

	// language=GraphQL
	private static final String UPDATE = """
			mutation ($input: UpdateAwardInput!) {
			  updateAward(input: $input) { award { %s } userErrors { field message code } }
			}
			""".formatted(AWARD_FIELDS);

	// language=GraphQL
	private static final String DELETE = """
			mutation ($input: DeleteInput!) { deleteAward(input: $input) { deletedId userErrors { field message code } } }
			""";

	// language=GraphQL
	private static final String LINK = """
			mutation ($input: AwardRecipientLinkInput!) {
			  linkAwardRecipient(input: $input) { award { %s } userErrors { field message code } }
			}
			""".formatted(AWARD_FIELDS);

	// language=GraphQL
	private static final String UNLINK = """
			mutation ($input: AwardRecipientLinkInput!) {
			  unlinkAwardRecipient(input: $input) { award { %s } userErrors { field message code } }
			}
			""".formatted(AWARD_FIELDS);

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldCreateUpdateAndDeleteAnAwardWithItsRecipients() {
		HttpGraphQlTester curator = Curators.asCurator(this.graphQlTester);
		Map<String, Object> input = new HashMap<>(Map.of("slug", "test-award-crud", "name", "Test Prize", "nameZh",
				"测试奖", "level", "PROVINCIAL", "year", 2021, "county", "qinghe", "sources", List.of("S1")));
		input.put("recipients",
				List.of(Map.of("type", "COMPANY", "slug", "kangbeier"),
						Map.of("type", "PRODUCT", "slug", "kangbeier-candy"),
						Map.of("type", "CLUSTER", "slug", "qinghe-cashmere"),
						Map.of("type", "COUNTY", "slug", "qinghe")));
		var created = curator.document(CREATE).variable("input", input).execute();
		assertNoErrors(created, "createAward");
		created.path("createAward.award.recipients[*].slug")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("kangbeier", "kangbeier-candy", "qinghe-cashmere", "qinghe"));
		created.path("createAward.award.county.slug").entity(String.class).isEqualTo("qinghe");
		created.path("createAward.award.uncertain").entity(Boolean.class).isEqualTo(false);
		String id = created.path("createAward.award.id").entity(String.class).get();

		this.graphQlTester.document("{ product(slug: \"kangbeier-candy\") { awards { slug } } }")
			.execute()
			.path("product.awards[*].slug")
			.entityList(String.class)
			.contains("test-award-crud");

		var updated = curator.document(UPDATE)
			.variable("input", Map.of("id", id, "nameZh", "", "year", 2022, "county", "", "uncertain", true,
					"recipients", List.of(Map.of("type", "CLUSTER", "slug", "anping-wire-mesh"))))
			.execute();
		assertNoErrors(updated, "updateAward");
		updated.path("updateAward.award.nameZh").valueIsNull();
		updated.path("updateAward.award.county").valueIsNull();
		updated.path("updateAward.award.year").entity(Integer.class).isEqualTo(2022);
		updated.path("updateAward.award.uncertain").entity(Boolean.class).isEqualTo(true);
		updated.path("updateAward.award.name").entity(String.class).isEqualTo("Test Prize");
		updated.path("updateAward.award.recipients[*].slug").entityList(String.class).containsExactly("anping-wire-mesh");
		updated.path("updateAward.award.sources[*].code").entityList(String.class).containsExactly("S1");

		curator.document(DELETE)
			.variable("input", Map.of("id", id))
			.execute()
			.path("deleteAward.deletedId")
			.entity(String.class)
			.isEqualTo(id);
		this.graphQlTester.document("{ award(slug: \"test-award-crud\") { name } }").execute().path("award").valueIsNull();
		assertThat(this.jdbc.sql("select count(*) from award_cluster where award_id not in (select id from award)")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void shouldReportEveryProblemOfARejectedWriteAndWriteNothing() {
		int before = awardsCount();
		var response = Curators.asCurator(this.graphQlTester)
			.document(CREATE)
			.variable("input", Map.of("slug", "test-award-invalid", "name", "Invalid", "level", "NATIONAL", "year",
					999, "county", "atlantis", "grantor", "g".repeat(501), "recipients",
					List.of(Map.of("type", "COMPANY", "slug", "kangbeier"),
							Map.of("type", "CLUSTER", "slug", "no-such-cluster"))))
			.execute();
		response.path("createAward.award").valueIsNull();
		response.path("createAward.userErrors[*].field")
			.entityList(List.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder(List.of("input", "year"), List.of("input", "county"),
					List.of("input", "grantor"), List.of("input", "recipients", "1", "slug")));
		response.path("createAward.userErrors[?(@.field[1] == 'recipients')].code")
			.entityList(String.class)
			.containsExactly("NOT_FOUND");
		response.path("createAward.userErrors[?(@.field[1] == 'year')].code")
			.entityList(String.class)
			.containsExactly("INVALID");
		assertThat(awardsCount()).isEqualTo(before);

		assertSingleError(Curators.asCurator(this.graphQlTester)
			.document(CREATE)
			.variable("input", Map.of("slug", "test-award-late", "name", "Late", "level", "NATIONAL", "year", 2101))
			.execute(), "createAward", "INVALID", "year");
		assertSingleError(Curators.asCurator(this.graphQlTester)
			.document(CREATE)
			.variable("input", Map.of("slug", "red-dot-sanxia-cookware", "name", "Again", "level", "INTERNATIONAL"))
			.execute(), "createAward", "DUPLICATE", "slug");
		assertThat(awardsCount()).isEqualTo(before);
	}

	@Test
	void shouldLinkAndUnlinkRecipients() {
		HttpGraphQlTester curator = Curators.asCurator(this.graphQlTester);
		String id = curator.document(CREATE)
			.variable("input", Map.of("slug", "test-award-links", "name", "Linked prize", "level", "INDUSTRY"))
			.execute()
			.path("createAward.award.id")
			.entity(String.class)
			.get();
		Map<String, Object> kangbeier = Map.of("id", id, "type", "COMPANY", "slug", "kangbeier");
		for (int i = 0; i < 2; i++) {
			var linked = curator.document(LINK).variable("input", kangbeier).execute();
			assertNoErrors(linked, "linkAwardRecipient");
			linked.path("linkAwardRecipient.award.recipients[*].slug").entityList(String.class).containsExactly("kangbeier");
		}
		var county = curator.document(LINK)
			.variable("input", Map.of("id", id, "type", "COUNTY", "slug", "anping"))
			.execute();
		county.path("linkAwardRecipient.award.recipients[*].__typename")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("Company", "County"));
		this.graphQlTester.document("{ company(slug: \"kangbeier\") { awards { slug } } }")
			.execute()
			.path("company.awards[*].slug")
			.entityList(String.class)
			.contains("test-award-links");

		assertSingleError(curator.document(LINK)
			.variable("input", Map.of("id", id, "type", "PRODUCT", "slug", "kangbeier"))
			.execute(), "linkAwardRecipient", "NOT_FOUND", "slug");
		assertSingleError(curator.document(LINK)
			.variable("input", Map.of("id", idOf(this.graphQlTester, "county", "qinghe"), "type", "COMPANY", "slug",
					"kangbeier"))
			.execute(), "linkAwardRecipient", "NOT_FOUND", "id");

		var unlinked = curator.document(UNLINK).variable("input", kangbeier).execute();
		assertNoErrors(unlinked, "unlinkAwardRecipient");
		unlinked.path("unlinkAwardRecipient.award.recipients[*].slug").entityList(String.class).containsExactly("anping");
		assertNoErrors(curator.document(UNLINK).variable("input", kangbeier).execute(), "unlinkAwardRecipient");

		curator.document(DELETE).variable("input", Map.of("id", id)).execute().path("deleteAward.deletedId")
			.entity(String.class).isEqualTo(id);
		this.graphQlTester.document("{ county(slug: \"anping\") { awards { slug } } }")
			.execute()
			.path("county.awards[*].slug")
			.entityList(String.class)
			.doesNotContain("test-award-links");
	}

	@Test
	void shouldRefuseAnonymousWritesWithoutWriting() {
		int before = awardsCount();
		String redDot = idOf(this.graphQlTester, "award", "red-dot-sanxia-cookware");
		assertUnauthorized(this.graphQlTester.document(CREATE)
			.variable("input", Map.of("slug", "intruder-award", "name", "Intruder", "level", "EPITHET")));
		assertUnauthorized(this.graphQlTester.document(UPDATE).variable("input", Map.of("id", redDot, "name", "Hacked")));
		assertUnauthorized(this.graphQlTester.document(LINK)
			.variable("input", Map.of("id", redDot, "type", "COUNTY", "slug", "qinghe")));
		assertUnauthorized(this.graphQlTester.document(UNLINK)
			.variable("input", Map.of("id", redDot, "type", "COMPANY", "slug", "xingtai-sanxia-cast-iron")));
		assertUnauthorized(this.graphQlTester.document(DELETE).variable("input", Map.of("id", redDot)));
		assertThat(awardsCount()).isEqualTo(before);
		this.graphQlTester.document("{ award(slug: \"red-dot-sanxia-cookware\") { name recipients { ... on Company { slug } } } }")
			.execute()
			.path("award.recipients[*].slug")
			.entityList(String.class)
			.containsExactly("xingtai-sanxia-cast-iron")
			.path("award.name")
			.entity(String.class)
			.isEqualTo("Red Dot Award (cookware)");
	}

	private int awardsCount() {
		return this.jdbc.sql("select count(*) from award").query(Integer.class).single();
	}

}
