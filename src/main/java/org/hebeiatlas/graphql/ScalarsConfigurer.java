package org.hebeiatlas.graphql;

import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires the schema's own scalars, {@code URL} and {@code Date}; their descriptions live in the schema.
 */
@Component
class ScalarsConfigurer implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.scalar(GraphQLScalarType.newScalar().name("URL").coercing(new UrlCoercing()).build());
		builder.scalar(GraphQLScalarType.newScalar().name("Date").coercing(new DateCoercing()).build());
	}

}
