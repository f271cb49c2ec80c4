package org.hebeiatlas.graphql;

import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Dates are typed only where the source gives a full date; the text as the source gives it stays beside them.
 */
@AtlasIntegrationTest
class ScalarFieldsTests {

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Test
	void shouldGiveAPublicationDateOnlyWhereTheSourceGivesAFullOne() {
		// language=GraphQL
		String query = """
				{ full: source(code: "S1") { url published publishedOn }
				  yearOnly: source(code: "S2") { published publishedOn } }
				""";
		this.graphQlTester.document(query).execute().path("").matchesJson("""
				{ "full": { "url": "http://subsites.chinadaily.com.cn/en/2020-09/21/c_537997.htm",
				            "published": "2020-09-21", "publishedOn": "2020-09-21" },
				  "yearOnly": { "published": "2018", "publishedOn": null } }
				""");
	}

}
