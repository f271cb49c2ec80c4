package org.hebeiatlas.graphql;

import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log says what each request did, and nothing of what it asked or got.
 */
@AtlasIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestLogInstrumentationTests {

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Test
	void shouldLogOperationAndErrorsButNoVariablesOrData(CapturedOutput output) {
		this.graphQlTester.documentName("countyClusters")
			.variable("slug", "private-slug-4711")
			.execute()
			.path("county")
			.valueIsNull();
		this.graphQlTester.document("{ county(slug: \"qinghe\") { name } }")
			.execute()
			.path("county.name")
			.entity(String.class)
			.isEqualTo("Qinghe");
		this.graphQlTester.document("query broken { county { nope } }").execute().errors().satisfy((errors) -> {
			assertThat(errors).isNotEmpty();
		});
		assertThat(output).containsPattern("GraphQL query countyClusters: \\d+ ms, 0 error\\(s\\) \\[request ")
			.containsPattern("GraphQL query \\(anonymous\\): \\d+ ms, 0 error\\(s\\)")
			.containsPattern("GraphQL request \\(not executed\\): \\d+ ms, [1-9] error\\(s\\) \\[ValidationError\\]")
			.doesNotContain("private-slug-4711")
			.doesNotContain("Qinghe");
	}

}
