package org.hebeiatlas.graphql.limits;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

import org.springframework.graphql.execution.ErrorType;

/**
 * A request over one of the limits: a {@code BAD_REQUEST} error whose message names the limit and the property that
 * sets it, such as "Query depth 51 exceeds the limit of 15 (atlas.graphql.limits.max-depth)."
 *
 * @param limit the property under {@value GraphQlLimitsProperties#PREFIX}, such as {@code max-depth}
 * @param measured what the request asked for, such as "Query depth 51"
 * @param maximum the limit, with its unit if it has one
 */
public record LimitExceeded(String limit, String measured, String maximum) {

	public String property() {
		return GraphQlLimitsProperties.PREFIX + "." + this.limit;
	}

	public String message() {
		return this.measured + " exceeds the limit of " + this.maximum + " (" + property() + ").";
	}

	public GraphQLError toError() {
		return GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(message())
			.extensions(Map.of("limit", property()))
			.build();
	}

}
