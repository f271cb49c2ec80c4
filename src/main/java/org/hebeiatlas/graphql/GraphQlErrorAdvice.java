package org.hebeiatlas.graphql;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Turns the exceptions that mean "the client asked wrongly" into classified GraphQL errors. Anything else stays
 * unresolved, so clients see an opaque {@code INTERNAL_ERROR} and never an exception's text.
 */
@ControllerAdvice
public class GraphQlErrorAdvice {

	@GraphQlExceptionHandler
	public GraphQLError invalidArgument(InvalidArgumentException ex, GraphqlErrorBuilder<?> errorBuilder) {
		return errorBuilder.errorType(ErrorType.BAD_REQUEST)
			.message(ex.getMessage())
			.extensions(Map.of("argument", ex.getArgument()))
			.build();
	}

}
