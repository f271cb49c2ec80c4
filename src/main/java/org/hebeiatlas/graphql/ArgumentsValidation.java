package org.hebeiatlas.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.fieldvalidation.FieldAndArguments;
import graphql.execution.instrumentation.fieldvalidation.FieldValidation;
import graphql.execution.instrumentation.fieldvalidation.FieldValidationEnvironment;

import org.springframework.graphql.execution.ErrorType;

/**
 * Checks the paging arguments of every connection field in a request before anything runs, so that a request asking
 * for too much is refused whole, with a {@code BAD_REQUEST} error naming the argument.
 */
class ArgumentsValidation implements FieldValidation {

	@Override
	public List<GraphQLError> validateFields(FieldValidationEnvironment environment) {
		List<GraphQLError> errors = new ArrayList<>();
		for (FieldAndArguments field : environment.getFields()) {
			if (field.getFieldDefinition().getArguments().stream().anyMatch((a) -> a.getName().equals("first"))) {
				Map<String, Object> values = field.getArgumentValuesByName();
				ConnectionArguments arguments = new ConnectionArguments((Integer) values.get("first"),
						(String) values.get("after"), (Integer) values.get("last"), (String) values.get("before"));
				try {
					arguments.validate();
				}
				catch (InvalidArgumentException ex) {
					errors.add(GraphqlErrorBuilder.newError()
						.errorType(ErrorType.BAD_REQUEST)
						.message(ex.getMessage())
						.path(field.getPath())
						.location(field.getField().getSourceLocation())
						.extensions(Map.of("argument", ex.getArgument()))
						.build());
				}
			}
		}
		return errors;
	}

}
