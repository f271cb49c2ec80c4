package org.hebeiatlas.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks shared by the tests of the mutations: the user errors of a payload, and refusals of anonymous callers.
 */
public final class CurationAssertions {

	private CurationAssertions() {
	}

	/** The payload of the mutation carries exactly one user error, with this code, at this input field. */
	public static void assertSingleError(GraphQlTester.Response response, String mutation, String code,
			String... field) {
		List<String> path = new ArrayList<>();
		path.add("input");
		path.addAll(List.of(field));
		response.path(mutation + ".userErrors")
			.entityList(Map.class)
			.satisfies((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error).containsEntry("code", code).containsEntry("field", path)));
	}

	/** The payload of the mutation carries no user error. */
	public static void assertNoErrors(GraphQlTester.Response response, String mutation) {
		response.path(mutation + ".userErrors").entityList(Object.class).hasSize(0);
	}

	/** The request was refused as a whole with an {@code UNAUTHORIZED} error. */
	public static void assertUnauthorized(GraphQlTester.Request<?> request) {
		request.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)));
	}

	/** The global id of the object a query field finds by slug (or code), such as {@code product}. */
	public static String idOf(GraphQlTester tester, String field, String argument, String value) {
		return tester.document("query ($value: String!) { " + field + "(" + argument + ": $value) { id } }")
			.variable("value", value)
			.execute()
			.path(field + ".id")
			.entity(String.class)
			.get();
	}

	public static String idOf(GraphQlTester tester, String field, String slug) {
		return idOf(tester, field, "slug", slug);
	}

}
