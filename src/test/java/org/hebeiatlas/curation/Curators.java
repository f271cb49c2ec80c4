package org.hebeiatlas.curation;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Testers that send the credentials of the test profile's curator, or of nobody.
 */
public final class Curators {

	public static final String USERNAME = "curator";

	public static final String PASSWORD = "test-curator-password";

	private Curators() {
	}

	public static HttpGraphQlTester asCurator(HttpGraphQlTester tester) {
		return tester.mutate().headers((headers) -> headers.setBasicAuth(USERNAME, PASSWORD)).build();
	}

	public static HttpGraphQlTester withPassword(HttpGraphQlTester tester, String password) {
		return tester.mutate().headers((headers) -> headers.setBasicAuth(USERNAME, password)).build();
	}

}
