package org.hebeiatlas.county;

import java.util.List;
import java.util.Map;

import org.hebeiatlas.AtlasIntegrationTest;
import org.hebeiatlas.curation.Curators;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasIntegrationTest
class CountyCurationTests {

	// language=GraphQL
	private static final String CREATE = """
			mutation ($input: CreateCountyInput!) {
			  createCounty(input: $input) {
			    county { id slug name nameZh kind city { slug } coordinates { latitude longitude } sources { code } }
			    userErrors { field message code }
			  }
			}
			""";

	// language=GraphQL
	private static final String UPDATE = """
			mutation ($input: UpdateCountyInput!) {
			  updateCounty(input: $input) { county { slug name nameZh note } userErrors { field message code } }
			}
			""";

	// language=GraphQL
	private static final String DELETE = """
			mutation ($input: DeleteInput!) { deleteCounty(input: $input) { deletedId userErrors { field message code } } }
			""";

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldCreateUpdateAndDeleteACounty() {
		HttpGraphQlTester curator = Curators.asCurator(this.graphQlTester);
		var created = curator.document(CREATE)
			.variable("input", Map.of("slug", "test-county-crud", "name", "Testxian", "nameZh", "测试县", "kind",
					"COUNTY", "city", "xingtai", "latitude", 37.1, "longitude", 115.1, "sources", List.of("S1")))
			.execute();
		created.path("createCounty.userErrors").entityList(Object.class).hasSize(0);
		created.path("createCounty.county.city.slug").entity(String.class).isEqualTo("xingtai");
		created.path("createCounty.county.sources[*].code").entityList(String.class).containsExactly("S1");
		String id = created.path("createCounty.county.id").entity(String.class).get();

		this.graphQlTester.document("{ county(slug: \"test-county-crud\") { name nameZh } }")
			.execute()
			.path("county.nameZh")
			.entity(String.class)
			.isEqualTo("测试县");

		var updated = curator.document(UPDATE)
			.variable("input", Map.of("id", id, "name", "Testxian County", "nameZh", "", "note", "renamed"))
			.execute();
		updated.path("updateCounty.county.name").entity(String.class).isEqualTo("Testxian County");
		updated.path("updateCounty.county.nameZh").valueIsNull();
		updated.path("updateCounty.county.slug").entity(String.class).isEqualTo("test-county-crud");

		curator.document(DELETE)
			.variable("input", Map.of("id", id))
			.execute()
			.path("deleteCounty.deletedId")
			.entity(String.class)
			.isEqualTo(id);
		this.graphQlTester.document("{ county(slug: \"test-county-crud\") { name } }")
			.execute()
			.path("county")
			.valueIsNull();
	}

	@Test
	void shouldReportEveryProblemOfARejectedWriteAndWriteNothing() {
		int before = countiesCount();
		var response = Curators.asCurator(this.graphQlTester)
			.document(CREATE)
			.variable("input", Map.of("slug", "Qinghe Two", "name", " ", "kind", "COUNTY", "city", "atlantis",
					"latitude", 95.0, "sources", List.of("S1", "S99999")))
			.execute();
		response.path("createCounty.county").valueIsNull();
		response.path("createCounty.userErrors[*].field")
			.entityList(List.class)
			.contains(List.of("input", "slug"), List.of("input", "name"), List.of("input", "city"),
					List.of("input", "latitude"), List.of("input", "sources", "1"));
		response.path("createCounty.userErrors[?(@.field[1] == 'city')].code")
			.entityList(String.class)
			.containsExactly("NOT_FOUND");
		assertThat(countiesCount()).isEqualTo(before);
	}

	@Test
	void shouldRefuseATakenSlug() {
		Curators.asCurator(this.graphQlTester)
			.document(CREATE)
			.variable("input", Map.of("slug", "qinghe", "name", "Another Qinghe", "kind", "COUNTY", "city", "xingtai"))
			.execute()
			.path("createCounty.userErrors")
			.entityList(Map.class)
			.satisfies((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error).containsEntry("code", "DUPLICATE")
					.containsEntry("field", List.of("input", "slug"))));
	}

	@Test
	void shouldRefuseToDeleteACountyThatClustersAndCompaniesReferTo() {
		String qinghe = this.graphQlTester.document("{ county(slug: \"qinghe\") { id } }")
			.execute()
			.path("county.id")
			.entity(String.class)
			.get();
		Curators.asCurator(this.graphQlTester)
			.document(DELETE)
			.variable("input", Map.of("id", qinghe))
			.execute()
			.path("deleteCounty.deletedId")
			.valueIsNull()
			.path("deleteCounty.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("STILL_REFERENCED")
			.path("deleteCounty.userErrors[0].message")
			.entity(String.class)
			.satisfies((message) -> assertThat(message).contains("clusters").contains("companies"));
		this.graphQlTester.document("{ county(slug: \"qinghe\") { clusters { slug } } }")
			.execute()
			.path("county.clusters")
			.entityList(Object.class)
			.hasSize(2);
	}

	@Test
	void shouldRefuseAnonymousAndWrongCredentialsWithoutWriting() {
		int before = countiesCount();
		Map<String, Object> input = Map.of("slug", "intruder", "name", "Intruder", "kind", "COUNTY", "city",
				"xingtai");
		this.graphQlTester.document(CREATE)
			.variable("input", input)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)));
		assertThat(countiesCount()).isEqualTo(before);
	}

	private int countiesCount() {
		return this.jdbc.sql("select count(*) from county").query(Integer.class).single();
	}

}
